// Bad input never takes the server down: malformed, truncated and oversized bodies,
// unknown protocol versions, broken HTTP, and too many requests.
#include "clinicfixture.h"
#include "testbackend.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSslSocket>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

class RobustnessTest : public ClinicTest
{
protected:
    void SetUp() override
    {
        ClinicTest::SetUp();
        const Therapist t = addTherapist(u"Ola Berg"_s);
        group = createGroup(t, u"Group"_s);
        phone = newPatient(group, u"Patient"_s);
    }

    void expectStillServing()
    {
        circle::v1::PullRequest request;
        request.set_protocol_version(1);
        circle::v1::PullResponse response;
        EXPECT_EQ(api().call(u"/v1/pull"_s, request, &response, phone.token), 200)
            << "the server keeps serving";
    }

    circle::v1::ErrorResponse errorOf(const HttpResult &r)
    {
        circle::v1::ErrorResponse error;
        EXPECT_TRUE(error.ParseFromArray(r.body.constData(), int(r.body.size())))
            << "every error is an ErrorResponse";
        return error;
    }

    QString group;
    Device phone;
};

TEST_F(RobustnessTest, MalformedAndTruncatedProtobufIsABadRequest)
{
    circle::v1::PushRequest request;
    request.set_protocol_version(1);
    for (int i = 0; i < 3; ++i)
        *request.add_mutations()
            = sealedMutation(u"journal_entry"_s, newId(), hlcAt(i + 1), opaqueSealed("entry"_ba));
    const QByteArray whole = QByteArray::fromStdString(request.SerializeAsString());
    // Cut inside the last mutation: a length prefix now promises more than there is.
    const QByteArray truncated = whole.left(whole.size() - 7);
    QByteArray garbage(4096, Qt::Uninitialized);
    for (auto &c : garbage)
        c = char(QRandomGenerator::global()->generate());
    garbage[0] = char(0xff); // an invalid tag, so this can never parse by luck

    for (const auto &[name, body] : { std::pair { "truncated", truncated },
             std::pair { "garbage", garbage }, std::pair { "empty", QByteArray() } }) {
        const HttpResult r = api().post(u"/v1/push"_s, body, phone.token);
        EXPECT_EQ(r.status, 400) << name;
        EXPECT_EQ(errorOf(r).code(), "bad_request") << name;
        expectStillServing();
    }
    for (const char *path : { "/v1/pull", "/v1/enroll" }) {
        EXPECT_EQ(api().post(QString::fromLatin1(path), garbage, phone.token).status, 400) << path;
        expectStillServing();
    }
}

TEST_F(RobustnessTest, AnOversizedBodyIsRefusedAndTheServerKeepsServing)
{
    const QByteArray big(4 * 1024 * 1024 + 1, 'x');
    const HttpResult r = api().post(u"/v1/push"_s, big, phone.token);
    EXPECT_EQ(r.status, 413) << r.errorString.toStdString();
    EXPECT_EQ(errorOf(r).code(), "payload_too_large");
    // Refused before the API sees it, yet in the same (newest) protocol as the API's refusals.
    const HttpResult unreadable = api().post(u"/v1/push"_s, QByteArray("\xff", 1), phone.token);
    ASSERT_EQ(unreadable.status, 400);
    EXPECT_GE(errorOf(unreadable).protocol_version(), 2);
    EXPECT_EQ(errorOf(r).protocol_version(), errorOf(unreadable).protocol_version());
    expectStillServing();

    // Just under the cap is read and parsed (and is no valid PushRequest).
    const QByteArray justUnder(4 * 1024 * 1024, '\xff');
    EXPECT_EQ(api().post(u"/v1/push"_s, justUnder, phone.token).status, 400);
    expectStillServing();
}

TEST_F(RobustnessTest, ANewerProtocolVersionIsNamedNotMisread)
{
    circle::v1::PullRequest pull;
    pull.set_protocol_version(3);
    circle::v1::PushRequest push;
    push.set_protocol_version(7);
    circle::v1::EnrollRequest enroll;
    enroll.set_protocol_version(3);
    enroll.set_invite_code("whatever");
    for (const auto &[path, body] : { std::pair { "/v1/pull", pull.SerializeAsString() },
             std::pair { "/v1/push", push.SerializeAsString() },
             std::pair { "/v1/enroll", enroll.SerializeAsString() } }) {
        const HttpResult r
            = api().post(QString::fromLatin1(path), QByteArray::fromStdString(body), phone.token);
        EXPECT_EQ(r.status, 400) << path;
        const auto error = errorOf(r);
        EXPECT_EQ(error.code(), "unsupported_version") << path;
        EXPECT_EQ(error.protocol_version(), 2) << "the newest version this server speaks";
        EXPECT_NE(error.message().find('2'), std::string::npos) << error.message();
    }
    pull.set_protocol_version(0);
    EXPECT_EQ(
        api()
            .post(u"/v1/pull"_s, QByteArray::fromStdString(pull.SerializeAsString()), phone.token)
            .status,
        400)
        << "a request without a version is malformed";
    expectStillServing();
}

