#include "democlinic.h"

#include "clinicservices.h"

#include "circle/v1/records.pb.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

const QString kTherapistName = u"Sam Okafor (demo)"_s;
const QString kGroupName = u"Tuesday Evening Recovery Group"_s;
const char kTimeZone[] = "America/Chicago";

// Twelve weeks of a process group, from getting acquainted to saying goodbye.
const char *const kTopics[] = {
    "Getting to know one another",
    "What brought each of us here",
    "Triggers and early warning signs",
    "Saying no: boundaries",
    "Shame, guilt and being kind to yourself",
    "Trust and the people around us",
    "Stress without using",
    "Anger and what sits under it",
    "Loss and grief",
    "A plan for slips",
    "Who we can call",
    "Looking back, looking ahead",
};

} // namespace

Outcome<DemoClinic> seedDemoClinic(ClinicServices &s, const QDate &today)
{
    DemoClinic demo;
    const auto groups = s.clinic.listGroups();
    if (!groups)
        return groups.error();
    for (const GroupSummary &g : groups.value()) {
        if (g.name == kGroupName)
            demo.groupId = g.id;
    }
    WriteTransaction tx(*s.database);
    if (!tx.active())
        return ApiError::storage();
    if (demo.groupId.isEmpty()) {
        const auto therapist = s.accounts.addTherapist(kTherapistName);
        if (!therapist)
            return therapist.error();
        demo.therapistToken = therapist.value().token;

        circle::v1::Group group;
        group.set_name(kGroupName.toStdString());
        group.set_description(
            "A weekly process group for people in early recovery. We talk about what is "
            "hard right now and practise saying it out loud.");
        group.set_kind(circle::v1::GROUP_KIND_PROCESS);
        group.set_open(false);
        group.set_time_zone(kTimeZone);
        group.set_agreement_version(1);
        group.set_agreement_text(
            "What is said in the group stays in the group. We arrive on time and sober. "
            "We speak for ourselves and let others finish. We may pass when we are not "
            "ready to speak. We do not meet members outside the group to use.");
        group.set_planned_sessions(12);
        const auto groupId = s.clinic.createGroup(Actor::admin(), group, therapist.value().id);
        if (!groupId)
            return groupId.error();
        demo.groupId = groupId.value();

        const QTimeZone zone(kTimeZone);
        QDate first = today.addDays(1);
        while (first.dayOfWeek() != Qt::Tuesday)
            first = first.addDays(1);
        QList<circle::v1::GroupSession> sessions;
        for (int i = 0; i < 12; ++i) {
            // Same wall-clock time every week, across daylight-saving changes.
            const QDateTime start(first.addDays(7 * i), QTime(18, 0), zone);
            circle::v1::GroupSession session;
            session.set_start_ms(start.toMSecsSinceEpoch());
            session.set_end_ms(start.addSecs(90 * 60).toMSecsSinceEpoch());
            session.set_place("Room 2, Lakeside Clinic");
            session.set_topic(kTopics[i]);
            session.set_number(i + 1);
            sessions.append(session);
        }
        const auto sessionIds = s.clinic.putSessions(Actor::admin(), demo.groupId, sessions);
        if (!sessionIds)
            return sessionIds.error();

        circle::v1::HomeworkAssignment homework;
        homework.set_group_id(demo.groupId.toStdString());
        homework.set_title("Notice one trigger");
        homework.set_instructions(
            "Once this week, when you feel the pull to use, write down where you were, "
            "who was there and what you felt just before. Bring one line of it to group.");
        homework.set_due_ms(QDateTime(first.addDays(7), QTime(12, 0), zone).toMSecsSinceEpoch());
        const auto homeworkId = s.clinic.assignHomework(Actor::admin(), homework, {});
        if (!homeworkId)
            return homeworkId.error();
    }
    const auto invite
        = s.accounts.createInvite(Actor::admin(), demo.groupId, u"Demo patient"_s, {});
    if (!invite)
        return invite.error();
    demo.invite = invite.value().invite;
    demo.patientId = invite.value().patientId;
    if (!tx.commit())
        return ApiError::storage();
    return demo;
}

} // namespace circle::server
