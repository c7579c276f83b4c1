// Memory before authentication is bounded: many connections without a token, each sending
// the largest body the server allows, cannot make the server hold their bodies. Measured
// on the real process from /proc/<pid>/status, with the server's default limits.
#include "clinicfixture.h"
#include "rawclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <iostream>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

constexpr int kConnections = 200;
constexpr qint64 kLargestBody = 4 * 1024 * 1024; // ServerLimits::maxBodyBytes
constexpr qint64 kBoundKiB = 150 * 1024; // over idle, while they send
constexpr qint64 kSettledKiB = 32 * 1024; // over idle, after they close

/** One attacker connection that streams its body without holding it all in the test. */
struct Sender
{
    std::unique_ptr<RawClient> client;
    qint64 sent = 0;
    qint64 length = 0;
    bool answered = false;
};

class MemoryBoundTest : public ClinicTest
{
};

TEST_F(MemoryBoundTest, UnauthenticatedBodiesAreNotHeld)
{
    const qint64 pid = server().pid();
    const quint16 port = quint16(server().url().port());
    // Let start-up settle, then take idle as the smaller of a few readings.
    QThread::msleep(500);
    const qint64 idle = residentKiB(pid);
    ASSERT_GT(idle, 0);

    std::vector<Sender> senders(kConnections);
    for (int i = 0; i < kConnections; ++i) {
        // Four source addresses, as four clinics' worth of phones would come from.
        senders[i].client = std::make_unique<RawClient>(
            port, server().certificate(), u"127.0.0.%1"_s.arg(1 + i % 4));
    }
    const QByteArray chunk(64 * 1024, 'z');
    int handshakes = 0;
    for (int i = 0; i < kConnections; ++i) {
        Sender &s = senders[i];
        if (!s.client->handshake(20000))
            continue;
        ++handshakes;
        // Half go to the token-protected push with the largest body, half to enroll (which
        // needs no token) with the same: neither body may be kept.
        const QByteArray path = i % 2 ? "/v1/push"_ba : "/v1/enroll"_ba;
        s.length = kLargestBody;
        s.client->send("POST " + path
            + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\nContent-Length: "
            + QByteArray::number(s.length) + "\r\n\r\n");
    }
    ASSERT_EQ(handshakes, kConnections) << "every connection is within the default limits";

    qint64 peak = idle;
    QElapsedTimer timer;
    timer.start();
    int active = kConnections;
    while (active > 0 && timer.elapsed() < 120000) {
        active = 0;
        for (Sender &s : senders) {
            if (!s.client->isOpen() || s.sent >= s.length)
                continue;
            ++active;
            if (s.client->socket().bytesToWrite() < 256 * 1024) {
                const qint64 n = qMin<qint64>(chunk.size(), s.length - s.sent);
                s.client->socket().write(chunk.constData(), n);
                s.sent += n;
            }
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (Sender &s : senders)
            s.client->socket().waitForBytesWritten(0);
        peak = qMax(peak, residentKiB(pid));
    }
    int refused = 0;
    for (Sender &s : senders) {
        const QList<RawResponse> answer = s.client->read(1, 2000);
        if (!answer.isEmpty() && answer.first().status >= 400)
            ++refused;
        peak = qMax(peak, residentKiB(pid));
    }
    const qint64 whileSending = peak - idle;
    senders.clear();

    qint64 settled = residentKiB(pid);
    QElapsedTimer settling;
    settling.start();
    while (settled - idle > kSettledKiB && settling.elapsed() < 10000) {
        QThread::msleep(250);
        settled = residentKiB(pid);
    }
    std::cout << "[ memory   ] idle " << idle / 1024 << " MiB; peak over idle with " << kConnections
              << " connections " << whileSending / 1024 << " MiB; after they closed "
              << (settled - idle) / 1024 << " MiB over idle; " << refused << " refused"
              << std::endl;
    RecordProperty("idle_kib", int(idle));
    RecordProperty("peak_over_idle_kib", int(whileSending));
    RecordProperty("settled_over_idle_kib", int(settled - idle));
    EXPECT_EQ(refused, kConnections) << "every one is refused: no token, or a body too large";
    EXPECT_LT(whileSending, kBoundKiB) << "KiB over idle while they send";
    EXPECT_LT(settled - idle, kSettledKiB) << "KiB over idle after they closed";
    circle::v1::PullRequest request;
    request.set_protocol_version(1);
    const Therapist t = addTherapist(u"Ola Berg"_s);
    const Device phone = newPatient(createGroup(t, u"Group"_s), u"Patient"_s);
    EXPECT_EQ(api().call(u"/v1/pull"_s, request, nullptr, phone.token), 200);
}

} // namespace
