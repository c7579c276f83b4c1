// `circle-server admin` and `circle-server dev --seed-demo`.
#include "clinicfixture.h"
#include "testbackend.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

class AdminTest : public ClinicTest
{
protected:
    void expectDemoClinic(const Device &phone)
    {
        int groups = 0, sessions = 0, homework = 0;
        for (const auto &c : pullAll(phone)) {
            const std::string &type = c.mutation().record_type();
            groups += type == "group";
            sessions += type == "group_session";
            homework += type == "homework_assignment";
        }
        EXPECT_EQ(groups, 1);
        EXPECT_EQ(sessions, 12);
        EXPECT_EQ(homework, 1);
    }
};

TEST_F(AdminTest, SeedDemoMakesAClinicAPhoneCanJoin)
{
    auto demo = server().admin({ u"seed-demo"_s });
    ASSERT_EQ(demo[u"exit"_s], u"0"_s) << demo[u"stderr"_s].toStdString();
    ASSERT_TRUE(demo[u"therapist-token"_s].startsWith(u"ctt_"_s));
    ASSERT_TRUE(demo[u"invite"_s].contains(server().pin()));
    const Device phone = enroll(demo[u"invite"_s]);
    expectDemoClinic(phone);
    int status = 0;
    shared({ {}, demo[u"therapist-token"_s] }, demo[u"group-id"_s], &status);
    EXPECT_EQ(status, 200);

    // Again: the same clinic, one more invite, no second therapist.
    auto again = server().admin({ u"seed-demo"_s });
    ASSERT_EQ(again[u"exit"_s], u"0"_s);
    EXPECT_EQ(again[u"group-id"_s], demo[u"group-id"_s]);
    EXPECT_EQ(again.count(u"therapist-token"_s), 0u);
    EXPECT_NE(again[u"invite"_s], demo[u"invite"_s]);
}

TEST_F(AdminTest, ASeriesKeepsItsWallClockTimeAcrossDaylightSaving)
{
    const Therapist t = addTherapist(u"Eli Novak"_s);
    const QString group = createGroup(t, u"Evening group"_s, u"America/Chicago"_s);
    // Daylight saving time ends in Chicago on 2 November 2025.
    auto out = server().admin(
        { u"add-series"_s, u"--group"_s, group, u"--first"_s, u"2025-10-28T18:00"_s, u"--count"_s,
            u"2"_s, u"--minutes"_s, u"90"_s, u"--topic"_s, u"Check-in"_s });
    ASSERT_EQ(out[u"exit"_s], u"0"_s) << out[u"stderr"_s].toStdString();
    const Device phone = newPatient(group, u"Patient"_s);
    QList<qint64> starts;
    for (const auto &c : pullAll(phone)) {
        if (c.mutation().record_type() != "group_session")
            continue;
        circle::v1::GroupSession s;
        ASSERT_TRUE(s.ParseFromString(c.mutation().clear()));
        starts.append(s.start_ms());
        EXPECT_EQ(s.end_ms() - s.start_ms(), 90 * 60 * 1000);
    }
    ASSERT_EQ(starts.size(), 2);
    const QTimeZone chicago("America/Chicago");
    for (const qint64 ms : starts)
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(ms, chicago).time(), QTime(18, 0));
    EXPECT_EQ(starts[1] - starts[0], (7 * 24 + 1) * 3600 * 1000LL);
}

TEST_F(AdminTest, RefusesWhatItCannotDo)
{
    EXPECT_EQ(server().admin({ u"no-such-command"_s })[u"exit"_s], u"1"_s);
    EXPECT_EQ(server().admin(
                  { u"create-group"_s, u"--therapist"_s, newId(), u"--name"_s, u"G"_s })[u"exit"_s],
        u"1"_s);
    EXPECT_EQ(
        server().admin({ u"invite"_s, u"--group"_s, newId(), u"--label"_s, u"L"_s })[u"exit"_s],
        u"1"_s);
    const Therapist t = addTherapist(u"Eli Novak"_s);
    auto bad = server().admin({ u"create-group"_s, u"--therapist"_s, t.id, u"--name"_s, u"G"_s,
        u"--time-zone"_s, u"Mars/Base"_s });
    EXPECT_EQ(bad[u"exit"_s], u"1"_s);
    EXPECT_TRUE(bad[u"stderr"_s].contains(u"time zone"_s));
}

