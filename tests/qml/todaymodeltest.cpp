#include "storetestbase.h"

#include "appshell/appshell.h"
#include "repository.h"
#include "today/todaymodel.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class TodayModelTest : public test::StoreTestBase
{
protected:
    // English as the app installs it, with its plural forms ("2 days").
    void SetUp() override
    {
        StoreTestBase::SetUp();
        ASSERT_TRUE(AppShell::loadTranslation(m_english, u"en"_s));
        QCoreApplication::installTranslator(&m_english);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_english); }

    QTranslator m_english;

    std::unique_ptr<TodayModel> makeModel()
    {
        auto model = std::make_unique<TodayModel>(*m_store, m_clock);
        model->setTimeZone(QTimeZone::utc());
        return model;
    }
};

} // namespace

TEST_F(TodayModelTest, EmptyStoreHasNoSessionAndZeroCounts)
{
    auto model = makeModel();
    EXPECT_FALSE(model->hasNextSession());
    EXPECT_EQ(model->journalEntriesThisWeek(), 0);
    EXPECT_EQ(model->gratitudeEntriesThisWeek(), 0);
    EXPECT_EQ(model->greeting(), u"Good morning"_s);
    EXPECT_EQ(model->dateLabel(), u"Tuesday 12 March"_s);
    EXPECT_TRUE(model->errorMessage().isEmpty());
}

TEST_F(TodayModelTest, NextSessionSkipsPastAndCancelled)
{
    addSession(Now - DayMs, v1::SESSION_STATUS_SCHEDULED, "Past");
    addSession(Now + 2 * HourMs, v1::SESSION_STATUS_CANCELLED, "Cancelled");
    addSession(Now + 2 * DayMs + 8 * HourMs, v1::SESSION_STATUS_SCHEDULED, "Urge surfing");
    auto model = makeModel();
    ASSERT_TRUE(model->hasNextSession());
    EXPECT_EQ(model->nextSessionTitle(), u"Urge surfing"_s);
    EXPECT_EQ(model->nextSessionTopic(), u"Urge surfing"_s);
    EXPECT_EQ(model->nextSessionGroupName(), u"Thursday skills group"_s);
    EXPECT_EQ(model->nextSessionStart(),
        QDateTime::fromMSecsSinceEpoch(Now + 2 * DayMs + 8 * HourMs, QTimeZone::utc()));
    EXPECT_EQ(model->nextSessionWhen(), u"Thursday, 18:00 – 19:30"_s);
    EXPECT_EQ(model->nextSessionPlace(), u"Room 2"_s);
    EXPECT_FALSE(model->nextSessionMoved());
    EXPECT_FALSE(model->nextSessionInProgress());
}

TEST_F(TodayModelTest, DescribesTodayTomorrowAndLater)
{
    addSession(Now + 8 * HourMs, v1::SESSION_STATUS_SCHEDULED);
    auto model = makeModel();
    EXPECT_EQ(model->nextSessionWhen(), u"Today, 18:00 – 19:30"_s);
    m_clock.advance(10 * HourMs); // Tuesday 20:00, after it ended
    addSession(Now + DayMs + 8 * HourMs, v1::SESSION_STATUS_SCHEDULED);
    model->refresh();
    EXPECT_EQ(model->nextSessionWhen(), u"Tomorrow, 18:00 – 19:30"_s);
    m_clock.advance(DayMs);
    addSession(Now + 20 * DayMs + 8 * HourMs, v1::SESSION_STATUS_SCHEDULED);
    model->refresh();
    EXPECT_EQ(model->nextSessionWhen(), u"Monday 1 April, 18:00 – 19:30"_s);
}

TEST_F(TodayModelTest, SessionInProgressStaysUntilItEnds)
{
    addSession(Now - HourMs, v1::SESSION_STATUS_MOVED, "Relapse prevention");
    auto model = makeModel();
    ASSERT_TRUE(model->hasNextSession());
    EXPECT_TRUE(model->nextSessionInProgress());
    EXPECT_TRUE(model->nextSessionMoved());
    EXPECT_EQ(model->nextSessionWhen(), u"Now, until 10:30"_s);
    m_clock.advance(HourMs);
    model->refresh();
    EXPECT_FALSE(model->hasNextSession());
}

TEST_F(TodayModelTest, TitleFallsBackToGroupAndPlaceToOnline)
{
    addSession(Now + HourMs, v1::SESSION_STATUS_SCHEDULED, "", "", "https://video.example/room");
    auto model = makeModel();
    EXPECT_EQ(model->nextSessionTitle(), u"Thursday skills group"_s);
    EXPECT_EQ(model->nextSessionPlace(), u"Online"_s);
}

