#include "store.h"

#include "migrations.h"
#include "uuid.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

// Settings keys in the settings table.
constexpr auto DeviceIdKey = "device_id";
constexpr auto HlcKey = "hlc_last";

Result<QString> readSetting(sql::Connection &conn, const char *key)
{
    sql::Statement st(conn, "SELECT value FROM settings WHERE key = ?");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, std::string_view(key));
    switch (st.step()) {
    case sql::Statement::Step::Row:
        return st.text(0);
    case sql::Statement::Step::Done:
        return QString();
    case sql::Statement::Step::Error:
        break;
    }
    return st.error("Reading the store's settings");
}

Result<void> writeSetting(sql::Connection &conn, const char *key, const QString &value)
{
    sql::Statement st(conn, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, std::string_view(key)).bind(2, value);
    return st.run("Saving the store's settings");
}

// QLockFile creates the lock file and only then writes its owner into it. A
// process killed between the two leaves an empty file that names no owner, so
// Qt can never find it stale; without this every later open would fail. Right
// after creating the file Qt also takes an flock() on it, which the kernel
// drops when its holder dies: an empty lock file whose flock nobody holds was
// left by a process that is gone.
bool isOwnerlessLeftover(const QString &lockPath)
{
    const QFileInfo info(lockPath);
    if (!info.exists() || info.size() > 0)
        return false;
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool nobodyHoldsIt = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // releases our probe lock
    return nobodyHoldsIt;
}

} // namespace

Store::~Store()
{
    if (m_conn.handle())
        (void)checkpoint();
}

int Store::latestSchemaVersion()
{
    return migrations::latestVersion();
}

