#include "storetestbase.h"

#include "gratitude/gratitudemodel.h"
#include "mood/moodmodel.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class GratitudeMoodTest : public test::StoreTestBase
{
protected:
    template<typename M> std::unique_ptr<M> make()
    {
        auto model = std::make_unique<M>(*m_store, m_clock);
        model->setTimeZone(QTimeZone::utc());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return model;
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(GratitudeMoodTest, TodaysGoodThingsAreOneEntryAndTheCountIsGentle)
{
    addGratitude(Now - 2 * DayMs);
    addGratitude(Now - 20 * DayMs);
    auto model = make<GratitudeModel>();
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->daysThisWeek(), 1);
    EXPECT_EQ(model->practiceText(), u"You noted good things on 1 of the last 7 days."_s);
    EXPECT_TRUE(model->todayItems().isEmpty());

    QSignalSpy todaySpy(model.get(), &GratitudeModel::todayChanged);
    EXPECT_FALSE(model->saveToday({ u" "_s, QString() }));
    EXPECT_FALSE(model->errorMessage().isEmpty());
    EXPECT_TRUE(model->addToday(u"Coffee with my sister ☕"_s));
    EXPECT_TRUE(model->errorMessage().isEmpty());
    EXPECT_TRUE(model->addToday(u"شمس الصباح"_s));
    EXPECT_GE(todaySpy.count(), 2);
    EXPECT_EQ(model->todayItems(), (QStringList { u"Coffee with my sister ☕"_s, u"شمس الصباح"_s }));
    EXPECT_EQ(model->rowCount(), 3); // one entry for today, however many items
    EXPECT_EQ(model->daysThisWeek(), 2);
    EXPECT_EQ(model->data(model->index(0), GratitudeModel::DayLabelRole).toString(), u"Today"_s);
    EXPECT_TRUE(model->addToday(u"A walk"_s));
    EXPECT_FALSE(model->addToday(u"A fourth"_s));
    EXPECT_EQ(model->todayItems().size(), 3);

    // A week with no entries speaks of readiness, never of a lost streak.
    m_clock.advance(30 * DayMs);
    model->refresh();
    EXPECT_EQ(model->daysThisWeek(), 0);
    EXPECT_FALSE(model->practiceText().contains(u"miss"_s));
}

// A run of days is counted while it lasts, today still open included; after a
// day without, the page names the days of the week, never a lost run.
TEST_F(GratitudeMoodTest, DaysInARowAreCountedGently)
{
    for (int daysAgo = 1; daysAgo <= 9; ++daysAgo)
        addGratitude(Now - daysAgo * DayMs);
    auto model = make<GratitudeModel>();
    EXPECT_EQ(model->daysInARow(), 9); // today is not over yet
    EXPECT_EQ(model->daysThisWeek(), 6);
    EXPECT_EQ(model->practiceText(), u"You noted good things 9 days in a row."_s);
    ASSERT_TRUE(model->addToday(u"Rain on the window"_s));
    EXPECT_EQ(model->daysInARow(), 10);

    // A day passes without good things: the run is not mentioned at all.
    m_clock.advance(2 * DayMs);
    model->refresh();
    EXPECT_EQ(model->daysInARow(), 0);
    EXPECT_EQ(model->daysThisWeek(), 5);
    EXPECT_EQ(model->practiceText(), u"You noted good things on 5 of the last 7 days."_s);
    EXPECT_FALSE(model->practiceText().contains(u"row"_s));

    // One day is not yet a run.
    ASSERT_TRUE(model->addToday(u"A friend called"_s));
    EXPECT_EQ(model->daysInARow(), 1);
    EXPECT_EQ(model->practiceText(), u"You noted good things on 6 of the last 7 days."_s);
    m_clock.advance(DayMs);
    model->refresh();
    ASSERT_TRUE(model->addToday(u"Slept well"_s));
    EXPECT_EQ(model->practiceText(), u"You noted good things 2 days in a row."_s);
}

TEST_F(GratitudeMoodTest, MoodCheckInsAndWeeklyTrend)
{
    auto model = make<MoodModel>();
    EXPECT_EQ(model->lastScore(), -1);
    EXPECT_EQ(model->weeklyTrend().size(), MoodModel::TrendWeeks);
    EXPECT_FALSE(model->record(11));
    EXPECT_FALSE(model->errorMessage().isEmpty());
    EXPECT_FALSE(model->record(-1));

    QSignalSpy changedSpy(model.get(), &MoodModel::changed);
    ASSERT_TRUE(model->record(4, { u"anxious"_s, u"tired"_s }, u"long day"_s));
    m_clock.advance(HourMs);
    ASSERT_TRUE(model->record(8, { u"calm"_s }));
    EXPECT_GE(changedSpy.count(), 2);
    EXPECT_EQ(model->lastScore(), 8);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(
        model->data(model->index(1), MoodModel::EmotionsRole).toString(), u"anxious, tired"_s);
    EXPECT_EQ(model->data(model->index(1), MoodModel::NoteRole).toString(), u"long day"_s);

    const QVariantMap thisWeek = model->weeklyTrend().last().toMap();
    EXPECT_DOUBLE_EQ(thisWeek.value(u"average"_s).toDouble(), 6.0);
    EXPECT_EQ(thisWeek.value(u"count"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(model->weeklyTrend().first().toMap().value(u"average"_s).toDouble(), -1.0);

    // Three weeks later the check-ins sit three weeks back in the trend.
    m_clock.advance(21 * DayMs);
    model->refresh();
    const QVariantList trend = model->weeklyTrend();
    EXPECT_DOUBLE_EQ(trend[MoodModel::TrendWeeks - 4].toMap().value(u"average"_s).toDouble(), 6.0);
    EXPECT_DOUBLE_EQ(trend.last().toMap().value(u"average"_s).toDouble(), -1.0);
}

// 100,000 characters pasted into a good thing or a mood note: the patient reads
// which limit it is and by how much, and nothing already stored changes.
TEST_F(GratitudeMoodTest, TooLongTextIsNamedAndNothingStoredChanges)
{
    auto gratitude = make<GratitudeModel>();
    ASSERT_TRUE(gratitude->addToday(u"Coffee with Ana"_s));
    const QString huge(100'000, u'ش');
    EXPECT_FALSE(gratitude->addToday(huge));
    EXPECT_EQ(gratitude->errorMessage(),
        u"A good thing can have up to 5000 characters; this one has 100000. Shorten it to save it."_s);
    auto stored = Repository<v1::GratitudeEntry>(*m_store).list();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().items.size(), 1u);
    ASSERT_EQ(stored.value().items.front().items_size(), 1);
    EXPECT_EQ(stored.value().items.front().items(0), "Coffee with Ana");
    // At the limit it is kept, emoji and all.
    const QString longest = QString(4998, u'a') + u"🙂"_s;
    ASSERT_EQ(longest.size(), 5000);
    EXPECT_TRUE(gratitude->addToday(longest)) << gratitude->errorMessage().toStdString();

    auto mood = make<MoodModel>();
    EXPECT_FALSE(mood->record(6, { u"calm"_s }, huge));
    EXPECT_EQ(mood->errorMessage(),
        u"The note can have up to 10000 characters; this one has 100000. Shorten it to save it."_s);
    EXPECT_EQ(Repository<v1::MoodCheckIn>(*m_store).count().value(), 0);
    EXPECT_TRUE(mood->record(6, { u"calm"_s }, huge.left(10'000)));
}