TEST(DevServer, SeedDemoPrintsATokenAndAnInviteBeforeListening)
{
    QTemporaryDir dir;
    QString error;
    const QString db = TestBackend::newDatabase(dir.path(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ServerProcess server;
    ASSERT_TRUE(server.start(dir.path(), db, { u"--seed-demo"_s })) << server.error().toStdString();
    EXPECT_TRUE(server.printed(u"therapist-token"_s).startsWith(u"ctt_"_s));
    const QString invite = server.printed(u"invite"_s);
    EXPECT_TRUE(invite.startsWith(u"circle-invite:1?url="_s + server.url().toString()));
    EXPECT_TRUE(invite.endsWith(u"&pin="_s + server.pin()));
    EXPECT_EQ(server.url().host(), u"127.0.0.1"_s);
    EXPECT_NE(server.url().port(), 0);
    server.stop();
}

TEST_F(AdminTest, ServeUsesTheGivenCertificateAndRefusesToRunWithoutOne)
{
    QTemporaryDir dir;
    QString error;
    const QString db = TestBackend::newDatabase(dir.path(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QString cert = QDir(dataDir()).filePath(u"dev-cert.pem"_s);
    const QString key = QDir(dataDir()).filePath(u"dev-key.pem"_s);

    QProcess refused;
    refused.start(serverBinary(), { u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s });
    ASSERT_TRUE(refused.waitForFinished(20000));
    EXPECT_EQ(refused.exitCode(), 2);
    EXPECT_TRUE(refused.readAllStandardError().contains("--cert"));

    QProcess serve;
    serve.start(serverBinary(),
        { u"serve"_s, u"--cert"_s, cert, u"--key"_s, key, u"--db"_s, db, u"--listen"_s,
            u"127.0.0.1:0"_s, u"--public-url"_s, u"https://localhost:9"_s });
    QByteArray line;
    for (int i = 0; i < 200 && !line.contains('\n'); ++i) {
        serve.waitForReadyRead(100);
        line += serve.readAllStandardOutput();
    }
    const QStringList parts = QString::fromUtf8(line.trimmed()).split(u' ');
    ASSERT_EQ(parts.size(), 6) << line.toStdString();
    EXPECT_EQ(parts[2], u"on"_s);
    EXPECT_EQ(parts[5], server().pin()) << "the pin of the certificate it was given";
    ApiClient client(QUrl(parts[3]), server().certificate(), parts[5]);
    circle::v1::PullRequest pull;
    pull.set_protocol_version(1);
    const HttpResult r
        = client.post(u"/v1/pull"_s, QByteArray::fromStdString(pull.SerializeAsString()), {});
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(r.pinMatched);
    serve.terminate();
    serve.waitForFinished(10000);
}

class InviteTtlTest : public ClinicTest
{
protected:
    QStringList serverArgs() const override
    {
        return ClinicTest::serverArgs() + QStringList { u"--invite-ttl"_s, u"120"_s };
    }

    QStringList lifetimes()
    {
        QString error;
        const QStringList rows = TestBackend::execute(server().database(),
            { u"SELECT expires_ms - created_ms FROM invites ORDER BY 1"_s }, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return rows;
    }
};

TEST_F(InviteTtlTest, AdminInvitesLastAsLongAsTheServersOwn)
{
    const Therapist t = addTherapist(u"Ola Berg"_s);
    const QString group = createGroup(t, u"Group"_s);
    ASSERT_FALSE(adminInvite(group, u"Patient"_s).isEmpty());
    EXPECT_EQ(lifetimes(), QStringList { u"120000"_s }) << "the server's --invite-ttl";

    const auto told = server().admin(
        { u"invite"_s, u"--group"_s, group, u"--label"_s, u"Other"_s, u"--invite-ttl"_s, u"30"_s });
    ASSERT_EQ(told.at(u"exit"_s), u"0"_s) << told.at(u"stderr"_s).toStdString();
    EXPECT_EQ(lifetimes(), (QStringList { u"30000"_s, u"120000"_s })) << "said on the command line";
}

} // namespace
