#include "httptransport.h"
#include "testutil.h"

#include "circle/v1/sync.pb.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace circle;
using namespace Qt::StringLiterals;

namespace {

/**
 * The real circle-server serving a certificate the test made with openssl:
 * valid or expired, for 127.0.0.1 or for another host. The phone's transport
 * must get through only with a valid certificate for the host it dialled whose
 * key matches the pin.
 */
class Pinning : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(openssl({ u"ecparam"_s, u"-name"_s, u"prime256v1"_s, u"-genkey"_s, u"-noout"_s,
            u"-out"_s, path(u"key.pem"_s) }));
        QFile cnf(path(u"ca.cnf"_s));
        ASSERT_TRUE(cnf.open(QIODevice::WriteOnly));
        cnf.write("[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                  "default_md=sha256\npolicy=p\ncopy_extensions=copy\n[p]\ncommonName=supplied\n");
        cnf.close();
        QFile(path(u"index.txt"_s)).open(QIODevice::WriteOnly);
        QFile serial(path(u"serial"_s));
        ASSERT_TRUE(serial.open(QIODevice::WriteOnly));
        serial.write("01\n");
    }

    void TearDown() override
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(u"openssl"_s, args);
        return p.waitForFinished(30'000) && p.exitCode() == 0;
    }

    /** A certificate for san, valid between the two dates (YYYYMMDDHHMMSSZ). */
    QString makeCertificate(
        const QString &name, const QString &san, const QString &from, const QString &until)
    {
        const QString csr = path(name + u".csr"_s), pem = path(name + u".pem"_s);
        EXPECT_TRUE(openssl({ u"req"_s, u"-new"_s, u"-key"_s, path(u"key.pem"_s), u"-subj"_s,
            u"/CN=circle-test"_s, u"-addext"_s, u"subjectAltName="_s + san, u"-out"_s, csr }));
        EXPECT_TRUE(openssl({ u"ca"_s, u"-batch"_s, u"-config"_s, path(u"ca.cnf"_s), u"-selfsign"_s,
            u"-keyfile"_s, path(u"key.pem"_s), u"-in"_s, csr, u"-startdate"_s, from, u"-enddate"_s,
            until, u"-out"_s, pem }));
        return pem;
    }

    /** Serves over TLS with certificate; returns the URL the phone dials. */
    QUrl serve(const QString &certificate)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        m_server.start(QStringLiteral(CIRCLE_SERVER_PATH),
            { u"serve"_s, u"--cert"_s, certificate, u"--key"_s, path(u"key.pem"_s), u"--db"_s,
                path(u"clinic.sqlite"_s), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) });
        QByteArray out;
        for (int i = 0; i < 150 && !out.contains("listening on"); ++i) {
            m_server.waitForReadyRead(200);
            out += m_server.readAllStandardOutput();
        }
        EXPECT_TRUE(out.contains("listening on"))
            << out.toStdString() << m_server.readAllStandardError().toStdString();
        return QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    }

    HttpTransport::Reply ask(const QUrl &url, const QByteArray &pin)
    {
        HttpTransport::Config config;
        config.serverUrl = url;
        config.pinSha256 = pin;
        config.timeoutMs = 10'000;
        HttpTransport transport(config);
        QEventLoop loop;
        HttpTransport::Reply reply;
        transport.post(u"/v1/pull"_s, QByteArray(), [&](const HttpTransport::Reply &r) {
            reply = r;
            loop.quit();
        });
        loop.exec();
        return reply;
    }

    static QByteArray pinOf(const QString &pem)
    {
        return HttpTransport::pinOf(QSslCertificate::fromPath(pem).value(0));
    }

    QTemporaryDir m_dir;
    QProcess m_server;
};

const QString Past = u"20200101000000Z"_s;
const QString Later = u"20200201000000Z"_s;
const QString Now = u"20250101000000Z"_s;
const QString Future = u"20450101000000Z"_s;

} // namespace

TEST_F(Pinning, AValidPinnedCertificateGetsThrough)
{
    const QString pem = makeCertificate(u"good"_s, u"IP:127.0.0.1"_s, Now, Future);
    const auto reply = ask(serve(pem), pinOf(pem));
    // TLS worked; the server itself answers (no token: 401).
    EXPECT_EQ(reply.httpStatus, 401) << reply.error.toStdString();
}

