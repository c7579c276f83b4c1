#include "schedulehelpers.h"

#include "corefixture.h"
#include "samples.h"
#include "schedule/localtime.h"
#include "schedule/seriesexpander.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

SeriesSpec tuesdays(QDate first, int count, const char *zone = "America/New_York")
{
    SeriesSpec spec;
    spec.groupId = QString::fromStdString(fakeId(999));
    spec.timeZone = zone;
    spec.firstDate = first;
    spec.startTime = QTime(18, 0);
    spec.durationMinutes = 90;
    spec.count = count;
    spec.place = u"Room 204"_s;
    spec.topics = QStringList { u"Introductions"_s, u"Boundaries"_s };
    return spec;
}

TEST(LocalTime, OrdinaryTimesAreAPlainLookup)
{
    EXPECT_EQ(resolveLocalTime(QDate(2027, 1, 5), QTime(18, 0), newYork()).toMSecsSinceEpoch(),
        utcMs(2027, 1, 5, 23));
    EXPECT_EQ(resolveLocalTime(QDate(2027, 7, 6), QTime(18, 0), newYork()).toMSecsSinceEpoch(),
        utcMs(2027, 7, 6, 22));
}

TEST(LocalTime, ANonexistentTimeMovesForwardByTheGap)
{
    // 2027-03-14 02:00 EST jumps to 03:00 EDT in New York; 02:30 never happens.
    const QDateTime t = resolveLocalTime(QDate(2027, 3, 14), QTime(2, 30), newYork());
    EXPECT_EQ(t.toMSecsSinceEpoch(), utcMs(2027, 3, 14, 7, 30));
    EXPECT_EQ(wall(t.toMSecsSinceEpoch(), newYork()), u"2027-03-14 03:30"_s);
    // Same rule in Europe: 2027-03-28 02:00 CET jumps to 03:00 CEST in Berlin.
    EXPECT_EQ(resolveLocalTime(QDate(2027, 3, 28), QTime(2, 30), berlin()).toMSecsSinceEpoch(),
        utcMs(2027, 3, 28, 1, 30));
}

TEST(LocalTime, AnAmbiguousTimeIsTheFirstOccurrence)
{
    // 2027-11-07 01:30 happens in EDT (05:30Z) and again in EST (06:30Z).
    EXPECT_EQ(resolveLocalTime(QDate(2027, 11, 7), QTime(1, 30), newYork()).toMSecsSinceEpoch(),
        utcMs(2027, 11, 7, 5, 30));
    // 2027-10-31 02:30 happens in CEST (00:30Z) and again in CET (01:30Z).
    EXPECT_EQ(resolveLocalTime(QDate(2027, 10, 31), QTime(2, 30), berlin()).toMSecsSinceEpoch(),
        utcMs(2027, 10, 31, 0, 30));
}

TEST(SeriesExpander, KeepsTheWallClockAcrossTheUsSpringChange)
{
    auto expanded = series::expand(tuesdays(QDate(2027, 2, 2), 12));
    ASSERT_TRUE(expanded.ok()) << expanded.error().message.toStdString();
    const auto &sessions = expanded.value();
    ASSERT_EQ(sessions.size(), 12u);
    for (size_t i = 0; i < sessions.size(); ++i) {
        const auto &s = sessions[i];
        EXPECT_EQ(s.number(), int(i) + 1);
        EXPECT_EQ(wall(s.start_ms(), newYork()),
            QDate(2027, 2, 2).addDays(qint64(i) * 7).toString(Qt::ISODate) + u" 18:00"_s);
        EXPECT_EQ(s.end_ms() - s.start_ms(), 90 * 60 * 1000);
        EXPECT_EQ(s.status(), v1::SESSION_STATUS_SCHEDULED);
        EXPECT_EQ(s.time_zone(), "America/New_York");
    }
    // EST before 2027-03-14, EDT after: the UTC instant moves, the local time does not.
    EXPECT_EQ(sessions[5].start_ms(), utcMs(2027, 3, 9, 23));
    EXPECT_EQ(sessions[6].start_ms(), utcMs(2027, 3, 16, 22));
    EXPECT_EQ(sessions[0].topic(), "Introductions");
    EXPECT_EQ(sessions[1].topic(), "Boundaries");
    EXPECT_TRUE(sessions[2].topic().empty());
}

TEST(SeriesExpander, KeepsTheWallClockAcrossTheEuAutumnChange)
{
    SeriesSpec spec = tuesdays(QDate(2027, 10, 7), 6, "Europe/Berlin");
    spec.startTime = QTime(19, 0);
    auto expanded = series::expand(spec);
    ASSERT_TRUE(expanded.ok());
    const auto &sessions = expanded.value();
    EXPECT_EQ(sessions[3].start_ms(), utcMs(2027, 10, 28, 17)); // CEST
    EXPECT_EQ(sessions[4].start_ms(), utcMs(2027, 11, 4, 18)); // CET
    for (const auto &s : sessions)
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(s.start_ms(), berlin()).time(), QTime(19, 0));
}

TEST(SeriesExpander, ASessionInTheSpringGapStartsAfterItAndKeepsItsLength)
{
    SeriesSpec spec = tuesdays(QDate(2027, 3, 7), 3);
    spec.startTime = QTime(2, 30);
    auto expanded = series::expand(spec);
    ASSERT_TRUE(expanded.ok());
    const auto &s = expanded.value();
    EXPECT_EQ(wall(s[0].start_ms(), newYork()), u"2027-03-07 02:30"_s);
    EXPECT_EQ(wall(s[1].start_ms(), newYork()), u"2027-03-14 03:30"_s);
    EXPECT_EQ(s[1].end_ms() - s[1].start_ms(), 90 * 60 * 1000);
    EXPECT_EQ(wall(s[2].start_ms(), newYork()), u"2027-03-21 02:30"_s);
}

