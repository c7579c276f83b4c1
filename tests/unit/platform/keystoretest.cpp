// KeyStore against the real Secret Service (gnome-keyring on a private session bus,
// provided by tests/with-keyring.sh). Nothing here is faked: the component under
// test is the key store itself.
#include "keystore.h"
#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <qt6keychain/keychain.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using circle::KeyStore;

namespace {

// One random tag per run, so a rerun, a parallel run or a leftover from a crashed
// run never sees another run's keys.
const QString &runTag()
{
    static const QString tag = QString::number(QRandomGenerator::global()->generate64(), 16);
    return tag;
}

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}

/** Runs the key store probe in an environment the test chooses; returns its stdout. */
struct ProbeRun
{
    int exitCode = -1;
    QString output;
};

ProbeRun runProbe(const QProcessEnvironment &env, const QString &account)
{
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral(CIRCLE_KEYSTORE_PROBE), { account });
    ProbeRun run;
    // Generous: a D-Bus call that never gets an answer times out after 25 s.
    if (!probe.waitForFinished(90'000)) {
        probe.kill();
        probe.waitForFinished();
        run.output = u"probe did not finish"_s;
        return run;
    }
    run.exitCode = probe.exitStatus() == QProcess::NormalExit ? probe.exitCode() : -1;
    run.output = QString::fromUtf8(probe.readAllStandardOutput());
    return run;
}

/** An environment with no way to reach a session bus, and a home of its own. */
QProcessEnvironment withoutSessionBus(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s,
             u"GNOME_KEYRING_CONTROL"_s })
        env.remove(name);
    // A fresh home and runtime folder: no $XDG_RUNTIME_DIR/bus to find, and any
    // file a fallback might write would show up here.
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    return env;
}

class KeyStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "These tests need a real Secret Service: run them under tests/with-keyring.sh "
               "(./circle test does).";
        m_store = KeyStore::createDefault();
        ASSERT_TRUE(m_store);
    }

    void TearDown() override
    {
        for (const QString &account : std::as_const(m_accounts)) {
            QString error;
            EXPECT_TRUE(m_store->remove(account, &error)) << error.toStdString();
        }
    }

    QString account(const QString &what)
    {
        const QString name = u"circle-test:%1:%2"_s.arg(runTag(), what);
        m_accounts.append(name);
        return name;
    }

    /** Writes a secret with QtKeychain directly, bypassing KeyStore's checks. */
    static void plant(const QString &account, const QByteArray &secret)
    {
        QKeychain::WritePasswordJob job(u"Circle"_s);
        job.setAutoDelete(false);
        job.setKey(account);
        job.setBinaryData(secret);
        QSignalSpy finished(&job, &QKeychain::Job::finished);
        job.start();
        ASSERT_TRUE(finished.wait(30'000));
        ASSERT_EQ(job.error(), QKeychain::NoError) << job.errorString().toStdString();
    }

    std::unique_ptr<KeyStore> m_store;
    QStringList m_accounts;
};

TEST_F(KeyStoreTest, CreatedKeyIsLoadedBack)
{
    const QString name = account(u"create-load"_s);

    const auto created = m_store->loadOrCreate(name, 32);
    ASSERT_TRUE(created.ok()) << created.error.toStdString();
    EXPECT_TRUE(created.created);
    EXPECT_EQ(created.key.size(), 32);

    const auto loaded = m_store->load(name);
    ASSERT_TRUE(loaded.ok()) << loaded.error.toStdString();
    EXPECT_FALSE(loaded.created);
    EXPECT_EQ(loaded.key, created.key);
}

TEST_F(KeyStoreTest, SavedSecretIsLoadedBackAndReplacedBySave)
{
    const QString name = account(u"save"_s);
    const QByteArray token = QByteArray(43, 't') + "end";
    ASSERT_EQ(m_store->save(name, token), QString());
    EXPECT_EQ(m_store->load(name).key, token);
    ASSERT_EQ(m_store->save(name, "another"), QString());
    EXPECT_EQ(m_store->load(name).key, QByteArray("another"));
    EXPECT_FALSE(m_store->save(name, QByteArray()).isEmpty());
}

TEST_F(KeyStoreTest, LoadOrCreateTwiceReturnsTheSameKey)
{
    const QString name = account(u"twice"_s);

    const auto first = m_store->loadOrCreate(name, circle::databaseKeySize);
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    const auto second = m_store->loadOrCreate(name, circle::databaseKeySize);
    ASSERT_TRUE(second.ok()) << second.error.toStdString();

    EXPECT_TRUE(first.created);
    EXPECT_FALSE(second.created);
    EXPECT_EQ(second.key, first.key);
}

TEST_F(KeyStoreTest, KeySurvivesANewStoreObject)
{
    // What a restart of the app sees: a new KeyStore, the same key.
    const QString name = account(u"restart"_s);
    const auto first = m_store->loadOrCreate(name, 32);
    ASSERT_TRUE(first.ok()) << first.error.toStdString();

    const auto again = KeyStore::createDefault()->loadOrCreate(name, 32);
    ASSERT_TRUE(again.ok()) << again.error.toStdString();
    EXPECT_FALSE(again.created);
    EXPECT_EQ(again.key, first.key);
}

TEST_F(KeyStoreTest, DifferentAccountsGetDifferentKeys)
{
    const auto a = m_store->loadOrCreate(account(u"a"_s), 32);
    const auto b = m_store->loadOrCreate(account(u"b"_s), 32);
    ASSERT_TRUE(a.ok()) << a.error.toStdString();
    ASSERT_TRUE(b.ok()) << b.error.toStdString();
    EXPECT_NE(a.key, b.key);
}

TEST_F(KeyStoreTest, FreshKeysAreRandomAndNeverAllZeros)
{
    QList<QByteArray> keys;
    for (int i = 0; i < 8; ++i) {
        const auto result = m_store->loadOrCreate(account(u"random-%1"_s.arg(i)), 32);
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        ASSERT_EQ(result.key.size(), 32);
        EXPECT_FALSE(allZero(result.key));
        EXPECT_FALSE(keys.contains(result.key)) << "two fresh keys are equal";
        keys.append(result.key);
    }
}

TEST_F(KeyStoreTest, RemovedKeyIsNotFound)
{
    const QString name = account(u"remove"_s);
    ASSERT_TRUE(m_store->loadOrCreate(name, 32).ok());

    QString error;
    EXPECT_TRUE(m_store->remove(name, &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());

    const auto loaded = m_store->load(name);
    EXPECT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.key.isEmpty());
    EXPECT_TRUE(loaded.error.contains(u"has no key named"_s)) << loaded.error.toStdString();
    EXPECT_TRUE(loaded.error.contains(name)) << loaded.error.toStdString();

    // Removing what is not there is not an error: the caller's goal is met.
    EXPECT_TRUE(m_store->remove(name, &error)) << error.toStdString();
}

TEST_F(KeyStoreTest, LoadOfAnAccountNeverWrittenIsNotFound)
{
    const auto loaded = m_store->load(account(u"never-written"_s));
    EXPECT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.key.isEmpty());
    EXPECT_TRUE(loaded.error.contains(u"has no key named"_s)) << loaded.error.toStdString();
}

