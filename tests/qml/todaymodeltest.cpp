#include "testutil.h"

#include "clock.h"
#include "repository.h"
#include "store.h"
#include "today/todaymodel.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000LL;
constexpr qint64 DayMs = 24 * HourMs;
// Tuesday 12 March 2024, 10:00 UTC.
constexpr qint64 Now = 1710237600000LL;

/** A real store in a temporary folder, a manual clock at Now, and the model over them. */
class TodayModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(m_dir.isValid());
        StoreOptions options;
        options.dataDir = m_dir.path();
        options.key = test::testKey();
        options.clock = &m_clock;
        auto store = Store::open(options);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store.value());

        v1::Group group;
        group.set_name("Thursday skills group");
        group.set_time_zone("Europe/London");
        auto stored = Repository<v1::Group>(*m_store).putFromClinic(group);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_groupId = stored.value().meta().id();
    }

    std::unique_ptr<TodayModel> makeModel()
    {
        auto model = std::make_unique<TodayModel>(*m_store, m_clock);
        model->setTimeZone(QTimeZone::utc());
        return model;
    }

    void addSession(qint64 start, v1::SessionStatus status, const char *topic = "",
        const char *place = "Room 2", const char *link = "")
    {
        v1::GroupSession s;
        s.set_group_id(m_groupId);
        s.set_start_ms(start);
        s.set_end_ms(start + 90 * 60 * 1000LL);
        s.set_time_zone("Europe/London");
        s.set_topic(topic);
        s.set_place(place);
        s.set_video_link(link);
        s.set_status(status);
        auto r = Repository<v1::GroupSession>(*m_store).putFromClinic(s);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    void addJournal(qint64 writtenMs)
    {
        v1::JournalEntry e;
        e.set_text("entry");
        e.set_written_ms(writtenMs);
        auto r = Repository<v1::JournalEntry>(*m_store).create(e);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    void addGratitude(qint64 writtenMs)
    {
        v1::GratitudeEntry e;
        e.add_items("a good thing");
        e.set_day(QDateTime::fromMSecsSinceEpoch(writtenMs, QTimeZone::utc())
                      .date()
                      .toString(Qt::ISODate)
                      .toStdString());
        e.set_written_ms(writtenMs);
        auto r = Repository<v1::GratitudeEntry>(*m_store).create(e);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock { Now };
    std::unique_ptr<Store> m_store;
    std::string m_groupId;
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
