#include "storetestbase.h"

#include "today/todaymodel.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class TodayModelTest : public test::StoreTestBase
{
protected:
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

TEST_F(TodayModelTest, CountsTheLastSevenDaysIncludingNow)
{
    addJournal(Now);
    addJournal(Now - 6 * DayMs);
    addJournal(Now - 7 * DayMs); // exactly a week ago: included, the window is [now-7d, now]
    addJournal(Now - 7 * DayMs - 1);
    addGratitude(Now - HourMs);
    addGratitude(Now - 8 * DayMs);
    auto model = makeModel();
    EXPECT_EQ(model->journalEntriesThisWeek(), 3);
    EXPECT_EQ(model->gratitudeEntriesThisWeek(), 1);
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
