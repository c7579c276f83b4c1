// One patient's token never reaches another patient's data, on any endpoint.
#include "clinicfixture.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
using circle::v1::PushResult;

namespace {

class IsolationTest : public ClinicTest
{
};

bool containsBytes(const std::string &haystack, const QByteArray &needle)
{
    return haystack.find(needle.toStdString()) != std::string::npos;
}

TEST_F(IsolationTest, PatientAReadsAndChangesNothingOfPatientB)
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const Therapist t = addTherapist(u"Ines Moreau"_s);
    const QString groupA = createGroup(t, u"Group A"_s);
    const QString groupB = createGroup(t, u"Group B"_s);
    const Device a = newPatient(groupA, u"Patient A"_s);
    const Device b = newPatient(groupB, u"Patient B"_s);
    const Device b2 = newPatient(groupA, u"Patient B2 in A's group"_s);

    // B (in another group) and B2 (in A's own group) write private and shared records.
    const QString secretId = newId();
    const QByteArray bSecret = "B-SECRET-7f3a"_ba;
    const auto bJournal
        = sealedMutation(u"journal_entry"_s, secretId, hlcAt(t0), opaqueSealed(bSecret));
    const auto bGoal
        = clearGoal(newId(), hlcAt(t0), groupB, QString::fromLatin1(bSecret + " goal"));
    const auto b2Goal = clearGoal(
        newId(), hlcAt(t0), groupA, QString::fromLatin1(bSecret + " goal in A's group"));
    push(b, { bJournal, bGoal });
    push(b2, { b2Goal });

    // Homework for B2 alone must not reach A, though they share a group.
    circle::v1::AssignHomeworkRequest hw;
    hw.set_protocol_version(1);
    hw.mutable_assignment()->set_group_id(groupA.toStdString());
    hw.mutable_assignment()->set_title(
        (QString::fromLatin1(bSecret) + u" homework"_s).toStdString());
    hw.set_patient_id(b2.patientId.toStdString());
    circle::v1::RecordResponse hwDone;
    ASSERT_EQ(api().call(u"/v1/therapist/homework"_s, hw, &hwDone, t.token), 200);

    // A writes under B's record id: that is A's own record, B's stays as it was.
    const auto aSameId
        = sealedMutation(u"journal_entry"_s, secretId, hlcAt(t0 + 100), opaqueSealed("A's own"_ba));
    EXPECT_EQ(push(a, { aSameId }).results(0).status(), PushResult::STATUS_APPLIED);
    // A replays B's mutation id: applied as A's own, never reported as B's duplicate.
    auto replay = bJournal;
    replay.set_record_id(newId().toStdString());
    replay.set_sealed(opaqueSealed("A's replay"_ba).toStdString());
    EXPECT_EQ(push(a, { replay }).results(0).status(), PushResult::STATUS_APPLIED);
    // A cannot share into B's group.
    EXPECT_EQ(
        push(a, { clearGoal(newId(), hlcAt(t0), groupB, u"into B's group"_s) }).results(0).status(),
        PushResult::STATUS_REJECTED);

    for (const auto &c : pullAll(secondDevice(a))) {
        const auto &m = c.mutation();
        EXPECT_FALSE(containsBytes(m.clear(), bSecret)) << m.record_type();
        EXPECT_NE(m.sealed(), bJournal.sealed());
        EXPECT_NE(m.group_id(), groupB.toStdString());
        EXPECT_NE(m.mutation_id(), bGoal.mutation_id());
        EXPECT_NE(m.mutation_id(), b2Goal.mutation_id());
        EXPECT_NE(m.record_id(), hwDone.record_id()) << "homework for another member";
    }
    bool bStillHasIts = false;
    for (const auto &c : pullAll(secondDevice(b)))
        bStillHasIts = bStillHasIts || c.mutation().sealed() == bJournal.sealed();
    EXPECT_TRUE(bStillHasIts);
    bool b2GetsHomework = false;
    for (const auto &c : pullAll(b2))
        b2GetsHomework = b2GetsHomework || c.mutation().record_id() == hwDone.record_id();
    EXPECT_TRUE(b2GetsHomework);

    // A device token is no therapist token.
    for (const char *path : { "/v1/therapist/shared", "/v1/therapist/groups",
             "/v1/therapist/sessions", "/v1/therapist/invites", "/v1/therapist/homework" }) {
        circle::v1::SharedItemsRequest request;
        request.set_protocol_version(1);
        request.set_group_id(groupA.toStdString());
        const HttpResult r = api().post(QString::fromLatin1(path),
            QByteArray::fromStdString(request.SerializeAsString()), a.token);
        EXPECT_EQ(r.status, 401) << path;
        EXPECT_FALSE(r.body.contains(bSecret)) << path;
    }
    // And a therapist token is no device token.
    circle::v1::PullRequest pull;
    pull.set_protocol_version(1);
    EXPECT_EQ(api().call(u"/v1/pull"_s, pull, nullptr, t.token), 401);
}

} // namespace