TEST_F(KeyStoreTest, StoredSecretOfWrongSizeIsReportedAndKept)
{
    const QString name = account(u"wrong-size"_s);
    const QByteArray planted = circle::test::testKey('w').left(16);
    ASSERT_NO_FATAL_FAILURE(plant(name, planted));

    const auto result = m_store->loadOrCreate(name, 32);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.key.isEmpty());
    EXPECT_FALSE(result.created);
    EXPECT_TRUE(result.error.contains(u"16 bytes"_s)) << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(u"32 bytes"_s)) << result.error.toStdString();
    // The secret itself never shows, in any spelling.
    EXPECT_FALSE(result.error.contains(QString::fromLatin1(planted.toHex()), Qt::CaseInsensitive));
    EXPECT_FALSE(result.error.contains(QString::fromLatin1(planted.toBase64())));
    EXPECT_FALSE(result.error.contains(QString::fromLatin1(planted)));

    // Left as it was: overwriting it would lose whatever it encrypts.
    const auto after = m_store->load(name);
    ASSERT_TRUE(after.ok()) << after.error.toStdString();
    EXPECT_EQ(after.key, planted);
}

TEST_F(KeyStoreTest, KeyIsHeldByTheSecretServiceUnderCircle)
{
    // Read it back with libsecret's own tool: proof that the key went to the
    // Secret Service under the service name "Circle", not somewhere else.
    const QString name = account(u"secret-tool"_s);
    const auto created = m_store->loadOrCreate(name, 32);
    ASSERT_TRUE(created.ok()) << created.error.toStdString();

    QProcess tool;
    tool.start(u"secret-tool"_s, { u"lookup"_s, u"server"_s, u"Circle"_s, u"user"_s, name });
    ASSERT_TRUE(tool.waitForFinished(30'000)) << "secret-tool (libsecret-tools) did not run";
    ASSERT_EQ(tool.exitCode(), 0) << tool.readAllStandardError().toStdString();
    // QtKeychain keeps binary secrets base64-encoded in the Secret Service.
    EXPECT_EQ(QByteArray::fromBase64(tool.readAllStandardOutput().trimmed()), created.key);
}

TEST_F(KeyStoreTest, NonsenseArgumentsAreRejected)
{
    EXPECT_FALSE(m_store->loadOrCreate(QString(), 32).ok());
    EXPECT_FALSE(m_store->load(QString()).ok());
    EXPECT_FALSE(m_store->remove(QString()));
    for (const int size : { 0, -1, 1 << 20 }) {
        const auto result = m_store->loadOrCreate(account(u"size-%1"_s.arg(size)), size);
        EXPECT_FALSE(result.ok()) << size;
        EXPECT_TRUE(result.key.isEmpty()) << size;
    }
}

TEST_F(KeyStoreTest, ProbeGetsAKeyWhenTheSecretServiceIsThere)
{
    // The probe itself works, so its failures below are the missing bus, not the probe.
    const ProbeRun run = runProbe(QProcessEnvironment::systemEnvironment(), account(u"probe"_s));
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_EQ(run.output.trimmed(), u"key of 32 bytes"_s);
}

void expectClearFailureWithoutKeyFile(const ProbeRun &run, const QTemporaryDir &home)
{
    EXPECT_EQ(run.exitCode, 1) << run.output.toStdString();
    EXPECT_FALSE(run.output.contains(u"key of"_s)) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(u"No key store is available"_s)) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(u"Secret Service on the session D-Bus"_s))
        << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(u"never in a file"_s)) << run.output.toStdString();
    // And indeed nothing was written instead: no fallback file anywhere in its home.
    const QStringList left
        = QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(u", "_s).toStdString();
}

TEST(KeyStoreWithoutBus, BusAddressPointingNowhereGivesAClearError)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = withoutSessionBus(home);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1/no-bus-here"_s.arg(home.path()));

    const ProbeRun run = runProbe(env, u"circle-test:%1:no-bus"_s.arg(runTag()));
    expectClearFailureWithoutKeyFile(run, home);
}

TEST(KeyStoreWithoutBus, NoBusAddressAtAllGivesAClearError)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());

    const ProbeRun run
        = runProbe(withoutSessionBus(home), u"circle-test:%1:no-bus-address"_s.arg(runTag()));
    expectClearFailureWithoutKeyFile(run, home);
}

} // namespace
