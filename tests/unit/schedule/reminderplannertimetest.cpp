// The planner against the clock: daylight-saving changes, a travelling phone,
// quiet hours, the daily cap, snoozes, re-planning and late delivery.
#include "plannerfixture.h"

#include "schedule/localtime.h"
#include "schedule/seriesexpander.h"

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

const qint64 TuesdayEvening = utcMs(2026, 11, 24, 23); // 18:00 in New York

qint64 at(QDate day, QTime time, const QTimeZone &zone)
{
    return resolveLocalTime(day, time, zone).toMSecsSinceEpoch();
}

TEST_F(PlannerTest, PracticeKeepsItsLocalTimeAcrossTheEuAutumnChange)
{
    m_planner.setPhoneZone(berlin());
    m_clock.set(utcMs(2027, 10, 29, 10));
    m_planner.setHorizonDays(4);
    practiceAt(20, 0, { 1, 2, 3, 4, 5, 6, 7 });
    std::vector<qint64> due;
    for (const auto &r : plan())
        due.push_back(r.dueMs);
    EXPECT_EQ(due,
        (std::vector<qint64> { utcMs(2027, 10, 29, 18), utcMs(2027, 10, 30, 18),
            utcMs(2027, 10, 31, 19), utcMs(2027, 11, 1, 19) }));
}

TEST_F(PlannerTest, PracticeInTheSpringGapComesAfterIt)
{
    m_clock.set(utcMs(2027, 3, 13, 12));
    m_planner.setHorizonDays(2);
    practiceAt(2, 30, { 1, 2, 3, 4, 5, 6, 7 });
    EXPECT_EQ(when(newYork()),
        (QStringList { u"practice@2027-03-14 03:30"_s, u"practice@2027-03-15 02:30"_s }));
}

TEST_F(PlannerTest, ASessionInTheSpringGapIsRemindedOfAtItsRealTime)
{
    SeriesSpec spec;
    spec.groupId = QString::fromStdString(fakeId(999));
    spec.timeZone = "America/New_York";
    spec.firstDate = QDate(2027, 3, 14);
    spec.startTime = QTime(2, 30);
    spec.count = 1;
    m_in.sessions = series::expand(spec).value();
    m_in.sessions[0].mutable_meta()->set_id(fakeId(1));
    m_in.preferences.clear_session_lead_minutes();
    m_in.preferences.add_session_lead_minutes(60);
    m_in.preferences.set_detail_on_lock_screen(true);
    m_clock.set(utcMs(2027, 3, 13, 12));
    const auto planned = plan();
    ASSERT_EQ(planned.size(), 1u);
    EXPECT_EQ(planned[0].dueMs, utcMs(2027, 3, 14, 6, 30)); // 01:30 EST, an hour before 03:30 EDT
    EXPECT_EQ(planned[0].detailText, u"Group session at 03:30"_s);
}

TEST_F(PlannerTest, AnAmbiguousHourHappensOnce)
{
    SeriesSpec spec;
    spec.groupId = QString::fromStdString(fakeId(999));
    spec.timeZone = "America/New_York";
    spec.firstDate = QDate(2027, 11, 7);
    spec.startTime = QTime(1, 30);
    spec.count = 1;
    m_in.sessions = series::expand(spec).value();
    m_in.sessions[0].mutable_meta()->set_id(fakeId(1));
    m_in.preferences.clear_session_lead_minutes();
    m_in.preferences.add_session_lead_minutes(60);
    practiceAt(1, 30, { 7 });
    m_clock.set(utcMs(2027, 11, 6, 12));
    const auto planned = plan();
    ASSERT_EQ(planned.size(), 2u);
    EXPECT_EQ(planned[0].dueMs, utcMs(2027, 11, 7, 4, 30)); // session, 00:30 EDT
    EXPECT_EQ(planned[1].dueMs, utcMs(2027, 11, 7, 5, 30)); // practice, the first 01:30
    EXPECT_EQ(planned[1].id, u"practice:2027-11-07"_s);
}

TEST_F(PlannerTest, APhoneFlyingToLosAngelesMovesPracticeButNotSessions)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    practiceAt(20, 0, { 1, 2 });
    m_in.preferences.set_detail_on_lock_screen(true);
    const auto inNewYork = plan();
    ASSERT_EQ(inNewYork.size(), 4u);
    EXPECT_EQ(inNewYork[1].id, u"practice:2026-11-23"_s);
    EXPECT_EQ(inNewYork[1].dueMs, utcMs(2026, 11, 24, 1)); // 20:00 in New York

    // Landed: 12:00 in Los Angeles. The app sets the phone's new zone and re-plans.
    m_clock.set(utcMs(2026, 11, 23, 20));
    m_planner.setPhoneZone(losAngeles());
    const auto inLosAngeles = plan();
    ASSERT_EQ(inLosAngeles.size(), 4u);
    QHash<QString, qint64> due;
    for (const auto &r : inLosAngeles)
        due.insert(r.id, r.dueMs);
    EXPECT_EQ(due.value(u"practice:2026-11-23"_s), utcMs(2026, 11, 24, 4)); // 20:00 local again
    for (const auto &r : inNewYork)
        if (r.kind == ReminderKind::Session) {
            EXPECT_EQ(due.value(r.id), r.dueMs) << r.id.toStdString(); // fixed in the group's zone
        }
    // Detail speaks the phone's time: the New York 18:00 session is at 15:00 here.
    EXPECT_EQ(inLosAngeles[0].detailText, u"Group session tomorrow at 15:00"_s);
}

