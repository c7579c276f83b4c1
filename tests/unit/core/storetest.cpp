#include "corefixture.h"
#include "samples.h"

#include <QCryptographicHash>
#include <QFile>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

} // namespace

using StoreOpen = StoreTest;

TEST_F(StoreOpen, RunsOnSqlCipherWithTheDocumentedSettings)
{
    EXPECT_FALSE(m_store->cipherVersion().isEmpty());
    EXPECT_EQ(m_store->schemaVersion(), Store::latestSchemaVersion());
    auto &c = m_store->connection();
    EXPECT_EQ(c.queryText("PRAGMA journal_mode", "t").value(), u"wal"_s);
    EXPECT_EQ(c.queryInt("PRAGMA synchronous", "t").value(), 2); // FULL
    EXPECT_EQ(c.queryInt("PRAGMA foreign_keys", "t").value(), 1);
    EXPECT_EQ(c.queryInt("PRAGMA temp_store", "t").value(), 2); // MEMORY
    EXPECT_EQ(c.queryInt("PRAGMA secure_delete", "t").value(), 1);
    EXPECT_EQ(c.queryInt("PRAGMA cipher_page_size", "t").value(), 4096);
}

TEST_F(StoreOpen, FileOnDiskIsNotPlainSqlite)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"hello"_s, TestNowMs)).ok());
    closeStore();
    const QByteArray head = readFile(dbPath()).left(16);
    ASSERT_EQ(head.size(), 16);
    EXPECT_NE(head, QByteArray("SQLite format 3\0", 16));
}

TEST_F(StoreOpen, KeepsItsDeviceIdAndClockAcrossReopen)
{
    const QString device = m_store->deviceId();
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"one"_s, TestNowMs)).ok());
    const HlcStamp before = m_store->hlc().last();
    m_clock.set(TestNowMs - 60'000); // the wall clock moved back while closed
    reopen();
    EXPECT_EQ(m_store->deviceId(), device);
    EXPECT_LT(before, m_store->hlc().now());
}

TEST_F(StoreOpen, RefusesAKeyOfTheWrongLength)
{
    closeStore();
    StoreOptions o = options();
    o.key = QByteArray(16, 'x');
    auto r = Store::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(u"32 bytes"_s));
}

TEST_F(StoreOpen, WrongKeyIsAClearErrorAndChangesNothing)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"kept"_s, TestNowMs)).ok());
    closeStore();
    const QByteArray before = fileHash(dbPath());

    StoreOptions o = options();
    o.key = testKey('z');
    auto r = Store::open(o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::WrongKey);
    EXPECT_TRUE(r.error().message.contains(u"key does not match"_s))
        << r.error().message.toStdString();
    EXPECT_EQ(fileHash(dbPath()), before);

    reopen();
    EXPECT_EQ(repo<v1::JournalEntry>().count().value(), 1);
}

TEST_F(StoreOpen, RefusesAStoreFromANewerVersion)
{
    ASSERT_TRUE(m_store->connection().exec("PRAGMA user_version = 99", "t").ok());
    closeStore();
    const QByteArray before = fileHash(dbPath());
    auto r = Store::open(options());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::UnsupportedVersion);
    EXPECT_TRUE(r.error().message.contains(u"newer version"_s));
    EXPECT_EQ(fileHash(dbPath()), before);
}

TEST_F(StoreOpen, ASecondProcessIsTurnedAwayUntilTheFirstIsGone)
{
    closeStore();
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto s = Store::open(options());
        const char ok = s.ok() ? '1' : '0';
        (void)!write(ready[1], &ok, 1);
        pause(); // hold the store until the parent kills us
        _exit(0);
    }
    char ok = 0;
    ASSERT_EQ(read(ready[0], &ok, 1), 1);
    ASSERT_EQ(ok, '1');

    auto second = Store::open(options());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Locked);
    EXPECT_TRUE(second.error().message.contains(u"already open in another process"_s))
        << second.error().message.toStdString();

    // A holder that dies without closing leaves a stale lock that is recovered.
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    close(ready[0]);
    close(ready[1]);
    auto third = Store::open(options());
    ASSERT_TRUE(third.ok()) << third.error().message.toStdString();
}
