#include "samples.h"

namespace circle::test {

v1::JournalEntry journal(const QString &text, qint64 writtenMs)
{
    v1::JournalEntry e;
    e.set_text(utf8(text));
    e.set_topic("boundaries");
    e.set_prompt_id("boundaries-1");
    e.set_mood(6);
    e.set_written_ms(writtenMs);
    return e;
}

v1::GratitudeEntry gratitude(const QString &text, qint64 writtenMs)
{
    v1::GratitudeEntry e;
    e.add_items(utf8(text));
    e.add_items("a slow breakfast");
    e.set_day("2026-11-23");
    e.set_written_ms(writtenMs);
    return e;
}

v1::MoodCheckIn mood(const QString &text, int score, qint64 atMs)
{
    v1::MoodCheckIn m;
    m.set_score(score);
    m.add_emotions("calm");
    m.set_note(utf8(text));
    m.set_at_ms(atMs);
    return m;
}

v1::Goal goal(const QString &text)
{
    v1::Goal g;
    g.set_title(utf8(text));
    g.set_why(utf8(QStringLiteral("Because ") + text));
    g.set_target_value(3);
    g.set_unit("meetings a week");
    g.set_start_date("2026-11-01");
    g.set_due_date("2027-01-31");
    g.add_steps()->set_text("Put the meetings in my calendar");
    g.set_status(v1::GOAL_STATUS_ACTIVE);
    return g;
}

v1::GoalCheckIn goalCheckIn(const QString &goalId, const QString &text, double value, qint64 atMs)
{
    v1::GoalCheckIn c;
    c.set_goal_id(utf8(goalId));
    c.set_value(value);
    c.set_note(utf8(text));
    c.set_at_ms(atMs);
    return c;
}

v1::Group group(const QString &text)
{
    v1::Group g;
    g.set_name(utf8(text));
    g.set_description("Weekly process group");
    g.set_kind(v1::GROUP_KIND_PROCESS);
    g.set_time_zone("America/New_York");
    g.set_facilitators("Dr. Rivera");
    g.set_agreement_version(1);
    g.set_agreement_text("What is said here stays here.");
    g.set_planned_sessions(12);
    return g;
}

v1::GroupSession session(const QString &groupId, const QString &text, qint64 startMs)
{
    v1::GroupSession s;
    s.set_group_id(utf8(groupId));
    s.set_start_ms(startMs);
    s.set_end_ms(startMs + 90 * 60 * 1000);
    s.set_time_zone("America/New_York");
    s.set_place("Room 2");
    s.set_topic(utf8(text));
    s.set_status(v1::SESSION_STATUS_SCHEDULED);
    s.set_number(1);
    return s;
}

v1::Rsvp rsvp(const QString &sessionId, const QString &text)
{
    v1::Rsvp r;
    r.set_session_id(utf8(sessionId));
    r.set_response(v1::RSVP_RESPONSE_NOT_ATTENDING);
    r.set_reason(utf8(text));
    return r;
}

v1::HomeworkAssignment assignment(const QString &groupId, const QString &text, qint64 dueMs)
{
    v1::HomeworkAssignment a;
    a.set_group_id(utf8(groupId));
    a.set_title(utf8(text));
    a.set_instructions("Write for ten minutes.");
    a.set_due_ms(dueMs);
    return a;
}

v1::HomeworkResponse homeworkResponse(const QString &assignmentId, const QString &text)
{
    v1::HomeworkResponse r;
    r.set_assignment_id(utf8(assignmentId));
    r.set_text(utf8(text));
    return r;
}

v1::ReminderPreferences reminderPreferences()
{
    v1::ReminderPreferences p;
    p.add_session_lead_minutes(24 * 60);
    p.add_session_lead_minutes(60);
    p.set_homework_reminders(true);
    p.set_practice_minute_of_day(20 * 60);
    for (int d = 1; d <= 7; ++d)
        p.add_practice_weekdays(d);
    p.set_quiet_start_minute(22 * 60);
    p.set_quiet_end_minute(7 * 60);
    p.set_daily_cap(4);
    return p;
}

v1::SafetyPlan safetyPlan(const QString &text)
{
    v1::SafetyPlan p;
    p.add_warning_signs(utf8(text));
    p.add_coping_steps("Walk around the block");
    auto *friendContact = p.add_people_and_places();
    friendContact->set_name("Sam");
    friendContact->set_phone("+1 555 0100");
    auto *crisis = p.add_crisis_contacts();
    crisis->set_name("988 Suicide & Crisis Lifeline");
    crisis->set_phone("988");
    return p;
}

v1::AgreementAck agreementAck(const QString &groupId, qint64 atMs)
{
    v1::AgreementAck a;
    a.set_group_id(utf8(groupId));
    a.set_agreement_version(1);
    a.set_acknowledged_ms(atMs);
    return a;
}

} // namespace circle::test