TEST_F(PlannerTest, PracticeDeliveredBeforeTheFlightIsNotRepeatedAfterIt)
{
    practiceAt(20, 0, { 1, 2 });
    m_clock.set(utcMs(2026, 11, 24, 1)); // 20:00 in New York
    const auto due = plan();
    ASSERT_FALSE(due.empty());
    ASSERT_EQ(due[0].id, u"practice:2026-11-23"_s);
    m_in.delivered.insert(due[0].id);

    m_clock.set(utcMs(2026, 11, 24, 2)); // 18:00 in Los Angeles, still the 23rd there
    m_planner.setPhoneZone(losAngeles());
    EXPECT_EQ(ids(), QStringList { u"practice:2026-11-24"_s });
}

TEST_F(PlannerTest, QuietHoursMoveRemindersToTheirEndOrDropThem)
{
    quietHours(22, 7);
    m_in.sessions = {
        sessionAt(1, at(QDate(2026, 11, 25), QTime(7, 30), newYork())),
        sessionAt(2, at(QDate(2026, 11, 26), QTime(23, 30), newYork())),
        sessionAt(3, at(QDate(2026, 11, 27), QTime(7, 0), newYork())),
    };
    QStringList got;
    for (const auto &r : plan())
        got << wall(r.dueMs, newYork()) + u" #"_s + r.relatedId.right(1);
    EXPECT_EQ(got,
        (QStringList {
            u"2026-11-24 07:30 #1"_s, // 24 h before, outside quiet hours
            u"2026-11-25 07:00 #1"_s, // 06:30 moved to the end of quiet hours, still before 07:30
            u"2026-11-26 07:00 #2"_s, // 23:30 the night before moved to the morning
            u"2026-11-26 07:00 #3"_s, // quiet hours end at 07:00, so 07:00 is not quiet
            // #2's 22:30 reminder would move past its start, #3's 06:00 one onto it: dropped
        }));
}

TEST_F(PlannerTest, QuietHoursWithinADayAndPracticeLateAtNight)
{
    quietHours(13, 15);
    practiceAt(14, 0, { 1 });
    EXPECT_EQ(when(newYork()), QStringList { u"practice@2026-11-23 15:00"_s });
    quietHours(22, 7);
    practiceAt(23, 0, { 1 });
    const auto planned = plan();
    ASSERT_EQ(planned.size(), 1u);
    EXPECT_EQ(wall(planned[0].dueMs, newYork()), u"2026-11-24 07:00"_s);
    EXPECT_EQ(planned[0].id, u"practice:2026-11-23"_s);
}

TEST_F(PlannerTest, TheDailyCapKeepsSessionsFirstAndStaysPutWhenReplanned)
{
    m_in.preferences.set_daily_cap(2);
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    addHomework(10, utcMs(2026, 11, 26, 1)); // Wednesday 20:00: evening reminder Tuesday 19:00
    addHomework(11, utcMs(2026, 11, 26, 2)); // Wednesday 21:00: evening reminder Tuesday 19:00
    practiceAt(20, 0, { 1, 2 });
    const QStringList tuesday = when(newYork()).filter(u"2026-11-24"_s);
    EXPECT_EQ(
        tuesday, (QStringList { u"session@2026-11-24 17:00"_s, u"hw-evening@2026-11-24 19:00"_s }));
    EXPECT_EQ(when(newYork()).filter(u"2026-11-23"_s).size(), 2); // session 24 h before + practice

    // Tuesday 17:30: the session reminder went out; nothing new squeezes in.
    for (const auto &r : plan())
        if (r.kind == ReminderKind::Session && wall(r.dueMs, newYork()).startsWith(u"2026-11-24"_s))
            m_in.delivered.insert(r.id);
    m_clock.set(utcMs(2026, 11, 24, 22, 30));
    EXPECT_EQ(
        when(newYork()).filter(u"2026-11-24"_s), QStringList { u"hw-evening@2026-11-24 19:00"_s });
    EXPECT_TRUE(ids().filter(fakeIdString(11) + u":"_s).filter(u"evening"_s).isEmpty());

    m_in.preferences.set_daily_cap(0); // 0: no cap
    EXPECT_EQ(when(newYork()).filter(u"2026-11-24"_s).size(), 3);
}

} // namespace
} // namespace circle::test