TEST_F(TodayModelTest, CountsTodayAndTheSixDaysBefore)
{
    addJournal(Now);
    addJournal(Now - 6 * DayMs - 10 * HourMs); // Wednesday 00:00, the first day shown
    addJournal(Now - 6 * DayMs - 10 * HourMs - 1); // Tuesday a week ago: not shown
    addJournal(Now - 7 * DayMs);
    addJournal(Now + 1); // not written yet
    addGratitude(Now - HourMs);
    addGratitude(Now - 8 * DayMs);
    auto model = makeModel();
    EXPECT_EQ(model->journalEntriesThisWeek(), 2);
    EXPECT_EQ(model->gratitudeEntriesThisWeek(), 1);
    // The same days as the practice row: the counts never disagree with it.
    EXPECT_EQ(model->daysPracticedThisWeek(), 2);
}

TEST_F(TodayModelTest, RefreshSignalsOnlyWhenSomethingChanged)
{
    auto model = makeModel();
    QSignalSpy spy(model.get(), &TodayModel::changed);
    model->refresh();
    EXPECT_EQ(spy.count(), 0);

    addJournal(Now - HourMs);
    model->refresh();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(model->journalEntriesThisWeek(), 1);

    addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Boundaries");
    model->refresh();
    EXPECT_EQ(spy.count(), 2);
    EXPECT_TRUE(model->hasNextSession());

    m_clock.advance(1000); // a second later nothing visible differs
    model->refresh();
    EXPECT_EQ(spy.count(), 2);
}

TEST_F(TodayModelTest, GreetingFollowsTheHour)
{
    auto model = makeModel();
    const std::pair<int, const char16_t *> cases[] = {
        { 2, u"Hello" },
        { 6, u"Good morning" },
        { 13, u"Good afternoon" },
        { 21, u"Good evening" },
    };
    for (const auto &[hour, greeting] : cases) {
        m_clock.set(Now - 10 * HourMs + hour * HourMs);
        model->refresh();
        EXPECT_EQ(model->greeting(), QString::fromUtf16(greeting)) << "hour " << hour;
    }
}

TEST_F(TodayModelTest, CountsDownToTheNextSession)
{
    addSession(Now + 8 * HourMs, v1::SESSION_STATUS_SCHEDULED); // today 18:00
    auto model = makeModel();
    EXPECT_EQ(model->nextSessionStartsIn(), u"Starts in 8 hours"_s);
    EXPECT_TRUE(model->nextSessionCanRespond());
    m_clock.advance(7 * HourMs + 20 * 60 * 1000); // 17:20
    model->refresh();
    EXPECT_EQ(model->nextSessionStartsIn(), u"Starts in 40 minutes"_s);
    m_clock.advance(39 * 60 * 1000 + 30 * 1000); // 17:59:30
    model->refresh();
    EXPECT_EQ(model->nextSessionStartsIn(), u"Starts in less than a minute"_s);
    m_clock.advance(60 * 1000); // running: "Now, until …" says it, and answering is over
    model->refresh();
    EXPECT_TRUE(model->nextSessionInProgress());
    EXPECT_TRUE(model->nextSessionStartsIn().isEmpty());
    EXPECT_FALSE(model->nextSessionCanRespond());
}

TEST_F(TodayModelTest, CountsDaysAheadByTheCalendar)
{
    // Thursday 08:00 is 46 hours away but two calendar days, as "Thursday" reads.
    addSession(Now + 2 * DayMs - 2 * HourMs, v1::SESSION_STATUS_SCHEDULED);
    auto model = makeModel();
    EXPECT_EQ(model->nextSessionStartsIn(), u"Starts in 2 days"_s);
    // Whole hours, rounded down: never more time left than there is, and
    // 23 h 59 min is not "24 hours".
    m_clock.set(Now + 2 * DayMs - 2 * HourMs - 110 * 60 * 1000);
    model->refresh();
    EXPECT_EQ(model->nextSessionStartsIn(), u"Starts in 1 hour"_s);
    m_clock.set(Now + DayMs - 2 * HourMs + 60 * 1000); // Wednesday 08:01
    model->refresh();
    EXPECT_EQ(model->nextSessionStartsIn(), u"Starts in 23 hours"_s);
}

