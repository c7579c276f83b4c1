#include "benchstores.h"

#include "repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle::bench {

namespace {

constexpr int FillBatch = 5000;

// Copies a closed store's files; the lock file is left behind on purpose.
Result<void> copyStore(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return Error::make(Error::Code::Io, u"Cannot create %1"_s.arg(to));
    for (const QString &name : QDir(from).entryList({ u"circle.db*"_s }, QDir::Files)) {
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return Error::make(Error::Code::Io, u"Cannot copy %1 to %2"_s.arg(name, to));
    }
    return {};
}

Result<std::unique_ptr<Store>> openStore(const QString &dir, bool encrypted)
{
    return Store::open(BenchStores::options(dir, encrypted));
}

} // namespace

QByteArray BenchStores::key()
{
    // Fixed, so a failed run's stores can be inspected with the same key.
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

StoreOptions BenchStores::options(const QString &dir, bool encrypted)
{
    StoreOptions o;
    o.dataDir = dir;
    if (encrypted)
        o.key = key();
    o.unencryptedForBenchmark = !encrypted;
    return o;
}

QString BenchStores::dirFor(int size, bool encrypted, const char *suffix) const
{
    return u"%1/%2-%3%4"_s.arg(m_root, encrypted ? u"encrypted"_s : u"plain"_s)
        .arg(size)
        .arg(QLatin1StringView(suffix));
}

Result<std::unique_ptr<Store>> BenchStores::openForBenchmarks(
    const QString &dir, bool encrypted) const
{
    auto opened = openStore(dir, encrypted);
    if (!opened || m_cacheKib <= 0)
        return opened;
    const std::string pragma = "PRAGMA cache_size = -" + std::to_string(m_cacheKib);
    if (auto r = opened.value()->connection().exec(pragma, "Sizing the cache"); !r)
        return r.error();
    return opened;
}

QString BenchStores::openDir(bool encrypted) const
{
    return dirFor(m_sizes.front(), encrypted, "-open");
}

Result<void> BenchStores::build(const std::vector<int> &sizes)
{
    m_sizes = sizes;
    std::sort(m_sizes.begin(), m_sizes.end());
    for (int size : m_sizes) {
        m_corpora.emplace(size, JournalCorpus(size));
        for (bool encrypted : { true, false }) {
            if (auto r = buildOne(size, encrypted); !r)
                return r;
        }
    }
    return exportWithPassphrase();
}

Result<void> BenchStores::buildOne(int size, bool encrypted)
{
    const QString dir = dirFor(size, encrypted, "");
    std::fprintf(
        stderr, "building %s store with %d entries...", encrypted ? "encrypted" : "plain", size);
    std::fflush(stderr);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = openStore(dir, encrypted);
        if (!opened)
            return opened.error();
        Store &store = *opened.value();
        // Filling only: a cache that holds the whole working set keeps SQLCipher
        // from decrypting and re-encrypting the same pages over and over. The
        // stores are reopened with the default cache before anything is measured.
        if (auto r = store.connection().exec("PRAGMA cache_size = -131072", "Growing the cache");
            !r)
            return r;
        Repository<v1::JournalEntry> journal(store);
        const JournalCorpus &corpus = m_corpora.at(size);
        for (int first = 0; first < size; first += FillBatch) {
            // One transaction per batch: each create() becomes a savepoint, so
            // there is one fsync per batch instead of one per entry
            // (synchronous = FULL), and the log is checkpointed between batches.
            sql::Transaction tx(store.connection());
            if (!tx.active())
                return tx.beginError();
            for (int i = first; i < std::min(size, first + FillBatch); ++i) {
                if (auto r = journal.create(corpus.entry(i)); !r)
                    return r.error();
            }
            // A store this full has long been synced: its outbox is empty.
            if (auto r = store.connection().exec("DELETE FROM outbox", "Emptying the outbox"); !r)
                return r;
            if (auto r = tx.commit(); !r)
                return r;
        }
    } // closing checkpoints the log into the main file, so a plain file copy is complete

    SizedStore sized;
    sized.buildSeconds = double(timer.elapsed()) / 1000.0;
    std::fprintf(stderr, " %.1f s\n", sized.buildSeconds);

    const QString writesDir = dirFor(size, encrypted, "-writes");
    if (auto r = copyStore(dir, writesDir); !r)
        return r;
    if (size == m_sizes.front()) {
        if (auto r = copyStore(dir, openDir(encrypted)); !r)
            return r;
    }
    auto reads = openForBenchmarks(dir, encrypted);
    if (!reads)
        return reads.error();
    auto writes = openForBenchmarks(writesDir, encrypted);
    if (!writes)
        return writes.error();
    sized.reads = std::move(reads).value();
    sized.writes = std::move(writes).value();

    sql::Statement st(sized.reads->connection(), "SELECT id FROM journal_entries ORDER BY rowid");
    while (st.step() == sql::Statement::Step::Row)
        sized.ids.push_back(st.text(0));
    if (int(sized.ids.size()) != size)
        return Error::make(Error::Code::Internal,
            u"Expected %1 entries in the benchmark store, found %2"_s.arg(size).arg(
                sized.ids.size()));
    m_stores.emplace(std::pair { size, encrypted }, std::move(sized));
    return {};
}

Result<void> BenchStores::exportWithPassphrase()
{
    // Same content as the smallest encrypted store, but keyed with a passphrase,
    // so every open runs SQLCipher's default key derivation (PBKDF2).
    sql::Connection &conn = at(m_sizes.front(), true).reads->connection();
    {
        sql::Statement attach(conn, "ATTACH DATABASE ? AS kdf KEY ?");
        if (!attach.valid())
            return attach.prepareError();
        attach.bind(1, passphraseDatabase()).bind(2, std::string_view(passphrase()));
        if (auto r = attach.run("Attaching the passphrase copy"); !r)
            return r;
    } // finalized here: DETACH refuses while a statement on it is open
    return conn.exec("PRAGMA kdf.cipher_page_size = 4096;\n"
                     "SELECT sqlcipher_export('kdf');\n"
                     "DETACH DATABASE kdf;\n",
        "Exporting the passphrase copy");
}

} // namespace circle::bench
