// The therapist API: groups, sessions, homework, and reading what patients shared.
#include "clinicfixture.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

class TherapistTest : public ClinicTest
{
protected:
    template<typename Request>
    int post(const QString &path, Request request, const Therapist &t,
        circle::v1::RecordResponse *response = nullptr)
    {
        request.set_protocol_version(1);
        circle::v1::RecordResponse ignored;
        return api().call(path, request, response ? response : &ignored, t.token);
    }

    circle::v1::GroupSession session(qint64 startMs, const QString &id = {})
    {
        circle::v1::GroupSession s;
        s.mutable_meta()->set_id(id.toStdString());
        s.set_start_ms(startMs);
        s.set_end_ms(startMs + 90 * 60 * 1000);
        s.set_topic("Boundaries");
        return s;
    }
};

TEST_F(TherapistTest, ReadsOnlyWhatPatientsOfTheirOwnGroupsShared)
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const Therapist mine = addTherapist(u"Ada Quinn"_s);
    const Therapist theirs = addTherapist(u"Ben Ortiz"_s);
    const QString group = createGroup(mine, u"Wednesday group"_s);
    const QString otherGroup = createGroup(theirs, u"Friday group"_s);
    const Device p = newPatient(group, u"Patient W"_s);
    const Device q = newPatient(otherGroup, u"Patient F"_s);

    const QByteArray sealedCanary = "SEALED-CANARY-91c2"_ba;
    const QString goalId = newId();
    const QString privateGoalId = newId();
    const QList<circle::v1::Mutation> pushed = {
        sealedMutation(u"journal_entry"_s, newId(), hlcAt(t0), opaqueSealed(sealedCanary)),
        sealedMutation(
            u"goal"_s, privateGoalId, hlcAt(t0), opaqueSealed(sealedCanary + " private goal")),
        sealedMutation(
            u"homework_response"_s, newId(), hlcAt(t0), opaqueSealed(sealedCanary + " draft")),
        clearGoal(goalId, hlcAt(t0), group, u"Go to two meetings"_s),
        clearCheckIn(newId(), goalId, hlcAt(t0 + 1), group, u"went to one"_s),
        clearRsvp(newId(), newId(), hlcAt(t0), group),
        clearHomeworkResponse(
            newId(), newId(), hlcAt(t0), group, u"My trigger was the drive home"_s),
    };
    push(p, pushed);
    push(q, { clearGoal(newId(), hlcAt(t0), otherGroup, u"Other group's goal"_s) });

    int status = 0;
    const auto items = shared(mine, group, &status);
    ASSERT_EQ(status, 200);
    QSet<std::string> types;
    for (const auto &item : items) {
        types.insert(item.record_type());
        EXPECT_EQ(QString::fromStdString(item.patient_id()), p.patientId);
        EXPECT_EQ(item.patient_label(), "Patient W");
        EXPECT_EQ(item.clear().find(sealedCanary.toStdString()), std::string::npos);
        EXPECT_NE(item.record_id(), privateGoalId.toStdString());
        for (const auto &m : pushed)
            EXPECT_TRUE(m.sealed().empty() || item.clear() != m.sealed())
                << "a sealed body was handed out";
    }
    EXPECT_EQ(items.size(), 4);
    EXPECT_EQ(types, (QSet<std::string> { "goal", "goal_check_in", "rsvp", "homework_response" }));

    shared(mine, otherGroup, &status);
    EXPECT_EQ(status, 403) << "another therapist's group";
    shared(theirs, group, &status);
    EXPECT_EQ(status, 403);
    shared(mine, newId(), &status);
    EXPECT_EQ(status, 403) << "a group that does not exist looks the same as someone else's";
    EXPECT_EQ(shared(theirs, otherGroup, &status).size(), 1);
}