TEST_F(TodayModelTest, ShowsThePatientsAnswerToTheNextSession)
{
    const std::string sessionId = addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED);
    auto model = makeModel();
    EXPECT_EQ(model->nextSessionId(), QString::fromStdString(sessionId));
    EXPECT_FALSE(model->nextSessionAttending());
    EXPECT_FALSE(model->nextSessionNotAttending());
    EXPECT_TRUE(model->nextSessionAnswer().isEmpty());

    Repository<v1::Rsvp> rsvps(*m_store);
    v1::Rsvp rsvp;
    rsvp.set_session_id(sessionId);
    rsvp.set_response(v1::RSVP_RESPONSE_ATTENDING);
    auto stored = rsvps.create(rsvp);
    ASSERT_TRUE(stored.ok());
    QSignalSpy spy(model.get(), &TodayModel::changed);
    QSignalSpy session(model.get(), &TodayModel::sessionChanged);
    QSignalSpy practice(model.get(), &TodayModel::practiceChanged);
    model->refresh();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(session.count(), 1);
    EXPECT_EQ(practice.count(), 0); // the rows below are not rebuilt for it
    EXPECT_TRUE(model->nextSessionAttending());
    EXPECT_EQ(model->nextSessionAnswer(), u"You're going"_s);

    rsvp = stored.value();
    rsvp.set_response(v1::RSVP_RESPONSE_NOT_ATTENDING);
    rsvp.set_reason("Working late");
    ASSERT_TRUE(rsvps.update(rsvp).ok());
    model->refresh();
    EXPECT_FALSE(model->nextSessionAttending());
    EXPECT_TRUE(model->nextSessionNotAttending());
    EXPECT_EQ(model->nextSessionReason(), u"Working late"_s);
    EXPECT_EQ(model->nextSessionAnswer(), u"You can't go; your facilitator knows"_s);

    // Once it runs, the answer no longer asks for anything.
    m_clock.advance(DayMs + HourMs);
    model->refresh();
    EXPECT_TRUE(model->nextSessionInProgress());
    EXPECT_TRUE(model->nextSessionAnswer().isEmpty());
}

TEST_F(TodayModelTest, HomeworkDueIsOpenWorkNearNow)
{
    Repository<v1::HomeworkAssignment> assignments(*m_store);
    auto assign = [&](const char *title, qint64 dueMs) {
        v1::HomeworkAssignment a;
        a.set_group_id(m_groupId);
        a.set_title(title);
        a.set_due_ms(dueMs);
        auto r = assignments.putFromClinic(a);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value().meta().id() : std::string();
    };
    assign("Long missed", Now - 20 * DayMs);
    assign("List three triggers", Now - 2 * DayMs);
    assign("Say no once", Now + 3 * DayMs);
    const std::string done = assign("Already done", Now + DayMs);
    assign("Thank someone", Now + 5 * DayMs);
    assign("Breathing practice", Now + 6 * DayMs);
    assign("Far ahead", Now + 8 * DayMs);
    v1::HomeworkResponse response;
    response.set_assignment_id(done);
    response.set_done(true);
    ASSERT_TRUE(Repository<v1::HomeworkResponse>(*m_store).create(response).ok());
    // Two phones each answered this one before they synced: the newer answer,
    // not done, is the one that counts, so it is still due.
    const std::string twice = assign("Answered twice", Now + 4 * DayMs);
    m_clock.set(Now - 2 * HourMs);
    v1::HomeworkResponse older;
    older.set_assignment_id(twice);
    older.set_done(true);
    ASSERT_TRUE(Repository<v1::HomeworkResponse>(*m_store).create(older).ok());
    m_clock.set(Now - HourMs);
    v1::HomeworkResponse newer;
    newer.set_assignment_id(twice);
    newer.set_text("Started again");
    ASSERT_TRUE(Repository<v1::HomeworkResponse>(*m_store).create(newer).ok());
    m_clock.set(Now);

    auto model = makeModel();
    EXPECT_EQ(model->homeworkDueCount(), 5);
    const QVariantList due = model->homeworkDue();
    ASSERT_EQ(due.size(), TodayModel::MaxHomeworkShown);
    const QVariantMap first = due[0].toMap();
    EXPECT_EQ(first[u"title"_s].toString(), u"List three triggers"_s);
    EXPECT_TRUE(first[u"overdue"_s].toBool());
    EXPECT_EQ(first[u"dueText"_s].toString(),
        u"Was due Sunday 10 March. It still counts whenever you do it."_s);
    EXPECT_EQ(due[1].toMap()[u"title"_s].toString(), u"Say no once"_s);
    EXPECT_EQ(due[1].toMap()[u"dueText"_s].toString(), u"Due Friday 15 March"_s);
    EXPECT_FALSE(due[1].toMap()[u"overdue"_s].toBool());
    EXPECT_EQ(due[2].toMap()[u"title"_s].toString(), u"Answered twice"_s);
}

// Homework that cannot be read is said to be so on its card, never shown as
// "nothing due".
TEST_F(TodayModelTest, UnreadableHomeworkIsNotNothingDue)
{
    v1::HomeworkAssignment a;
    a.set_group_id(m_groupId);
    a.set_title("Say no once");
    a.set_due_ms(Now + DayMs);
    ASSERT_TRUE(Repository<v1::HomeworkAssignment>(*m_store).putFromClinic(a).ok());
    auto model = makeModel();
    EXPECT_EQ(model->homeworkDueCount(), 1);
    EXPECT_FALSE(model->homeworkUnreadable());

    // The stored record is damaged, as a bad sector or a bug would leave it.
    ASSERT_TRUE(m_store->connection()
                    .exec("UPDATE homework_assignments SET payload = x'ffffffff'", "test")
                    .ok());
    QSignalSpy homeworkSpy(model.get(), &TodayModel::homeworkChanged);
    model->refresh();
    EXPECT_TRUE(model->homeworkUnreadable());
    EXPECT_EQ(model->homeworkDueCount(), 0);
    EXPECT_TRUE(model->homeworkDue().isEmpty());
    EXPECT_EQ(homeworkSpy.count(), 1);
}

