// Killing the server (SIGKILL) at any moment loses nothing it acknowledged and applies
// nothing twice.
#include "clinicfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
using circle::v1::PushResult;

namespace {

class DurabilityTest : public ClinicTest
{
};

TEST_F(DurabilityTest, AKilledServerLosesNothingAcknowledged)
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const Therapist t = addTherapist(u"Rui Costa"_s);
    const Device phone = newPatient(createGroup(t, u"Group"_s), u"Patient"_s);
    const Device reader = secondDevice(phone);
    const QString pin = server().pin();

    QSet<std::string> acknowledged;
    int counter = 0;
    auto batch = [&](int size) {
        QList<circle::v1::Mutation> out;
        for (int i = 0; i < size; ++i)
            out.append(sealedMutation(
                u"mood_check_in"_s, newId(), hlcAt(t0, ++counter), opaqueSealed("m"_ba)));
        return out;
    };

    // How long a 500-mutation push takes here, so the kills below land before, during and
    // after the server's transaction rather than always before it.
    QElapsedTimer timer;
    timer.start();
    const auto measured = batch(500);
    const auto measuredResults = push(phone, measured);
    const double full = double(timer.elapsed());
    for (const auto &r : measuredResults.results())
        ASSERT_EQ(r.status(), PushResult::STATUS_APPLIED);
    for (const auto &m : measured)
        acknowledged.insert(m.record_id());
    for (const double fraction : { 0.0, 0.3, 0.6, 0.8, 0.9, 0.95, 1.0, 1.1 }) {
        const int killAfterMs = int(full * fraction);
        const auto sure = batch(20);
        const auto sureResults = push(phone, sure);
        for (const auto &r : sureResults.results())
            ASSERT_EQ(r.status(), PushResult::STATUS_APPLIED);
        for (const auto &m : sure)
            acknowledged.insert(m.record_id());

        // A big push, and the server dies while it is in flight.
        const auto inFlight = batch(500);
        circle::v1::PushRequest request;
        request.set_protocol_version(1);
        for (const auto &m : inFlight)
            *request.add_mutations() = m;
        QTimer killer;
        killer.setSingleShot(true);
        QObject::connect(&killer, &QTimer::timeout, [this] { server().kill(); });
        killer.start(killAfterMs);
        const HttpResult r = api().post(
            u"/v1/push"_s, QByteArray::fromStdString(request.SerializeAsString()), phone.token);
        const bool killedInFlight = !killer.isActive();
        killer.stop();
        server().kill(); // when the push finished first
        EXPECT_TRUE(r.status == 200 || killedInFlight)
            << "a push failed on its own: " << r.errorString.toStdString();
        if (r.status == 200) {
            for (const auto &m : inFlight)
                acknowledged.insert(m.record_id());
        }

        restartServer();
        EXPECT_EQ(server().pin(), pin) << "the development certificate is kept";

        // The phone retries the batch it has no answer for: all of it was applied or none.
        const auto retried = push(phone, inFlight);
        const auto first = retried.results(0).status();
        EXPECT_TRUE(first == PushResult::STATUS_APPLIED || first == PushResult::STATUS_DUPLICATE);
        for (const auto &res : retried.results())
            ASSERT_EQ(res.status(), first)
                << "a push is one transaction (killed after " << killAfterMs << " ms)";
        if (r.status == 200) {
            EXPECT_EQ(first, PushResult::STATUS_DUPLICATE) << "acknowledged means stored";
        }
        for (const auto &m : inFlight)
            acknowledged.insert(m.record_id());
        std::printf("killed after %d ms: push %s, retry found it %s\n", killAfterMs,
            r.status == 200 ? "answered" : "cut off",
            first == PushResult::STATUS_DUPLICATE ? "stored" : "not stored");

        QSet<std::string> present;
        QSet<qint64> seqs;
        qint64 last = 0;
        for (const auto &c : pullAll(reader)) {
            if (c.clinic_authored())
                continue;
            EXPECT_FALSE(present.contains(c.mutation().record_id())) << "a record appears once";
            present.insert(c.mutation().record_id());
            EXPECT_GT(c.seq(), last);
            last = c.seq();
            seqs.insert(c.seq());
        }
        for (const auto &id : acknowledged)
            ASSERT_TRUE(present.contains(id))
                << "lost an acknowledged record (killed after " << killAfterMs << " ms)";
        EXPECT_EQ(present.size(), acknowledged.size());
    }
}

TEST_F(DurabilityTest, APullCutShortIsSimplyRepeated)
{
    const Therapist t = addTherapist(u"Rui Costa"_s);
    const Device phone = newPatient(createGroup(t, u"Group"_s), u"Patient"_s);
    const Device reader = secondDevice(phone);
    QList<circle::v1::Mutation> records;
    for (int i = 0; i < 300; ++i)
        records.append(sealedMutation(
            u"mood_check_in"_s, newId(), hlcAt(100, i), opaqueSealed(QByteArray(200, 'p'))));
    push(phone, records);
    const auto before = pullAll(reader);

    circle::v1::PullRequest request;
    request.set_protocol_version(1);
    request.set_limit(1000);
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, [this] { server().kill(); });
    killer.start(1);
    api().post(u"/v1/pull"_s, QByteArray::fromStdString(request.SerializeAsString()), reader.token);
    killer.stop();
    server().kill();
    restartServer();
    const auto after = pullAll(reader);
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].SerializeAsString(), before[i].SerializeAsString());
}

} // namespace
