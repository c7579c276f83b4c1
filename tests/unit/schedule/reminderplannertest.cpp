#include "plannerfixture.h"

#include "schedule/localtime.h"
#include "schedule/seriesexpander.h"

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

// Tuesday 2026-11-24 18:00 in New York.
const qint64 TuesdayEvening = utcMs(2026, 11, 24, 23);

TEST_F(PlannerTest, RemindsADayAndAnHourBeforeASessionByDefault)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    EXPECT_EQ(when(newYork()),
        (QStringList { u"session@2026-11-23 18:00"_s, u"session@2026-11-24 17:00"_s }));
    const auto planned = plan();
    for (const auto &r : planned) {
        EXPECT_EQ(r.genericText, u"Circle: you have a reminder"_s);
        EXPECT_TRUE(r.detailText.isEmpty());
        EXPECT_EQ(r.displayText(), r.genericText);
        EXPECT_EQ(r.relatedId, QString::fromStdString(fakeId(1)));
        EXPECT_EQ(r.eventMs, TuesdayEvening);
        EXPECT_EQ(r.id, r.baseId);
    }
}

TEST_F(PlannerTest, LeadTimesComeFromThePreferences)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    m_in.preferences.clear_session_lead_minutes();
    m_in.preferences.add_session_lead_minutes(15);
    m_in.preferences.add_session_lead_minutes(15); // a duplicate is one reminder
    EXPECT_EQ(when(newYork()), QStringList { u"session@2026-11-24 17:45"_s });
    m_in.preferences.clear_session_lead_minutes();
    EXPECT_TRUE(plan().empty());
}

TEST_F(PlannerTest, DetailIsOptInAndNeverCarriesContent)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening), sessionAt(2, utcMs(2026, 11, 27, 23)) };
    addHomework(10, utcMs(2026, 11, 26, 1)); // Wednesday 20:00 in New York
    practiceAt(21, 0, { 1 });
    m_in.preferences.add_session_lead_minutes(3 * 24 * 60);
    m_in.preferences.set_detail_on_lock_screen(true);
    QStringList texts;
    for (const auto &r : plan()) {
        texts << r.detailText;
        EXPECT_EQ(r.displayText(), r.detailText);
        EXPECT_EQ(r.genericText, u"Circle: you have a reminder"_s);
    }
    EXPECT_EQ(texts,
        (QStringList { u"Group session tomorrow at 18:00"_s, u"Time for your daily practice"_s,
            u"Group session at 18:00"_s, u"Group session on Friday at 18:00"_s,
            u"Homework due tomorrow at 20:00"_s, u"Homework due today at 20:00"_s,
            u"Group session tomorrow at 18:00"_s, u"Group session at 18:00"_s }));
    for (const QString &t : std::as_const(texts))
        for (const auto *secret :
            { "Relapse", "Riverside", "letter", "drinking", "Dana", "honest" })
            EXPECT_FALSE(t.contains(QLatin1String(secret), Qt::CaseInsensitive)) << t.toStdString();
}

TEST_F(PlannerTest, NothingForCancelledDeletedOrNotAttendingSessions)
{
    auto cancelled
        = sessionAt(1, TuesdayEvening, 90, "America/New_York", v1::SESSION_STATUS_CANCELLED);
    auto deleted = sessionAt(2, TuesdayEvening + 3600000);
    deleted.mutable_meta()->set_deleted(true);
    auto moved = sessionAt(
        3, TuesdayEvening + 2 * 3600000, 90, "America/New_York", v1::SESSION_STATUS_MOVED);
    auto declined = sessionAt(4, TuesdayEvening + 3 * 3600000);
    m_in.sessions = { cancelled, deleted, moved, declined };
    addRsvp(20, 4, v1::RSVP_RESPONSE_NOT_ATTENDING, "0001");
    QStringList related;
    for (const auto &r : plan())
        related << r.relatedId;
    EXPECT_EQ(related, QStringList(2, QString::fromStdString(fakeId(3))));
}

TEST_F(PlannerTest, TheLatestAnswerCounts)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    addRsvp(20, 1, v1::RSVP_RESPONSE_NOT_ATTENDING, "0001");
    addRsvp(21, 1, v1::RSVP_RESPONSE_ATTENDING, "0002"); // changed their mind
    EXPECT_EQ(plan().size(), 2u);
    addRsvp(22, 1, v1::RSVP_RESPONSE_NOT_ATTENDING, "0003");
    EXPECT_TRUE(plan().empty());
    m_in.rsvps.back().mutable_meta()->set_deleted(true); // answer withdrawn
    m_in.rsvps.back().mutable_meta()->set_hlc("0004");
    EXPECT_EQ(plan().size(), 2u);
}

TEST_F(PlannerTest, AGroupsOwnLeadsReplaceTheUsualOnesForThatGroupOnly)
{
    auto other = sessionAt(2, TuesdayEvening + 3600000); // 19:00, another group
    other.set_group_id(fakeId(998));
    m_in.sessions = { sessionAt(1, TuesdayEvening), other };
    auto *own = m_in.preferences.add_group_leads();
    own->set_group_id(fakeId(999));
    own->add_lead_minutes(30);
    own->add_lead_minutes(-5); // nonsense from a bad record is ignored
    EXPECT_EQ(when(newYork()),
        (QStringList { u"session@2026-11-23 19:00"_s, u"session@2026-11-24 17:30"_s,
            u"session@2026-11-24 18:00"_s }));
    for (const auto &r : plan())
        if (r.dueMs == utcMs(2026, 11, 24, 22, 30)) {
            EXPECT_EQ(r.relatedId, QString::fromStdString(fakeId(1)));
        }

    // Listed with no leads: that group's sessions stay quiet; the other keeps the usual ones.
    own->clear_lead_minutes();
    EXPECT_EQ(when(newYork()),
        (QStringList { u"session@2026-11-23 19:00"_s, u"session@2026-11-24 18:00"_s }));
}