TEST_F(TodayModelTest, PracticeDaysCountEachDayOnce)
{
    addJournal(Now);
    addJournal(Now - DayMs);
    addJournal(Now - DayMs - HourMs); // a second one that day counts once
    addGratitude(Now - 3 * DayMs);
    v1::MoodCheckIn mood;
    mood.set_score(6);
    mood.set_at_ms(Now - 4 * DayMs);
    ASSERT_TRUE(Repository<v1::MoodCheckIn>(*m_store).create(mood).ok());
    const std::string goalId = addGoal("Walk most days", v1::GOAL_STATUS_ACTIVE, 0, 0);
    ASSERT_FALSE(goalId.empty());
    v1::GoalCheckIn goalCheckIn;
    goalCheckIn.set_goal_id(goalId);
    goalCheckIn.set_value(2);
    goalCheckIn.set_at_ms(Now - 5 * DayMs);
    auto checkedIn = Repository<v1::GoalCheckIn>(*m_store).create(goalCheckIn);
    ASSERT_TRUE(checkedIn.ok()) << checkedIn.error().message.toStdString();
    // Work on homework counts on the day it was written.
    v1::HomeworkAssignment assignment;
    assignment.set_group_id(m_groupId);
    assignment.set_title("Notice one boundary");
    assignment.set_due_ms(Now + DayMs);
    auto assigned = Repository<v1::HomeworkAssignment>(*m_store).putFromClinic(assignment);
    ASSERT_TRUE(assigned.ok()) << assigned.error().message.toStdString();
    m_clock.set(Now - 2 * DayMs);
    v1::HomeworkResponse response;
    response.set_assignment_id(assigned.value().meta().id());
    response.set_text("A first try");
    auto answered = Repository<v1::HomeworkResponse>(*m_store).create(response);
    ASSERT_TRUE(answered.ok()) << answered.error().message.toStdString();
    m_clock.set(Now);
    addJournal(Now - 7 * DayMs); // last Tuesday: before the seven days shown

    auto model = makeModel();
    EXPECT_EQ(model->daysPracticedThisWeek(), 6);
    EXPECT_EQ(model->practiceSummary(), u"You practiced on 6 of the last 7 days."_s);
    const QVariantList days = model->practiceDays();
    ASSERT_EQ(days.size(), 7);
    // Oldest first: Wednesday had nothing, Tuesday (today) closes the row.
    EXPECT_EQ(days.front().toMap()[u"dayName"_s].toString(), u"Wednesday"_s);
    EXPECT_FALSE(days.front().toMap()[u"practiced"_s].toBool());
    EXPECT_FALSE(days.front().toMap()[u"today"_s].toBool());
    EXPECT_EQ(days.back().toMap()[u"dayName"_s].toString(), u"Tuesday"_s);
    EXPECT_TRUE(days.back().toMap()[u"practiced"_s].toBool());
    EXPECT_TRUE(days.back().toMap()[u"today"_s].toBool());
}

TEST_F(TodayModelTest, PracticeDaysEndAtMidnightInThePatientsZone)
{
    addJournal(Now - 10 * HourMs); // 00:00 today, UTC
    addJournal(Now - 10 * HourMs - 1); // 23:59:59.999 yesterday
    auto model = makeModel();
    EXPECT_EQ(model->daysPracticedThisWeek(), 2);
    // In New York both were written on Monday evening.
    model->setTimeZone(QTimeZone("America/New_York"));
    EXPECT_EQ(model->daysPracticedThisWeek(), 1);
    EXPECT_FALSE(model->practiceDays().back().toMap()[u"practiced"_s].toBool());
}

TEST_F(TodayModelTest, NoPracticeIsSaidGently)
{
    addJournal(Now - 8 * DayMs);
    auto model = makeModel();
    EXPECT_EQ(model->daysPracticedThisWeek(), 0);
    EXPECT_EQ(model->practiceSummary(),
        u"Nothing logged in the last 7 days yet. Any small step counts, whenever you're ready."_s);
    for (qint64 day = 0; day < 7; ++day)
        addGratitude(Now - day * DayMs);
    model->refresh();
    EXPECT_EQ(model->practiceSummary(), u"You practiced on each of the last 7 days."_s);
}
