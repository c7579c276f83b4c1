#pragma once

#include "schedulehelpers.h"

#include "clock.h"
#include "schedule/reminderplanner.h"

#include <gtest/gtest.h>

#include <QStringList>

namespace circle::test {

/** A planner with a hand-set clock and phone zone, and inputs a test fills in. */
class PlannerTest : public ::testing::Test
{
protected:
    PlannerTest()
    {
        m_planner.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_in.preferences = ReminderPlanner::defaultPreferences();
    }

    std::vector<Reminder> plan() const { return m_planner.plan(m_in); }

    QStringList ids() const
    {
        QStringList out;
        for (const auto &r : plan())
            out << r.id;
        return out;
    }

    /** Each reminder as "kind@wall-clock in zone". */
    QStringList when(const QTimeZone &zone) const
    {
        QStringList out;
        for (const auto &r : plan())
            out << kindName(r.kind) + u'@' + wall(r.dueMs, zone);
        return out;
    }

    static QString kindName(ReminderKind kind)
    {
        switch (kind) {
        case ReminderKind::Session:
            return QStringLiteral("session");
        case ReminderKind::HomeworkEvening:
            return QStringLiteral("hw-evening");
        case ReminderKind::HomeworkMorning:
            return QStringLiteral("hw-morning");
        case ReminderKind::Practice:
            return QStringLiteral("practice");
        case ReminderKind::SessionSkipped:
            return QStringLiteral("skipped");
        }
        return {};
    }

    void practiceAt(int hour, int minute, std::initializer_list<int> weekdays)
    {
        m_in.preferences.set_practice_minute_of_day(hour * 60 + minute);
        m_in.preferences.clear_practice_weekdays();
        for (int d : weekdays)
            m_in.preferences.add_practice_weekdays(d);
    }

    void quietHours(int startHour, int endHour)
    {
        m_in.preferences.set_quiet_start_minute(startHour * 60);
        m_in.preferences.set_quiet_end_minute(endHour * 60);
    }

    v1::HomeworkAssignment &addHomework(int n, qint64 dueMs)
    {
        v1::HomeworkAssignment a;
        a.mutable_meta()->set_id(fakeId(n));
        a.set_group_id(fakeId(999));
        a.set_title("Write a letter to your younger self about drinking");
        a.set_instructions("Be honest about what you lost.");
        a.set_due_ms(dueMs);
        m_in.assignments.push_back(a);
        return m_in.assignments.back();
    }

    void addRsvp(int n, int sessionN, v1::RsvpResponse response, const char *hlc)
    {
        v1::Rsvp r;
        r.mutable_meta()->set_id(fakeId(n));
        r.mutable_meta()->set_hlc(hlc);
        r.set_session_id(fakeId(sessionN));
        r.set_response(response);
        r.set_reason("My sponsor Dana needs me that evening");
        m_in.rsvps.push_back(r);
    }

    // Monday 2026-11-23, 09:00 UTC = 04:00 in New York.
    ManualClock m_clock { utcMs(2026, 11, 23, 9) };
    ReminderPlanner m_planner { m_clock, newYork() };
    ReminderInputs m_in;
};

} // namespace circle::test