TEST(SeriesExpander, ASessionAtAnAmbiguousTimeTakesTheFirstOne)
{
    SeriesSpec spec = tuesdays(QDate(2027, 10, 31), 2);
    spec.startTime = QTime(1, 30);
    auto expanded = series::expand(spec);
    ASSERT_TRUE(expanded.ok());
    EXPECT_EQ(expanded.value()[1].start_ms(), utcMs(2027, 11, 7, 5, 30));
}

TEST(SeriesExpander, RefusesWhatCannotBeASeries)
{
    SeriesSpec bad = tuesdays(QDate(2027, 2, 2), 12);
    bad.timeZone = "Mars/Olympus_Mons";
    EXPECT_EQ(series::expand(bad).error().code, Error::Code::Invalid);
    bad = tuesdays(QDate(2027, 2, 2), 0);
    EXPECT_FALSE(series::expand(bad).ok());
    bad = tuesdays(QDate(2027, 2, 2), 4);
    bad.durationMinutes = 0;
    EXPECT_FALSE(series::expand(bad).ok());
}

TEST(SeriesExpander, SingleChangesMoveCancelAndAdd)
{
    auto sessions = series::expand(tuesdays(QDate(2027, 2, 2), 4)).value();
    sessions[1] = series::moved(sessions[1], QDate(2027, 2, 10), QTime(17, 0));
    EXPECT_EQ(sessions[1].status(), v1::SESSION_STATUS_MOVED);
    EXPECT_EQ(wall(sessions[1].start_ms(), newYork()), u"2027-02-10 17:00"_s);
    EXPECT_EQ(sessions[1].end_ms() - sessions[1].start_ms(), 90 * 60 * 1000);
    EXPECT_EQ(sessions[1].number(), 2);

    sessions[2] = series::cancelled(sessions[2]);
    EXPECT_EQ(sessions[2].status(), v1::SESSION_STATUS_CANCELLED);

    // An extra session between the first and the moved one takes number 2.
    sessions.push_back(series::extra(sessions[0], QDate(2027, 2, 5), QTime(12, 0), 60, u"Extra"_s));
    EXPECT_EQ(sessions.back().number(), 0);
    EXPECT_EQ(sessions.back().place(), "Room 204");
    const auto changed = series::renumber(sessions);
    EXPECT_EQ(sessions.back().number(), 2);
    EXPECT_EQ(sessions[1].number(), 3);
    EXPECT_EQ(sessions[2].number(), 4); // cancelled keeps a place in the order
    EXPECT_EQ(sessions[3].number(), 5);
    EXPECT_EQ(sessions[0].number(), 1);
    EXPECT_EQ(changed.size(), 4u); // all but the first
}

TEST(SeriesExpander, DetectFindsTheWeeklyPatternAndItsGaps)
{
    auto sessions = series::expand(tuesdays(QDate(2027, 2, 2), 8)).value();
    sessions[3] = series::moved(sessions[3], QDate(2027, 2, 24), QTime(18, 0));
    sessions[5] = series::cancelled(sessions[5]);
    sessions.push_back(series::extra(sessions[0], QDate(2027, 2, 6), QTime(10, 0), 90, {}));
    const auto d = series::detect(sessions);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->firstDate, QDate(2027, 2, 2));
    EXPECT_EQ(d->startTime, QTime(18, 0));
    EXPECT_EQ(d->durationMinutes, 90);
    EXPECT_EQ(d->intervalWeeks, 1);
    EXPECT_EQ(d->count, 8);
    EXPECT_EQ(d->slotSession[3], -1); // the moved session left its slot
    EXPECT_EQ(d->slotSession[5], 5); // the cancelled one still sits on its slot
    EXPECT_EQ(d->slotSession[7], 7);
}

TEST(SeriesExpander, DetectNeedsTwoSessionsOnAPattern)
{
    EXPECT_FALSE(series::detect({ sessionAt(1, utcMs(2027, 2, 2, 23)) }).has_value());
    SeriesSpec spec = tuesdays(QDate(2027, 2, 2), 3);
    spec.intervalWeeks = 2;
    const auto d = series::detect(series::expand(spec).value());
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->intervalWeeks, 2);
    EXPECT_EQ(d->count, 3);
}

class SeriesStoreTest : public StoreTest
{
};

TEST_F(SeriesStoreTest, PutSessionsStoresThemAsClinicRecords)
{
    auto group = repo<v1::Group>().putFromClinic(test::group(u"Tuesday group"_s));
    ASSERT_TRUE(group.ok());
    SeriesSpec spec = tuesdays(QDate(2027, 2, 2), 12);
    spec.groupId = qs(group.value().meta().id());
    auto stored = series::putSessions(*m_store, series::expand(spec).value());
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    ASSERT_EQ(stored.value().size(), 12u);
    EXPECT_FALSE(stored.value()[0].meta().id().empty());
    auto listed = repo<v1::GroupSession>().listByParent(spec.groupId);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed.value().size(), 12u);

    // A later change goes through the same path and replaces the stored record.
    auto changed = series::cancelled(stored.value()[4]);
    ASSERT_TRUE(series::putSessions(*m_store, { changed }).ok());
    EXPECT_EQ(repo<v1::GroupSession>().get(qs(changed.meta().id())).value().status(),
        v1::SESSION_STATUS_CANCELLED);
}

} // namespace
} // namespace circle::test
