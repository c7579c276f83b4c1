// Snoozes, stable ids across re-planning, and reminders a sleeping phone missed.
#include "plannerfixture.h"

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

constexpr qint64 Minute = 60 * 1000;
const qint64 TuesdayEvening = utcMs(2026, 11, 24, 23); // 18:00 in New York
const qint64 HourBefore = TuesdayEvening - 60 * Minute;

TEST_F(PlannerTest, SnoozeChoices)
{
    const qint64 now = m_clock.nowMs(); // Monday 04:00 in New York
    const auto prefs = m_in.preferences;
    EXPECT_EQ(m_planner.snoozeUntil(SnoozeChoice::TenMinutes, prefs), now + 10 * Minute);
    EXPECT_EQ(m_planner.snoozeUntil(SnoozeChoice::OneHour, prefs), now + 60 * Minute);
    EXPECT_EQ(m_planner.snoozeUntil(SnoozeChoice::Tonight, prefs), utcMs(2026, 11, 24, 1)); // 20:00

    m_clock.set(utcMs(2026, 11, 24, 0, 45)); // 19:45: tonight is too close, so an hour
    EXPECT_EQ(m_planner.snoozeUntil(SnoozeChoice::Tonight, prefs), m_clock.nowMs() + 60 * Minute);

    m_clock.set(utcMs(2026, 11, 23, 15)); // 10:00, with quiet hours from 19:30
    auto quiet = prefs;
    quiet.set_quiet_start_minute(19 * 60 + 30);
    quiet.set_quiet_end_minute(7 * 60);
    EXPECT_EQ(m_planner.snoozeUntil(SnoozeChoice::Tonight, quiet), utcMs(2026, 11, 24, 0)); // 19:00
}

TEST_F(PlannerTest, ASnoozedReminderComesBackOnceAtItsNewTime)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    m_clock.set(HourBefore);
    const auto due = plan();
    ASSERT_EQ(due.size(), 1u);
    const QString base = due[0].id;
    m_in.delivered.insert(base);

    const qint64 until = m_planner.snoozeUntil(SnoozeChoice::TenMinutes, m_in.preferences);
    m_in.snoozes.push_back({ base, until });
    auto again = plan();
    ASSERT_EQ(again.size(), 1u);
    EXPECT_TRUE(again[0].snoozed);
    EXPECT_EQ(again[0].baseId, base);
    EXPECT_NE(again[0].id, base);
    EXPECT_EQ(again[0].dueMs, until);
    EXPECT_EQ(again[0].relatedId, due[0].relatedId);

    m_clock.advance(3 * Minute); // re-planned: same id, so nothing doubles up
    EXPECT_EQ(ids(), QStringList { again[0].id });
    m_in.delivered.insert(again[0].id);
    EXPECT_TRUE(plan().empty());

    // Snoozing the snoozed one (by the id it was shown under): the newer
    // snooze replaces the older.
    EXPECT_EQ(ReminderPlanner::baseIdOf(again[0].id), base);
    m_in.snoozes.push_back({ again[0].id, until + 30 * Minute });
    ASSERT_EQ(plan().size(), 1u);
    EXPECT_EQ(plan()[0].dueMs, until + 30 * Minute);
    EXPECT_EQ(plan()[0].baseId, base);
}

TEST_F(PlannerTest, SnoozesIgnoreQuietHoursAndTheCap)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    m_clock.set(HourBefore);
    const QString base = plan().at(0).id;
    m_in.delivered.insert(base);
    quietHours(17, 7); // from 17:00, i.e. the snooze's time
    m_in.preferences.set_daily_cap(1);
    m_in.snoozes.push_back({ base, HourBefore + 10 * Minute });
    EXPECT_EQ(when(newYork()), QStringList { u"session@2026-11-24 17:10"_s });
}

TEST_F(PlannerTest, ASnoozeVanishesWithItsReason)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    m_clock.set(HourBefore);
    const QString base = plan().at(0).id;
    m_in.delivered.insert(base);
    m_in.snoozes.push_back({ base, HourBefore + 10 * Minute });
    m_in.sessions[0].set_status(v1::SESSION_STATUS_CANCELLED);
    EXPECT_TRUE(plan().empty());

    // Past the end of the session it is no longer worth saying.
    m_in.sessions[0].set_status(v1::SESSION_STATUS_SCHEDULED);
    m_in.snoozes = { { base, TuesdayEvening + 2 * 60 * Minute } };
    EXPECT_TRUE(plan().empty());

    // Homework marked done after a snooze: nothing more.
    m_in.sessions.clear();
    m_in.snoozes.clear();
    addHomework(10, utcMs(2026, 11, 26, 1));
    m_clock.set(utcMs(2026, 11, 25, 0)); // Tuesday 19:00, the evening reminder
    const QString hw = plan().at(0).id;
    m_in.delivered.insert(hw);
    m_in.snoozes.push_back({ hw, m_clock.nowMs() + 60 * Minute });
    EXPECT_EQ(plan().at(0).baseId, hw);
    v1::HomeworkResponse done;
    done.set_assignment_id(fakeId(10));
    done.set_done(true);
    m_in.responses.push_back(done);
    EXPECT_TRUE(plan().empty());
}

TEST_F(PlannerTest, IdsAreStableAcrossReplanningAndNewWhenASessionMoves)
{
    m_in.sessions
        = { sessionAt(1, TuesdayEvening), sessionAt(2, TuesdayEvening + 7 * 24 * 60 * Minute) };
    addHomework(10, utcMs(2026, 11, 27, 1));
    practiceAt(20, 0, { 1, 2, 3, 4, 5, 6, 7 });
    const QStringList first = ids();
    m_clock.advance(5 * 60 * Minute);
    const QStringList later = ids();
    for (const QString &id : later) {
        if (!first.contains(id)) { // only reminders that came into the horizon are new
            EXPECT_TRUE(id.startsWith(u"practice:2026-11-30"_s) || id.contains(fakeIdString(2)))
                << id.toStdString();
        }
    }

    // The clinic moves session 1 by an hour: its reminders are new ones.
    const QStringList before = ids().filter(fakeIdString(1));
    m_in.sessions[0].set_start_ms(TuesdayEvening + 60 * Minute);
    m_in.sessions[0].set_end_ms(TuesdayEvening + 150 * Minute);
    const QStringList after = ids().filter(fakeIdString(1));
    ASSERT_EQ(after.size(), 2);
    for (const QString &id : after)
        EXPECT_FALSE(before.contains(id));
}

TEST_F(PlannerTest, AReminderMissedByAFewMinutesIsStillSaid)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    m_clock.set(HourBefore + 5 * Minute);
    EXPECT_EQ(when(newYork()), QStringList { u"session@2026-11-24 17:00"_s });
    m_clock.set(HourBefore + 20 * Minute); // past the 15-minute grace
    EXPECT_TRUE(plan().empty());
    m_planner.setLateGraceMs(2 * 60 * Minute);
    EXPECT_EQ(plan().size(), 1u);
    m_clock.set(TuesdayEvening + 5 * Minute); // the session has begun: too late to remind
    EXPECT_TRUE(plan().empty());
}

} // namespace
} // namespace circle::test