TEST_F(TherapistTest, GroupsSessionsAndHomeworkReachTheRightPhones)
{
    const Therapist t = addTherapist(u"Ada Quinn"_s);
    const Therapist other = addTherapist(u"Ben Ortiz"_s);

    circle::v1::CreateGroupRequest create;
    create.mutable_group()->set_name("Anxiety skills");
    create.mutable_group()->set_time_zone("Europe/Berlin");
    circle::v1::RecordResponse made;
    ASSERT_EQ(post(u"/v1/therapist/groups"_s, create, t, &made), 200);
    const QString group = QString::fromStdString(made.record_id());
    ASSERT_FALSE(group.isEmpty());
    create.mutable_group()->set_name("");
    EXPECT_EQ(post(u"/v1/therapist/groups"_s, create, t), 400) << "a group needs a name";

    const qint64 week = 7LL * 24 * 3600 * 1000;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + week;
    circle::v1::PutSessionsRequest sessions;
    sessions.set_group_id(group.toStdString());
    for (int i = 0; i < 3; ++i)
        *sessions.add_sessions() = session(start + i * week);
    circle::v1::RecordResponse sessionIds;
    ASSERT_EQ(post(u"/v1/therapist/sessions"_s, sessions, t, &sessionIds), 200);
    ASSERT_EQ(sessionIds.record_ids_size(), 3);
    EXPECT_EQ(sessionIds.record_id(), sessionIds.record_ids(0));
    EXPECT_EQ(post(u"/v1/therapist/sessions"_s, sessions, other), 403);

    // Move the second session by an hour: same id, new time.
    circle::v1::PutSessionsRequest move;
    move.set_group_id(group.toStdString());
    *move.add_sessions()
        = session(start + week + 3600 * 1000, QString::fromStdString(sessionIds.record_ids(1)));
    move.mutable_sessions(0)->set_status(circle::v1::SESSION_STATUS_MOVED);
    ASSERT_EQ(post(u"/v1/therapist/sessions"_s, move, t), 200);

    circle::v1::CreateInviteRequest invite;
    invite.set_group_id(group.toStdString());
    invite.set_patient_label("New member");
    circle::v1::CreateInviteResponse invited;
    invite.set_protocol_version(1);
    ASSERT_EQ(api().call(u"/v1/therapist/invites"_s, invite, &invited, t.token), 200);
    const Device phone = enroll(QString::fromStdString(invited.invite()));
    const Device neighbour = newPatient(group, u"Neighbour"_s);

    circle::v1::AssignHomeworkRequest homework;
    homework.mutable_assignment()->set_group_id(group.toStdString());
    homework.mutable_assignment()->set_title("Breathing, twice a day");
    circle::v1::RecordResponse groupHomework;
    ASSERT_EQ(post(u"/v1/therapist/homework"_s, homework, t, &groupHomework), 200);
    homework.mutable_assignment()->set_title("Just for the neighbour");
    homework.set_patient_id(neighbour.patientId.toStdString());
    circle::v1::RecordResponse personal;
    ASSERT_EQ(post(u"/v1/therapist/homework"_s, homework, t, &personal), 200);
    EXPECT_EQ(post(u"/v1/therapist/homework"_s, homework, other), 403);
    homework.set_patient_id(newId().toStdString());
    EXPECT_EQ(post(u"/v1/therapist/homework"_s, homework, t), 403) << "not a member of the group";

    int groups = 0;
    int homeworkSeen = 0;
    QSet<std::string> sessionSeen;
    for (const auto &c : pullAll(phone)) {
        EXPECT_TRUE(c.clinic_authored());
        const auto &m = c.mutation();
        EXPECT_EQ(m.group_id(), group.toStdString());
        if (m.record_type() == "group") {
            ++groups;
            circle::v1::Group g;
            ASSERT_TRUE(g.ParseFromString(m.clear()));
            EXPECT_EQ(g.name(), "Anxiety skills");
            EXPECT_EQ(g.facilitators(), "Ada Quinn");
        } else if (m.record_type() == "group_session") {
            sessionSeen.insert(m.record_id());
            circle::v1::GroupSession s;
            ASSERT_TRUE(s.ParseFromString(m.clear()));
            EXPECT_EQ(s.time_zone(), "Europe/Berlin");
            if (m.record_id() == sessionIds.record_ids(1)) {
                EXPECT_EQ(s.start_ms(), start + week + 3600 * 1000);
                EXPECT_EQ(s.status(), circle::v1::SESSION_STATUS_MOVED);
            }
        } else if (m.record_type() == "homework_assignment") {
            ++homeworkSeen;
            EXPECT_EQ(m.record_id(), groupHomework.record_id());
        }
    }
    EXPECT_EQ(groups, 1);
    EXPECT_EQ(sessionSeen.size(), 3);
    EXPECT_EQ(homeworkSeen, 1) << "homework for one other member stays with them";

    // Sessions of one group cannot be rewritten through another.
    circle::v1::CreateGroupRequest second;
    second.mutable_group()->set_name("Second group");
    circle::v1::RecordResponse secondMade;
    ASSERT_EQ(post(u"/v1/therapist/groups"_s, second, other, &secondMade), 200);
    circle::v1::PutSessionsRequest hijack;
    hijack.set_group_id(secondMade.record_id());
    *hijack.add_sessions() = session(start, QString::fromStdString(sessionIds.record_ids(0)));
    EXPECT_EQ(post(u"/v1/therapist/sessions"_s, hijack, other), 403);
}

} // namespace
