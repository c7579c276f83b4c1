// The HTTP layer as an attacker meets it: nothing but a TLS socket to the real server on
// loopback, sending requests no HTTP library would make. Each case either gets a clear
// answer before the server has read (let alone kept) a body, or a closed connection.
#include "clinicfixture.h"
#include "rawclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

/** 96 MiB: the announced length of the smuggled request in the folded-header attack. */
constexpr qint64 kHugeBody = 100663296;

class FrontDoorTest : public ClinicTest
{
protected:
    void SetUp() override
    {
        ClinicTest::SetUp();
        const Therapist t = addTherapist(u"Ola Berg"_s);
        group = createGroup(t, u"Group"_s);
        phone = newPatient(group, u"Patient"_s);
    }

    std::unique_ptr<RawClient> connect(const QString &source = {})
    {
        auto c = std::make_unique<RawClient>(
            quint16(server().url().port()), server().certificate(), source);
        EXPECT_TRUE(c->handshake()) << c->socket().errorString().toStdString();
        return c;
    }

    /** Sends @p head (a request without body) alone and returns the one answer. */
    RawResponse answerTo(const QByteArray &head)
    {
        auto c = connect();
        c->send(head);
        const QList<RawResponse> answers = c->read(1, 10000);
        return answers.isEmpty() ? RawResponse {} : answers.first();
    }

    void expectStillServing()
    {
        circle::v1::PullRequest request;
        request.set_protocol_version(1);
        EXPECT_EQ(api().call(u"/v1/pull"_s, request, nullptr, phone.token), 200)
            << "the server keeps serving";
    }

    static void expectNoStore(const RawResponse &r, const char *what)
    {
        EXPECT_EQ(r.header("cache-control"), "no-store") << what << " status " << r.status;
        circle::v1::ErrorResponse error;
        if (r.status >= 400) {
            EXPECT_TRUE(error.ParseFromArray(r.body.constData(), int(r.body.size()))) << what;
            EXPECT_FALSE(error.code().empty()) << what;
        }
    }

    /** The server writes its log as it answers; the test reads its pipe a moment later. */
    bool waitForLog(const QByteArray &needle)
    {
        QElapsedTimer timer;
        timer.start();
        while (!server().output().contains(needle) && timer.elapsed() < 3000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(50);
        }
        return server().output().contains(needle);
    }

    QByteArray pullHead(const QByteArray &extraHeaders) const
    {
        return "POST /v1/pull HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
               "Authorization: Bearer "_ba
            + phone.token.toLatin1() + "\r\n" + extraHeaders + "\r\n";
    }

    QString group;
    Device phone;
};

TEST_F(FrontDoorTest, AFoldedHeaderCannotHideTheNextRequestsLength)
{
    // The sequence that once made the server read 96 MiB before answering: a continuation
    // line that looks like a Content-Length, then a request announcing a huge body.
    auto c = connect();
    const qint64 before = residentKiB(server().pid());
    c->send("POST /v1/pull HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
            "X-A: a\r\n Content-Length: 62\r\n\r\n"
            "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
            "Content-Length: 100663296\r\n\r\n"_ba);
    c->send(QByteArray(64 * 1024, 'x')); // the start of the huge body, and no more
    const QList<RawResponse> answers = c->read(2, 10000);
    ASSERT_EQ(answers.size(), 2) << "both answered while 96 MiB are still unsent";
    // The folded line is part of X-A's value (RFC 9112 5.2), so the first request has no
    // body and no token; the second is refused on its own length.
    EXPECT_EQ(answers.at(0).status, 401);
    EXPECT_EQ(answers.at(1).status, 413);
    for (const RawResponse &r : answers)
        expectNoStore(r, "folded");
    const qint64 after = residentKiB(server().pid());
    EXPECT_LT(after - before, 16 * 1024) << "KiB grown: " << (after - before);
    expectStillServing();
}

