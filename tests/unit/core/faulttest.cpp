#include "corefixture.h"
#include "samples.h"

#include <QFile>
#include <QRandomGenerator>

#include <csignal>
#include <map>
#include <sys/resource.h>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

namespace {

/** Reads every journal entry, newest first; the first error ends the walk. */
Result<std::map<QString, QString>> readAllJournal(Store &store)
{
    std::map<QString, QString> all;
    Repository<v1::JournalEntry> journal(store);
    PageRequest request;
    request.limit = 100;
    for (;;) {
        auto page = journal.list(request);
        if (!page)
            return page.error();
        for (const auto &e : page.value().items)
            all[qs(e.meta().id())] = qs(e.text());
        if (!page.value().next)
            return all;
        request.after = page.value().next;
    }
}

class Faults : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        // Enough entries to fill many 4 KiB pages.
        for (int i = 0; i < 300; ++i) {
            auto r = repo<v1::JournalEntry>().create(journal(
                u"Entry %1: %2"_s.arg(i).arg(QString(200, QChar(u'a' + i % 26))), TestNowMs + i));
            ASSERT_TRUE(r.ok());
            m_original[qs(r.value().meta().id())] = qs(r.value().text());
        }
        // Search-index merges leave free pages that hold no data and are never
        // read, so damage there is harmless and unseen. VACUUM leaves none: every
        // page flipped below holds something a reader would get back.
        ASSERT_TRUE(m_store->connection().exec("VACUUM", "t").ok());
        ASSERT_EQ(m_store->connection().queryInt("PRAGMA freelist_count", "t").value(), 0);
        closeStore();
        m_pristine = readFile(dbPath());
        ASSERT_GT(m_pristine.size(), 20 * 4096);
    }

    void writeDb(const QByteArray &bytes)
    {
        QFile f(dbPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }

    // Opening or reading must report damage; whatever is returned must be genuine.
    void expectDamageReported()
    {
        auto opened = Store::open(options());
        if (!opened.ok()) {
            const auto code = opened.error().code;
            EXPECT_TRUE(code == Error::Code::WrongKey || code == Error::Code::Corrupt)
                << opened.error().message.toStdString();
            return;
        }
        auto &store = *opened.value();
        auto all = readAllJournal(store);
        auto check = store.integrityCheck();
        EXPECT_FALSE(all.ok() && check.ok()) << "damage went unnoticed";
        if (!check.ok()) {
            EXPECT_EQ(check.error().code, Error::Code::Corrupt)
                << check.error().message.toStdString();
        }
        if (all.ok()) {
            for (const auto &[id, text] : all.value()) {
                ASSERT_TRUE(m_original.count(id)) << "an id that was never written came back";
                EXPECT_EQ(m_original.at(id), text) << "altered text returned silently";
            }
        }
    }

    std::map<QString, QString> m_original;
    QByteArray m_pristine;
};

} // namespace

TEST_F(Faults, TruncatedFileIsReportedNotMisread)
{
    writeDb(m_pristine.left(m_pristine.size() / 2));
    expectDamageReported();
}

TEST_F(Faults, TruncatedToLessThanAPageIsReported)
{
    writeDb(m_pristine.left(1000));
    auto opened = Store::open(options());
    ASSERT_FALSE(opened.ok());
}

// Of each 4 KiB page, SQLCipher 3 authenticates the ciphertext, the 16-byte IV
// and the 20-byte HMAC. It reserves 48 bytes for the last two, so the final 12
// bytes are padding that carries nothing: flipping one changes no data.
constexpr int CarryingBytes = 4096 - 12;

TEST_F(Faults, FlippedByteInAnyPageIsReported)
{
    const int pages = int(m_pristine.size() / 4096);
    QRandomGenerator seeded(20261123); // fixed, so a failure can be replayed
    auto *rng = &seeded;
    for (int trial = 0; trial < 12; ++trial) {
        // Page 1 (the header page) and a spread of others, at random offsets.
        const int page = trial == 0 ? 0 : 1 + int(rng->bounded(pages - 1));
        const qsizetype offset = qsizetype(page) * 4096 + rng->bounded(CarryingBytes);
        QByteArray damaged = m_pristine;
        damaged[offset] = char(damaged[offset] ^ (1 << rng->bounded(8)));
        writeDb(damaged);
        SCOPED_TRACE("page " + std::to_string(page) + " offset " + std::to_string(offset));
        expectDamageReported();
    }
}

TEST_F(Faults, DiskFullDuringAWriteIsClearAndLosesNothing)
{
    reopen();
    // The store's files may not grow past the limit, as on a full disk.
    // SIGXFSZ would kill the process; ignored, the write fails with EFBIG.
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit limited = old;
    limited.rlim_cur = rlim_t(m_pristine.size() + 64 * 1024);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);

    std::optional<Error> failure;
    for (int i = 0; i < 50 && !failure; ++i) {
        auto r = repo<v1::JournalEntry>().create(
            journal(QString(100'000, u'x'), TestNowMs + 10'000 + i));
        if (!r.ok())
            failure = r.error();
    }
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &old), 0);
    std::signal(SIGXFSZ, oldHandler);

    ASSERT_TRUE(failure.has_value()) << "the limit never bit";
    EXPECT_EQ(failure->code, Error::Code::DiskFull) << failure->message.toStdString();
    EXPECT_TRUE(failure->message.contains(u"out of storage space"_s));

    // Still running, earlier data intact, and writing works again.
    auto all = readAllJournal(*m_store);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    for (const auto &[id, text] : m_original)
        EXPECT_EQ(all.value()[id], text);
    EXPECT_TRUE(m_store->integrityCheck().ok());
    EXPECT_TRUE(repo<v1::JournalEntry>().create(journal(u"after"_s, TestNowMs + 99'000)).ok());
    reopen();
    EXPECT_TRUE(m_store->integrityCheck().ok());
}