TEST_F(Pinning, ARefusalCarriesTheServersOwnExplanation)
{
    const QString pem = makeCertificate(u"good"_s, u"IP:127.0.0.1"_s, Now, Future);
    const auto reply = ask(serve(pem), pinOf(pem));
    // The server's ErrorResponse body, not Qt's generic "Host requires authentication".
    ASSERT_EQ(reply.httpStatus, 401);
    EXPECT_EQ(reply.error,
        u"The clinic's server refused the request (HTTP 401): a device token is required"_s);
    EXPECT_FALSE(reply.retryable());
}

TEST_F(Pinning, ACertificateThatDoesNotMatchThePinIsRefused)
{
    const QString pem = makeCertificate(u"good"_s, u"IP:127.0.0.1"_s, Now, Future);
    QByteArray wrongPin = pinOf(pem);
    wrongPin[0] = char(wrongPin[0] ^ 1);
    const auto reply = ask(serve(pem), wrongPin);
    EXPECT_EQ(reply.httpStatus, 0);
    EXPECT_TRUE(reply.error.contains(u"does not match"_s)) << reply.error.toStdString();
}

TEST_F(Pinning, AnExpiredCertificateIsRefusedEvenWhenPinned)
{
    const QString pem = makeCertificate(u"expired"_s, u"IP:127.0.0.1"_s, Past, Later);
    const auto reply = ask(serve(pem), pinOf(pem));
    EXPECT_EQ(reply.httpStatus, 0);
    EXPECT_TRUE(reply.error.contains(u"could not be verified"_s)) << reply.error.toStdString();
}

TEST_F(Pinning, ACertificateForAnotherHostIsRefusedEvenWhenPinned)
{
    const QString pem = makeCertificate(u"other"_s, u"DNS:clinic.other.example"_s, Now, Future);
    const auto reply = ask(serve(pem), pinOf(pem));
    EXPECT_EQ(reply.httpStatus, 0);
    EXPECT_TRUE(reply.error.contains(u"could not be verified"_s)) << reply.error.toStdString();
}

TEST_F(Pinning, PlainHttpIsRefusedWithoutTheDevelopmentFlag)
{
    HttpTransport::Config config;
    config.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
    HttpTransport transport(config);
    QEventLoop loop;
    HttpTransport::Reply reply;
    transport.post(u"/v1/pull"_s, QByteArray(), [&](const HttpTransport::Reply &r) {
        reply = r;
        loop.quit();
    });
    loop.exec();
    EXPECT_TRUE(reply.error.contains(u"only over HTTPS"_s)) << reply.error.toStdString();
}

/** What a person reads when the server said no: the body is the server's, so anything goes. */
TEST(DescribeRefusal, UsesTheServersMessageWhenTheBodyIsAnErrorResponse)
{
    v1::ErrorResponse error;
    error.set_protocol_version(2);
    error.set_code("forbidden");
    error.set_message("this device was revoked by the clinic");
    EXPECT_EQ(
        describeRefusal(403, QByteArray::fromStdString(error.SerializeAsString()), u"Forbidden"_s),
        u"The clinic's server refused the request (HTTP 403): this device was revoked by the clinic"_s);
}

TEST(DescribeRefusal, FallsBackWhenTheBodyIsNotAnErrorResponse)
{
    // A proxy in front of the clinic answers with HTML; an empty body is common too.
    const QString fallback = u"Error transferring - server replied: Bad Gateway"_s;
    const QString expected = u"The clinic's server refused the request (HTTP 502): "_s + fallback;
    EXPECT_EQ(describeRefusal(502, "<html><body>Bad Gateway</body></html>", fallback), expected);
    EXPECT_EQ(describeRefusal(502, QByteArray(), fallback), expected);
    EXPECT_EQ(describeRefusal(502, QByteArray("\xff\xff\xff", 3), fallback), expected);
}

TEST(DescribeRefusal, FallsBackWhenTheServerGaveNoMessage)
{
    v1::ErrorResponse error;
    error.set_protocol_version(2);
    error.set_code("bad_request");
    EXPECT_EQ(describeRefusal(
                  400, QByteArray::fromStdString(error.SerializeAsString()), u"Bad Request"_s),
        u"The clinic's server refused the request (HTTP 400): Bad Request"_s);
}