TEST_F(FrontDoorTest, MalformedFramingIsRefusedBeforeAnyBodyByte)
{
    // Each head announces a body that is never sent: an answer can only come from the head.
    const QList<std::pair<const char *, QByteArray>> cases = {
        { "bare CR", "X-B: y\rContent-Length: 100663296\r\n"_ba },
        { "equal duplicate Content-Length", "Content-Length: 100\r\nContent-Length: 100\r\n"_ba },
        { "different duplicate Content-Length",
            "Content-Length: 5\r\nContent-Length: 100663296\r\n"_ba },
        { "signed Content-Length", "Content-Length: +100663296\r\n"_ba },
        { "negative Content-Length", "Content-Length: -1\r\n"_ba },
        { "spaced digits", "Content-Length: 100 663296\r\n"_ba },
        { "list Content-Length", "Content-Length: 5, 5\r\n"_ba },
        { "hex Content-Length", "Content-Length: 0x10\r\n"_ba },
        { "Transfer-Encoding with Content-Length",
            "Transfer-Encoding: chunked\r\nContent-Length: 100663296\r\n"_ba },
        { "Content-Length with Transfer-Encoding",
            "Content-Length: 100663296\r\nTransfer-Encoding: chunked\r\n"_ba },
        // Found by fuzz_http_request: a coding other than chunked let Content-Length
        // frame the body, where a proxy might have read the coding instead.
        { "a coding other than chunked with Content-Length",
            "Transfer-Encoding: gzip\r\nContent-Length: 100663296\r\n"_ba },
        { "a coding other than chunked alone", "Transfer-Encoding: gzip\r\n"_ba },
        { "duplicate Authorization", "Authorization: Bearer nobody\r\nContent-Length: 100\r\n"_ba },
        { "line without a colon", "this line has no colon\r\nContent-Length: 100\r\n"_ba },
    };
    for (const auto &[name, headers] : cases) {
        QElapsedTimer timer;
        timer.start();
        const RawResponse r = answerTo(pullHead(headers));
        EXPECT_EQ(r.status, 400) << name;
        EXPECT_LT(timer.elapsed(), 5000) << name << ": answered at once, not at a deadline";
        expectNoStore(r, name);
    }
    // Chunked alone: every client of this protocol knows its length.
    const RawResponse chunked = answerTo(pullHead("Transfer-Encoding: chunked\r\n"_ba));
    EXPECT_EQ(chunked.status, 411);
    expectNoStore(chunked, "chunked");
    expectStillServing();
}

