// circlectl as a separate process: seed, stats, check, export, import, and the
// exit codes and messages a script relies on.
#include "testutil.h"

#include "passcode.h"
#include "store.h"
#include "storeopener.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Circlectl : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            << "circlectl needs a key store: run ctest under tests/with-keyring.sh";
    }

    QString dir(const QString &name) const { return m_root.filePath(name); }

    static Outcome run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QString::fromUtf8(CIRCLECTL_PATH), args);
        EXPECT_TRUE(p.waitForStarted()) << p.errorString().toStdString();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120'000));
        Outcome r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Outcome ctl(const QString &dataDir, const QStringList &args, const QByteArray &input = {}) const
    {
        return run(QStringList { u"--data-dir"_s, dataDir } + args, input);
    }

    // The export records when it was made; everything else must match.
    static QByteArray withoutExportTime(QByteArray json)
    {
        static const QRegularExpression exported(u"\"exported_ms\": \"\\d+\""_s);
        return QString::fromUtf8(json).remove(exported).toUtf8();
    }

    QTemporaryDir m_root;
};

} // namespace

TEST_F(Circlectl, SeedStatsCheckExportImport)
{
    const QString a = dir(u"a"_s);
    const QString b = dir(u"b"_s);

    Outcome seeded = ctl(a, { u"seed-demo"_s });
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err.toStdString();
    EXPECT_TRUE(seeded.out.contains(u"Seeded demo data: 47 records."_s))
        << seeded.out.toStdString();

    Outcome stats = ctl(a, { u"stats"_s });
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    for (const auto &line : { u"schema version"_s, u"cipher version"_s, u"outbox pending"_s })
        EXPECT_TRUE(stats.out.contains(line)) << line.toStdString();
    EXPECT_TRUE(stats.out.contains(QRegularExpression(u"journal_entry\\s+7\\s+0"_s)))
        << stats.out.toStdString();
    EXPECT_TRUE(stats.out.contains(QRegularExpression(u"group_session\\s+12\\s+0"_s)));
    EXPECT_TRUE(stats.out.contains(QRegularExpression(u"homework_response\\s+0\\s+0"_s)));

    Outcome check = ctl(a, { u"check"_s });
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(u"Check passed"_s));
    EXPECT_TRUE(check.out.contains(u"47 records"_s));

    const QString file = dir(u"export.json"_s);
    Outcome exported = ctl(a, { u"export"_s, file });
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QByteArray json = circle::test::readFile(file);
    ASSERT_FALSE(json.isEmpty());
    EXPECT_TRUE(json.contains("\"format_version\": 1"));

    Outcome imported = ctl(b, { u"import"_s, file });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"47 added, 0 updated, 0 unchanged"_s))
        << imported.out.toStdString();

    Outcome statsB = ctl(b, { u"stats"_s });
    ASSERT_EQ(statsB.exitCode, 0);
    EXPECT_EQ(statsB.out, stats.out);

    Outcome again = ctl(b, { u"import"_s, file });
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(u"0 added, 0 updated, 47 unchanged"_s))
        << again.out.toStdString();
    EXPECT_EQ(ctl(b, { u"stats"_s }).out, stats.out);
    EXPECT_EQ(ctl(b, { u"check"_s }).exitCode, 0);

    // Export to standard output: the same document.
    Outcome toStdout = ctl(b, { u"export"_s, u"-"_s });
    ASSERT_EQ(toStdout.exitCode, 0) << toStdout.err.toStdString();
    EXPECT_EQ(withoutExportTime(toStdout.out.toUtf8()), withoutExportTime(json));
}

TEST_F(Circlectl, ImportFromStandardInputIntoANewFolder)
{
    const QString a = dir(u"a"_s);
    ASSERT_EQ(ctl(a, { u"seed-demo"_s }).exitCode, 0);
    Outcome exported = ctl(a, { u"export"_s, u"-"_s });
    ASSERT_EQ(exported.exitCode, 0);
    Outcome imported = ctl(dir(u"c"_s), { u"import"_s, u"-"_s }, exported.out.toUtf8());
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"47 added"_s));
}