QByteArray Store::generateKey()
{
    QByteArray key(KeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return key;
}

Result<std::unique_ptr<Store>> Store::open(const StoreOptions &options)
{
    if (options.dataDir.isEmpty())
        return Error::make(Error::Code::Invalid, u"No data folder was given for the store."_s);
    if (!options.unencryptedForBenchmark && options.key.size() != KeySize)
        return Error::make(Error::Code::Invalid,
            u"The database key must be %1 bytes; refusing to open the store with "
            "a key of another length."_s.arg(KeySize));

    std::unique_ptr<Store> store(new Store);
    store->m_clock = options.clock ? options.clock : &Clock::system();
    store->m_encrypted = !options.unencryptedForBenchmark;

    QDir dir(options.dataDir);
    if (!dir.mkpath(u"."_s))
        return Error::make(
            Error::Code::Io, u"The data folder %1 cannot be created."_s.arg(options.dataDir));
    store->m_dataDir = dir.absolutePath();
    store->m_path = dir.absoluteFilePath(QString::fromLatin1(DatabaseFileName));

    // One process at a time: two writers would each believe their HLC and
    // outbox are the only ones. QLockFile notices a holder that died.
    store->m_lock = std::make_unique<QLockFile>(dir.absoluteFilePath(u"circle.lock"_s));
    store->m_lock->setStaleLockTime(0);
    bool locked = store->m_lock->tryLock(0);
    if (!locked && store->m_lock->error() == QLockFile::LockFailedError
        && isOwnerlessLeftover(dir.absoluteFilePath(u"circle.lock"_s))) {
        store->m_lock->removeStaleLockFile();
        locked = store->m_lock->tryLock(0);
    }
    if (!locked) {
        qint64 pid = 0;
        QString host, app;
        store->m_lock->getLockInfo(&pid, &host, &app);
        if (store->m_lock->error() == QLockFile::LockFailedError)
            return Error::make(Error::Code::Locked,
                u"The store in %1 is already open in another process (%2, pid %3). "
                "Close it and try again."_s.arg(store->m_dataDir, app)
                    .arg(pid));
        return Error::make(
            Error::Code::Io, u"The lock file in %1 cannot be written."_s.arg(store->m_dataDir));
    }

    sqlite3 *db = nullptr;
    const QByteArray path = store->m_path.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    store->m_conn = sql::Connection(db);
    if (rc != SQLITE_OK)
        return store->m_conn.errorFor(rc, "Opening the store");

    if (auto r = store->configure(options); !r)
        return r.error();

    auto version = migrations::migrate(store->m_conn, options.migrateUpTo);
    if (!version)
        return version.error();
    store->m_schemaVersion = version.value();

    if (auto r = store->loadIdentity(); !r)
        return r.error();
    return store;
}

Result<void> Store::configure(const StoreOptions &options)
{
    // Refuse to run on a plain SQLite: it would accept the key pragma silently
    // and write everything in the clear.
    auto cipher = m_conn.queryText("PRAGMA cipher_version", "Checking for SQLCipher");
    if (!cipher || cipher.value().isEmpty())
        return Error::make(Error::Code::NotSqlCipher,
            u"The SQLite library in this build does not encrypt (PRAGMA "
            "cipher_version gave no answer). Circle will not store data "
            "unencrypted."_s);
    m_cipherVersion = cipher.value();

    if (m_encrypted) {
        // A raw key: 32 random bytes need no key derivation, and skipping the KDF
        // keeps opening fast. The hex copy is wiped as soon as SQLCipher has it.
        QByteArray raw = "x'" + options.key.toHex() + "'";
        const int rc = sqlite3_key(m_conn.handle(), raw.constData(), int(raw.size()));
        raw.fill('\0');
        if (rc != SQLITE_OK)
            return m_conn.errorFor(rc, "Setting the database key");
        // SQLCipher 3's default page is 1 KiB; 4 KiB matches flash pages and the
        // OS page size. Must be set before the first read.
        if (auto r = m_conn.exec("PRAGMA cipher_page_size = 4096", "Setting the page size"); !r)
            return r;
    }

    // The first read decrypts page 1: this is where a wrong key shows.
    auto probe = m_conn.queryInt("SELECT count(*) FROM sqlite_master", "Opening the store");
    if (!probe) {
        if (probe.error().code == Error::Code::Corrupt)
            return Error::make(Error::Code::WrongKey,
                u"The store in %1 could not be opened: the database key does not "
                "match this file, or the file is not a Circle store or is "
                "damaged. Nothing was changed."_s.arg(m_dataDir));
        return probe.error();
    }

    auto mode = m_conn.queryText("PRAGMA journal_mode = WAL", "Turning on write-ahead logging");
    if (!mode)
        return mode.error();
    if (mode.value() != u"wal"_s)
        return Error::make(Error::Code::Io,
            u"The store could not switch to write-ahead logging (mode is %1)."_s.arg(mode.value()));

    // synchronous = FULL: in WAL mode NORMAL already survives the process being
    // killed, but not the power going out before the OS writes its cache. A phone
    // can lose power at any moment, and an entry the patient saw saved must stay
    // saved, so every commit is synced to storage. The cost is one fsync per
    // transaction; bulk work (import, sync) batches into one transaction.
    return m_conn.exec("PRAGMA synchronous = FULL;\n"
                       "PRAGMA foreign_keys = ON;\n"
                       "PRAGMA temp_store = MEMORY;\n"
                       "PRAGMA secure_delete = ON;\n"
                       "PRAGMA busy_timeout = 5000;\n",
        "Configuring the store");
}

Result<void> Store::loadIdentity()
{
    if (m_schemaVersion < 1) // a test stopped before the settings table exists
        return {};
    auto device = readSetting(m_conn, DeviceIdKey);
    if (!device)
        return device.error();
    m_deviceId = device.value();
    if (m_deviceId.isEmpty()) {
        m_deviceId = makeUuidV7(m_clock->nowMs());
        if (auto r = writeSetting(m_conn, DeviceIdKey, m_deviceId); !r)
            return r;
    }
    m_hlc = std::make_unique<HybridLogicalClock>(*m_clock, m_deviceId);
    auto last = readSetting(m_conn, HlcKey);
    if (!last)
        return last.error();
    if (!last.value().isEmpty()) {
        auto stamp = HlcStamp::parse(last.value());
        if (!stamp)
            return stamp.error();
        m_hlc->restore(stamp.value());
    }
    return {};
}

Result<QString> Store::setting(const char *key)
{
    return readSetting(m_conn, key);
}

Result<void> Store::setSetting(const char *key, const QString &value)
{
    return writeSetting(m_conn, key, value);
}

Result<void> Store::persistHlc()
{
    return writeSetting(m_conn, HlcKey, m_hlc->last().toString());
}

Result<void> Store::integrityCheck()
{
    sql::Statement st(m_conn, "PRAGMA integrity_check");
    if (!st.valid())
        return st.prepareError();
    QStringList problems;
    for (;;) {
        const auto s = st.step();
        if (s == sql::Statement::Step::Done)
            break;
        if (s == sql::Statement::Step::Error)
            return st.error("Checking the store");
        if (const QString line = st.text(0); line != u"ok"_s)
            problems << line;
    }
    if (!problems.isEmpty())
        return Error::make(Error::Code::Corrupt,
            u"The store failed its integrity check: %1"_s.arg(problems.mid(0, 5).join(u"; "_s)));
    return {};
}

Result<void> Store::checkpoint()
{
    return m_conn.exec("PRAGMA wal_checkpoint(TRUNCATE)", "Writing the log into the store");
}

} // namespace circle