TEST_F(FrontDoorTest, HeaderLimitsAnswer431)
{
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    const RawResponse count = answerTo(pullHead(many));
    EXPECT_EQ(count.status, 431) << "over 100 header fields";
    expectNoStore(count, "count");

    // 100 fields in all are fine (the request line does not count).
    QByteArray hundred;
    for (int i = 0; i < 100 - 4; ++i)
        hundred += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    circle::v1::PullRequest pull;
    pull.set_protocol_version(1);
    const QByteArray body = QByteArray::fromStdString(pull.SerializeAsString());
    const RawResponse ok = answerTo(
        pullHead(hundred + "Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body);
    EXPECT_EQ(ok.status, 200);

    const RawResponse big = answerTo(pullHead("X-Big: " + QByteArray(40 * 1024, 'a') + "\r\n"));
    EXPECT_EQ(big.status, 431) << "headers over 32 KiB";
    expectNoStore(big, "size");
    expectStillServing();
}

TEST_F(FrontDoorTest, ContentTypeAndMethodAreChecked)
{
    QByteArray head = pullHead("Content-Length: 2\r\n"_ba);
    head.replace("application/x-protobuf", "text/plain");
    const RawResponse wrongType = answerTo(head + "\x08\x01"_ba);
    EXPECT_EQ(wrongType.status, 415);
    expectNoStore(wrongType, "content type");

    QByteArray noType = pullHead("Content-Length: 2\r\n"_ba);
    noType.replace("Content-Type: application/x-protobuf\r\n", "");
    EXPECT_EQ(answerTo(noType + "\x08\x01"_ba).status, 415) << "a body must say what it is";

    const RawResponse get = answerTo("GET /v1/pull HTTP/1.1\r\nHost: x\r\n\r\n"_ba);
    EXPECT_EQ(get.status, 405);
    expectNoStore(get, "405");
    const RawResponse missing = answerTo("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"_ba);
    EXPECT_EQ(missing.status, 404);
    expectNoStore(missing, "404");
    EXPECT_TRUE(waitForLog(" 405 anonymous:127.0.0.1")) << "405 is logged";
    EXPECT_TRUE(waitForLog("/nothing 404 anonymous:127.0.0.1")) << "404 is logged";
}

TEST_F(FrontDoorTest, KeepAliveAndPipeliningWork)
{
    circle::v1::PullRequest pull;
    pull.set_protocol_version(1);
    const QByteArray body = QByteArray::fromStdString(pull.SerializeAsString());
    const QByteArray one
        = pullHead("Content-Length: " + QByteArray::number(body.size()) + "\r\n") + body;
    auto c = connect();
    c->send(one + one + one); // three requests in one write
    const QList<RawResponse> answers = c->read(3, 10000);
    ASSERT_EQ(answers.size(), 3);
    for (const RawResponse &r : answers)
        EXPECT_EQ(r.status, 200);
    c->send(one); // and the connection stays usable
    const QList<RawResponse> more = c->read(1, 10000);
    ASSERT_EQ(more.size(), 1);
    EXPECT_EQ(more.first().status, 200);
}

TEST_F(FrontDoorTest, SlowHeadersAndSilentHandshakesAreCut)
{
    // One byte a second: every read is "progress", only a deadline for the whole head ends it.
    auto slow = connect();
    QTcpSocket silent; // never starts TLS
    silent.connectToHost(u"127.0.0.1"_s, quint16(server().url().port()));
    ASSERT_TRUE(silent.waitForConnected(5000));
    const QByteArray head
        = "POST /v1/pull HTTP/1.1\r\nHost: x\r\nX-Slow: "_ba + QByteArray(60, 'a');
    QElapsedTimer timer;
    timer.start();
    qsizetype sent = 0;
    while (slow->isOpen() && timer.elapsed() < 20000 && sent < head.size()) {
        slow->send(head.mid(sent++, 1));
        slow->waitClosed(1000);
    }
    const qint64 cut = timer.elapsed();
    EXPECT_FALSE(slow->isOpen()) << "still open after " << cut << " ms";
    EXPECT_GE(cut, 8000) << "the header deadline is 10 s";
    EXPECT_LE(cut, 14000);
    silent.waitForDisconnected(int(qMax<qint64>(100, 14000 - timer.elapsed())));
    EXPECT_EQ(silent.state(), QAbstractSocket::UnconnectedState)
        << "a connection that never finishes its TLS handshake is closed by 10 s";
    expectStillServing();
}

// No phone is enrolled first: its HTTP client would keep a connection of its own open.
class ConnectionCapTest : public ClinicTest
{
protected:
    QStringList serverArgs() const override
    {
        return ClinicTest::serverArgs()
            + QStringList { u"--max-connections"_s, u"6"_s, u"--max-connections-per-address"_s,
                  u"4"_s };
    }
};

TEST_F(ConnectionCapTest, ConnectionsPerAddressAndInTotalAreCapped)
{
    const quint16 port = quint16(server().url().port());
    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 4; ++i) {
        held.push_back(std::make_unique<RawClient>(port, server().certificate(), u"127.0.0.1"_s));
        ASSERT_TRUE(held.back()->handshake()) << i;
    }
    RawClient fifth(port, server().certificate(), u"127.0.0.1"_s);
    EXPECT_FALSE(fifth.handshake(5000)) << "a fifth connection from one address";

    for (int i = 0; i < 2; ++i) {
        held.push_back(std::make_unique<RawClient>(port, server().certificate(), u"127.0.0.2"_s));
        EXPECT_TRUE(held.back()->handshake()) << "another address, connection " << i << ": "
                                              << held.back()->socket().errorString().toStdString();
    }
    RawClient seventh(port, server().certificate(), u"127.0.0.3"_s);
    EXPECT_FALSE(seventh.handshake(5000)) << "over the total";

    held.erase(held.begin()); // one from 127.0.0.1 closes, so there is room again
    QThread::msleep(300);
    RawClient again(port, server().certificate(), u"127.0.0.1"_s);
    EXPECT_TRUE(again.handshake()) << "room again after a close";
    held.clear();
    again.socket().abort();
    QThread::msleep(300);
    EXPECT_EQ(api().post(u"/v1/nothing"_s, {}).status, 404) << "serving again";
}

TEST_F(FrontDoorTest, Tls12OffersOnlyAeadSuites)
{
    const auto handshake = [this](const char *suite) {
        const QSslCipher cipher(QString::fromLatin1(suite));
        EXPECT_FALSE(cipher.isNull()) << suite << " is unknown to this OpenSSL";
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ server().certificate() });
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setCiphers({ cipher });
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(server().url().port()));
        return socket.waitForEncrypted(5000);
    };
    // The development certificate has an EC key, so these are the suites it could offer.
    for (const char *cbc : { "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES256-SHA",
             "ECDHE-ECDSA-AES128-SHA256", "ECDHE-ECDSA-AES256-SHA384" })
        EXPECT_FALSE(handshake(cbc)) << cbc;
    for (const char *aead : { "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305" })
        EXPECT_TRUE(handshake(aead)) << aead;
}

class AddressRateLimitTest : public ClinicTest
{
protected:
    QStringList serverArgs() const override
    {
        return { u"--rate-burst"_s, u"3"_s, u"--rate-per-minute"_s, u"1"_s };
    }
};

TEST_F(AddressRateLimitTest, ProbingAndGuessingAreLimitedWithRetryAfter)
{
    int limited = 0;
    for (int i = 0; i < 6; ++i) {
        const HttpResult r = api().post(u"/v1/nothing-%1"_s.arg(i), {});
        if (r.status == 429) {
            ++limited;
            EXPECT_GE(r.retryAfter.toInt(), 1) << "Retry-After: " << r.retryAfter.constData();
        } else {
            EXPECT_EQ(r.status, 404);
        }
    }
    EXPECT_EQ(limited, 3) << "404s count against the address";
    const HttpResult guess = api().post(u"/v1/pull"_s, "x"_ba, u"cdt_not-a-token"_s);
    EXPECT_EQ(guess.status, 429);
    EXPECT_GE(guess.retryAfter.toInt(), 1) << "a failed token's 429 says when to retry";
}

} // namespace