TEST_F(Circlectl, ABadFileFailsWithAMessageAndChangesNothing)
{
    const QString a = dir(u"a"_s);
    ASSERT_EQ(ctl(a, { u"seed-demo"_s }).exitCode, 0);
    const QString before = ctl(a, { u"stats"_s }).out;

    const QString bad = dir(u"bad.json"_s);
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format_version": 1, "journal_entries": [{"text": )");
    f.close();
    Outcome r = ctl(a, { u"import"_s, bad });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"nothing was changed"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"not valid Circle export JSON"_s)) << r.err.toStdString();

    QFile newer(dir(u"newer.json"_s));
    ASSERT_TRUE(newer.open(QIODevice::WriteOnly));
    newer.write(R"({"format_version": 9})");
    newer.close();
    Outcome v = ctl(a, { u"import"_s, newer.fileName() });
    EXPECT_EQ(v.exitCode, 1);
    EXPECT_TRUE(v.err.contains(u"format version 9"_s)) << v.err.toStdString();

    Outcome missing = ctl(a, { u"import"_s, dir(u"no-such-file.json"_s) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"cannot read"_s)) << missing.err.toStdString();

    EXPECT_EQ(ctl(a, { u"stats"_s }).out, before);
}

TEST_F(Circlectl, ReadingCommandsDoNotCreateAStore)
{
    const QString empty = dir(u"empty"_s);
    for (const auto &command : { u"stats"_s, u"check"_s }) {
        Outcome r = ctl(empty, { command });
        EXPECT_EQ(r.exitCode, 1) << command.toStdString();
        EXPECT_TRUE(r.err.contains(u"There is no Circle store"_s)) << r.err.toStdString();
    }
    Outcome r = ctl(empty, { u"export"_s, dir(u"x.json"_s) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir(u"x.json"_s)));
    EXPECT_FALSE(QFile::exists(empty + u"/circle.db"_s));
}

TEST_F(Circlectl, SeedingTwiceIsRefused)
{
    const QString a = dir(u"a"_s);
    ASSERT_EQ(ctl(a, { u"seed-demo"_s }).exitCode, 0);
    Outcome r = ctl(a, { u"seed-demo"_s });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"already holds records"_s)) << r.err.toStdString();
}

// The demo phone can be given an app passcode, so the app (and its screenshots)
// can show the lock screen; only the passcode's hash is stored.
TEST_F(Circlectl, SeedDemoCanSetTheAppPasscode)
{
    const QString a = dir(u"a"_s);
    Outcome tooShort = ctl(a, { u"seed-demo"_s, u"--passcode"_s, u"12"_s });
    EXPECT_EQ(tooShort.exitCode, 1);
    EXPECT_TRUE(tooShort.err.contains(u"--passcode needs 4 to 64 characters; this one has 2"_s))
        << tooShort.err.toStdString();

    // Nothing was seeded by the refused command, so seeding works now.
    Outcome seeded = ctl(a, { u"seed-demo"_s, u"--passcode"_s, u"2468"_s });
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err.toStdString();
    EXPECT_TRUE(seeded.out.contains(u"Set the app passcode."_s));
    EXPECT_FALSE(seeded.out.contains(u"2468"_s));

    auto store = circle::StoreOpener::open(a, circle::StoreOpener::Mode::ExistingOnly);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    const auto hash = store.value()->setting(circle::passcode::HashSetting);
    ASSERT_TRUE(hash);
    EXPECT_FALSE(hash.value().contains(u"2468"_s));
    EXPECT_TRUE(circle::passcode::matches(hash.value().toLatin1(), u"2468"_s).value());
    EXPECT_FALSE(circle::passcode::matches(hash.value().toLatin1(), u"1357"_s).value());
}

TEST_F(Circlectl, UsageErrorsExitWithTwo)
{
    const QString a = dir(u"a"_s);
    EXPECT_EQ(run({ u"stats"_s }).exitCode, 2) << "no --data-dir";
    EXPECT_EQ(ctl(a, {}).exitCode, 2) << "no command";
    EXPECT_EQ(ctl(a, { u"frobnicate"_s }).exitCode, 2);
    EXPECT_EQ(ctl(a, { u"export"_s }).exitCode, 2) << "export without FILE";
    EXPECT_EQ(ctl(a, { u"stats"_s, u"extra"_s }).exitCode, 2);
    EXPECT_EQ(run({ u"--no-such-option"_s }).exitCode, 2);
    Outcome help = run({ u"--help"_s });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"seed-demo"_s));
}

TEST_F(Circlectl, OutputNeverShowsRecordContent)
{
    const QString a = dir(u"a"_s);
    Outcome seeded = ctl(a, { u"seed-demo"_s });
    Outcome stats = ctl(a, { u"stats"_s });
    Outcome check = ctl(a, { u"check"_s });
    for (const Outcome &r : { seeded, stats, check }) {
        // Words from the demo journal and safety plan.
        EXPECT_FALSE((r.out + r.err).contains(u"sister"_s));
        EXPECT_FALSE((r.out + r.err).contains(u"Dana"_s));
    }
}