TEST_F(RobustnessTest, BrokenHttpDoesNotStopTheServer)
{
    const auto rawSend = [this](const QByteArray &bytes) {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ server().certificate() });
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(server().url().port()));
        ASSERT_TRUE(socket.waitForEncrypted(10000)) << socket.errorString().toStdString();
        socket.write(bytes);
        socket.waitForBytesWritten(5000);
        socket.waitForReadyRead(300);
        socket.disconnectFromHost();
    };
    // A body that stops half way, a request line that is not HTTP, a huge announced length,
    // a chunked body, and endless headers.
    rawSend("POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n0123456789"_ba);
    expectStillServing();
    rawSend("\x16\x03\x01 this is not http at all\r\n\r\n"_ba);
    expectStillServing();
    rawSend("POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\nabc"_ba);
    expectStillServing();
    rawSend(
        "POST /v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"_ba);
    expectStillServing();
    rawSend("GET / HTTP/1.1\r\nX: "_ba + QByteArray(100 * 1024, 'a'));
    expectStillServing();
    // A plain-HTTP client on the TLS port.
    QTcpSocket plain;
    plain.connectToHost(u"127.0.0.1"_s, quint16(server().url().port()));
    ASSERT_TRUE(plain.waitForConnected(5000));
    plain.write("POST /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n");
    plain.waitForReadyRead(500);
    plain.abort();
    expectStillServing();
}

TEST_F(RobustnessTest, ALostDatabaseConnectionIsReopened)
{
    if (!TestBackend::isPostgres())
        GTEST_SKIP() << "a PostgreSQL connection can be cut from outside; a SQLite file cannot";
    expectStillServing();
    ASSERT_TRUE(TestBackend::dropConnections(server().database()));
    circle::v1::PullRequest request;
    request.set_protocol_version(1);
    // The request that finds the connection gone may fail (500); the server reconnects
    // then, and the phone's retry works.
    int status = api().call(u"/v1/pull"_s, request, nullptr, phone.token);
    EXPECT_TRUE(status == 200 || status == 500) << status;
    if (status != 200)
        status = api().call(u"/v1/pull"_s, request, nullptr, phone.token);
    EXPECT_EQ(status, 200);
    expectStillServing();
}

TEST_F(RobustnessTest, UnknownPathsAndMethodsAreAnsweredInProtobuf)
{
    const HttpResult missing = api().post(u"/v1/nothing-here"_s, {}, phone.token);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(errorOf(missing).code(), "not_found");
}

TEST(PlainHttp, IsOnlyAllowedOnLoopback)
{
    QTemporaryDir dir;
    for (const QStringList &args :
        { QStringList { u"serve"_s, u"--plain-http-for-development"_s, u"--listen"_s,
              u"0.0.0.0:0"_s, u"--db"_s, dir.filePath(u"a.db"_s) },
            QStringList {
                u"dev"_s, u"--data-dir"_s, dir.path(), u"--listen"_s, u"0.0.0.0:0"_s } }) {
        QProcess p;
        p.start(serverBinary(), args);
        ASSERT_TRUE(p.waitForFinished(20000)) << "must refuse, not serve";
        EXPECT_NE(p.exitCode(), 0);
        EXPECT_TRUE(p.readAllStandardError().contains("loopback"));
    }
}

class RateLimitTest : public ClinicTest
{
protected:
    QStringList serverArgs() const override
    {
        // One request a minute after the burst: the test never waits long enough to earn one.
        return { u"--rate-burst"_s, u"5"_s, u"--rate-per-minute"_s, u"1"_s };
    }
};

TEST_F(RateLimitTest, TooManyRequestsFromOneDeviceAre429AndOthersStillGetThrough)
{
    const Therapist t = addTherapist(u"Ola Berg"_s);
    const QString group = createGroup(t, u"Group"_s);
    const Device busy = newPatient(group, u"Busy phone"_s);
    const Device calm = newPatient(group, u"Calm phone"_s);
    circle::v1::PullRequest request;
    request.set_protocol_version(1);
    const QByteArray body = QByteArray::fromStdString(request.SerializeAsString());
    int limited = 0;
    int ok = 0;
    HttpResult last;
    for (int i = 0; i < 10; ++i) {
        last = api().post(u"/v1/pull"_s, body, busy.token);
        if (last.status == 429) {
            ++limited;
            circle::v1::ErrorResponse error;
            ASSERT_TRUE(error.ParseFromArray(last.body.constData(), int(last.body.size())));
            EXPECT_EQ(error.code(), "rate_limited");
            EXPECT_FALSE(last.retryAfter.isEmpty());
        } else if (last.status == 200) {
            ++ok;
        }
    }
    EXPECT_EQ(ok, 5) << "the burst";
    EXPECT_EQ(limited, 5);
    EXPECT_EQ(api().post(u"/v1/pull"_s, body, calm.token).status, 200) << "limits are per device";
}

} // namespace