TEST_F(PlannerTest, AKindNoteForADeclinedSessionOnlyWhenThePatientWantsOne)
{
    m_in.sessions = { sessionAt(1, TuesdayEvening) };
    addRsvp(20, 1, v1::RSVP_RESPONSE_NOT_ATTENDING, "0001");
    EXPECT_TRUE(plan().empty());

    m_in.preferences.set_note_when_not_attending(true);
    EXPECT_EQ(when(newYork()), QStringList { u"skipped@2026-11-24 17:00"_s });
    m_in.preferences.set_detail_on_lock_screen(true);
    const auto planned = plan();
    ASSERT_EQ(planned.size(), 1u);
    EXPECT_EQ(planned[0].genericText, u"Circle: you have a reminder"_s);
    EXPECT_EQ(planned[0].detailText,
        u"Your group meets today at 18:00. You let them know you can't come, and you are "
        "still part of it."_s);
    EXPECT_FALSE(planned[0].detailText.contains(u"Relapse"_s));

    // At the group's shortest lead; none for a cancelled session; gone once they can come.
    auto *own = m_in.preferences.add_group_leads();
    own->set_group_id(fakeId(999));
    own->add_lead_minutes(24 * 60);
    own->add_lead_minutes(120);
    EXPECT_EQ(when(newYork()), QStringList { u"skipped@2026-11-24 16:00"_s });
    m_in.sessions[0].set_status(v1::SESSION_STATUS_CANCELLED);
    EXPECT_TRUE(plan().empty());
    m_in.sessions[0].set_status(v1::SESSION_STATUS_SCHEDULED);
    addRsvp(21, 1, v1::RSVP_RESPONSE_ATTENDING, "0002");
    EXPECT_EQ(when(newYork()),
        (QStringList { u"session@2026-11-23 18:00"_s, u"session@2026-11-24 16:00"_s }));
}

TEST_F(PlannerTest, HomeworkTheEveningBeforeAndTheMorningOf)
{
    addHomework(10, utcMs(2026, 11, 27, 1)); // Thursday 20:00 in New York
    EXPECT_EQ(when(newYork()),
        (QStringList { u"hw-evening@2026-11-25 19:00"_s, u"hw-morning@2026-11-26 08:00"_s }));

    // Due before 08:00: the morning reminder would come too late.
    m_in.assignments.clear();
    addHomework(11, utcMs(2026, 11, 26, 12)); // Thursday 07:00
    EXPECT_EQ(when(newYork()), QStringList { u"hw-evening@2026-11-25 19:00"_s });

    m_in.preferences.set_homework_reminders(false);
    EXPECT_TRUE(plan().empty());
}

TEST_F(PlannerTest, NothingForDoneOrDeletedHomework)
{
    addHomework(10, utcMs(2026, 11, 27, 1));
    addHomework(11, utcMs(2026, 11, 28, 1)).mutable_meta()->set_deleted(true);
    v1::HomeworkResponse draft;
    draft.set_assignment_id(fakeId(10));
    draft.set_text("half written");
    m_in.responses.push_back(draft);
    EXPECT_EQ(plan().size(), 2u); // a draft is not done
    v1::HomeworkResponse done = draft;
    done.set_done(true);
    m_in.responses.push_back(done);
    EXPECT_TRUE(plan().empty());
}

TEST_F(PlannerTest, DailyPracticeOnChosenWeekdaysInThePhonesZone)
{
    practiceAt(20, 0, { 1, 3 }); // Monday and Wednesday
    EXPECT_EQ(when(newYork()),
        (QStringList { u"practice@2026-11-23 20:00"_s, u"practice@2026-11-25 20:00"_s }));
    EXPECT_EQ(ids().first(), u"practice:2026-11-23"_s);
    m_planner.setHorizonDays(8); // next Monday comes into view
    EXPECT_EQ(ids().last(), u"practice:2026-11-30"_s);
    m_in.preferences.set_practice_minute_of_day(-1);
    EXPECT_TRUE(plan().empty());
}

TEST_F(PlannerTest, SessionRemindersFollowTheGroupAcrossUsDaylightSaving)
{
    // Weekly 18:00 sessions in New York across 2027-03-14; the phone is there too.
    SeriesSpec spec;
    spec.groupId = QString::fromStdString(fakeId(999));
    spec.timeZone = "America/New_York";
    spec.firstDate = QDate(2027, 3, 2);
    spec.startTime = QTime(18, 0);
    spec.count = 3;
    m_in.sessions = series::expand(spec).value();
    for (int i = 0; i < 3; ++i)
        m_in.sessions[size_t(i)].mutable_meta()->set_id(fakeId(i + 1));
    m_in.preferences.clear_session_lead_minutes();
    m_in.preferences.add_session_lead_minutes(60);
    m_clock.set(utcMs(2027, 3, 1, 12));
    m_planner.setHorizonDays(30);
    EXPECT_EQ(when(newYork()),
        (QStringList { u"session@2027-03-02 17:00"_s, u"session@2027-03-09 17:00"_s,
            u"session@2027-03-16 17:00"_s }));

    // "24 hours before" is elapsed time: across the change it reads 17:00 the day before.
    m_in.sessions = { sessionAt(
        1, resolveLocalTime(QDate(2027, 3, 14), QTime(18, 0), newYork()).toMSecsSinceEpoch()) };
    m_in.preferences.clear_session_lead_minutes();
    m_in.preferences.add_session_lead_minutes(24 * 60);
    EXPECT_EQ(when(newYork()), QStringList { u"session@2027-03-13 17:00"_s });
}

} // namespace
} // namespace circle::test
