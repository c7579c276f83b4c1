// Calendar export read back through libical's own parser: what a calendar app
// would see, including the instants it computes from RRULE, EXDATE and VTIMEZONE.
#include "schedulehelpers.h"

#include "samples.h"
#include "schedule/icsexport.h"
#include "schedule/seriesexpander.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

constexpr qint64 StampMs = 1795424400000; // 2026-11-23T09:00:00Z

struct Free
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Calendar = std::unique_ptr<icalcomponent, Free>;

v1::Group tuesdayGroup()
{
    v1::Group g = group(u"Tuesday evening process group"_s);
    g.mutable_meta()->set_id(fakeId(999));
    return g;
}

std::vector<v1::GroupSession> weekly(
    QDate first, QTime start, int count, const char *zone = "America/New_York")
{
    SeriesSpec spec;
    spec.groupId = fakeIdString(999);
    spec.timeZone = zone;
    spec.firstDate = first;
    spec.startTime = start;
    spec.count = count;
    spec.place = u"Room 204"_s;
    auto sessions = series::expand(spec).value();
    for (size_t i = 0; i < sessions.size(); ++i) {
        sessions[i].mutable_meta()->set_id(fakeId(int(i) + 1));
        sessions[i].mutable_meta()->set_updated_ms(StampMs - 1000);
    }
    return sessions;
}

std::vector<icalcomponent *> events(icalcomponent *cal)
{
    std::vector<icalcomponent *> out;
    for (auto *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
        out.push_back(c);
    return out;
}

QString uidOf(icalcomponent *ev)
{
    return QString::fromUtf8(icalcomponent_get_uid(ev));
}

std::string tzidOf(icalcomponent *ev, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(ev, kind);
    icalparameter *tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? icalparameter_get_tzid(tzid) : "";
}

/** A wall-clock time from the file, turned into an instant with the file's own VTIMEZONE. */
qint64 instant(icalcomponent *cal, icaltimetype t, const char *tzid)
{
    icaltimezone *zone = icalcomponent_get_timezone(cal, tzid);
    EXPECT_NE(zone, nullptr) << "no VTIMEZONE for " << tzid;
    return qint64(icaltime_as_timet_with_zone(t, zone)) * 1000;
}

/** The instants a calendar app shows for a recurring event: RRULE minus EXDATE. */
std::set<qint64> occurrences(icalcomponent *cal, icalcomponent *ev)
{
    const std::string tzid = tzidOf(ev, ICAL_DTSTART_PROPERTY);
    icaltimetype start
        = icalproperty_get_dtstart(icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY));
    icalrecurrencetype rule
        = icalproperty_get_rrule(icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY));
    std::set<qint64> out;
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it))
        out.insert(instant(cal, t, tzid.c_str()));
    icalrecur_iterator_free(it);
    for (auto *p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
        icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
        EXPECT_NE(param, nullptr) << "EXDATE without TZID";
        out.erase(
            instant(cal, icalproperty_get_exdate(p), param ? icalparameter_get_tzid(param) : ""));
    }
    return out;
}

qint64 startOf(icalcomponent *cal, icalcomponent *ev)
{
    const std::string tzid = tzidOf(ev, ICAL_DTSTART_PROPERTY);
    return instant(cal,
        icalproperty_get_dtstart(icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY)),
        tzid.c_str());
}

Calendar parse(const QByteArray &ics)
{
    return Calendar(icalparser_parse_string(ics.constData()));
}

TEST(IcsExport, OneCancelledSessionKeepsItsSlotWithStatusCancelled)
{
    auto s = weekly(QDate(2027, 2, 2), QTime(18, 0), 1)[0];
    s.set_topic("Boundaries");
    s.set_video_link("https://video.example/room/204");
    s = series::cancelled(s);
    const QByteArray ics = ics::sessionCalendar(tuesdayGroup(), s, StampMs);
    Calendar cal = parse(ics);
    ASSERT_TRUE(cal);
    EXPECT_EQ(icalcomponent_isa(cal.get()), ICAL_VCALENDAR_COMPONENT);
    icalcomponent *tz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT);
    ASSERT_NE(tz, nullptr);
    EXPECT_STREQ(icalproperty_get_tzid(icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY)),
        "America/New_York");

    const auto evs = events(cal.get());
    ASSERT_EQ(evs.size(), 1u);
    icalcomponent *ev = evs[0];
    EXPECT_EQ(icalcomponent_get_status(ev), ICAL_STATUS_CANCELLED);
    EXPECT_EQ(uidOf(ev), u"circle-session-"_s + fakeIdString(1));
    EXPECT_EQ(tzidOf(ev, ICAL_DTSTART_PROPERTY), "America/New_York");
    EXPECT_EQ(tzidOf(ev, ICAL_DTEND_PROPERTY), "America/New_York");
    EXPECT_EQ(startOf(cal.get(), ev), s.start_ms());
    EXPECT_STREQ(icalcomponent_get_summary(ev), "Tuesday evening process group: Boundaries");
    EXPECT_STREQ(icalcomponent_get_location(ev), "Room 204");
    EXPECT_STREQ(icalproperty_get_url(icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY)),
        "https://video.example/room/204");
    EXPECT_TRUE(ics.contains("DTSTART;TZID=America/New_York:20270202T180000"));

    // The other entry point of libical's parser reads the same thing.
    Calendar again(icalcomponent_new_from_string(ics.constData()));
    ASSERT_TRUE(again);
    EXPECT_EQ(events(again.get()).size(), 1u);
}

TEST(IcsExport, TheSeriesIsOneRecurringEventWithExceptions)
{
    auto sessions = weekly(QDate(2027, 2, 2), QTime(18, 0), 12); // across 2027-03-14
    sessions[4] = series::cancelled(sessions[4]);
    sessions[7] = series::moved(sessions[7], QDate(2027, 3, 24), QTime(18, 0));
    auto extra = series::extra(sessions[0], QDate(2027, 3, 6), QTime(10, 0), 120, u"Family day"_s);
    extra.mutable_meta()->set_id(fakeId(50));
    sessions.push_back(extra);
    auto gone = sessions[10];
    gone.mutable_meta()->set_deleted(true); // a tombstone never reaches a calendar
    gone.mutable_meta()->set_id(fakeId(51));
    gone.set_start_ms(gone.start_ms() + 3600000);
    gone.set_end_ms(gone.end_ms() + 3600000);
    sessions.push_back(gone);

    const QByteArray ics = ics::seriesCalendar(tuesdayGroup(), sessions, StampMs);
    Calendar cal = parse(ics);
    ASSERT_TRUE(cal);
    const auto evs = events(cal.get());
    ASSERT_EQ(evs.size(), 3u) << ics.toStdString();

    icalcomponent *seriesEvent = evs[0];
    EXPECT_EQ(uidOf(seriesEvent), u"circle-series-"_s + fakeIdString(999));
    EXPECT_STREQ(icalcomponent_get_summary(seriesEvent), "Tuesday evening process group");
    const icalrecurrencetype rule = icalproperty_get_rrule(
        icalcomponent_get_first_property(seriesEvent, ICAL_RRULE_PROPERTY));
    EXPECT_EQ(rule.freq, ICAL_WEEKLY_RECURRENCE);
    EXPECT_EQ(rule.count, 12);
    EXPECT_EQ(rule.interval, 1);
    EXPECT_EQ(icalcomponent_count_properties(seriesEvent, ICAL_EXDATE_PROPERTY), 2);
    EXPECT_EQ(tzidOf(seriesEvent, ICAL_DTSTART_PROPERTY), "America/New_York");

    std::set<qint64> expected;
    for (size_t i = 0; i < 12; ++i)
        if (i != 4 && i != 7)
            expected.insert(sessions[i].start_ms());
    EXPECT_EQ(occurrences(cal.get(), seriesEvent), expected);

    std::map<QString, icalcomponent *> byUid;
    for (auto *ev : evs)
        byUid[uidOf(ev)] = ev;
    icalcomponent *moved = byUid[u"circle-session-"_s + fakeIdString(8)];
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(startOf(cal.get(), moved), sessions[7].start_ms());
    EXPECT_EQ(icalcomponent_get_status(moved), ICAL_STATUS_CONFIRMED);
    icalcomponent *added = byUid[u"circle-session-"_s + fakeIdString(50)];
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(startOf(cal.get(), added), extra.start_ms());
    EXPECT_STREQ(icalcomponent_get_summary(added), "Tuesday evening process group: Family day");
    EXPECT_EQ(byUid.count(u"circle-session-"_s + fakeIdString(51)), 0u);
}

TEST(IcsExport, EuropeanSeriesAcrossTheAutumnChange)
{
    const auto sessions = weekly(QDate(2027, 10, 7), QTime(19, 0), 6, "Europe/Berlin");
    Calendar cal = parse(ics::seriesCalendar(tuesdayGroup(), sessions, StampMs));
    const auto evs = events(cal.get());
    ASSERT_EQ(evs.size(), 1u);
    std::set<qint64> expected;
    for (const auto &s : sessions)
        expected.insert(s.start_ms());
    EXPECT_EQ(occurrences(cal.get(), evs[0]), expected);
}

TEST(IcsExport, ASessionMovedOutOfTheSpringGapIsWrittenOnItsOwn)
{
    const auto sessions = weekly(QDate(2027, 3, 7), QTime(2, 30), 3);
    const QByteArray ics = ics::seriesCalendar(tuesdayGroup(), sessions, StampMs);
    Calendar cal = parse(ics);
    const auto evs = events(cal.get());
    ASSERT_EQ(evs.size(), 2u) << ics.toStdString();
    EXPECT_EQ(occurrences(cal.get(), evs[0]),
        (std::set<qint64> { sessions[0].start_ms(), sessions[2].start_ms() }));
    EXPECT_EQ(startOf(cal.get(), evs[1]), sessions[1].start_ms());
    EXPECT_TRUE(ics.contains("DTSTART;TZID=America/New_York:20270314T033000"));
}

TEST(IcsExport, AStartInTheRepeatedHourIsWrittenInUtc)
{
    // 2027-11-07 01:30 in New York happens twice; the session is the first (EDT).
    // libical would read a TZID time there as the second, so the file says UTC.
    const auto sessions = weekly(QDate(2027, 10, 31), QTime(1, 30), 2);
    ASSERT_EQ(sessions[1].start_ms(), utcMs(2027, 11, 7, 5, 30));
    const QByteArray ics = ics::seriesCalendar(tuesdayGroup(), sessions, StampMs);
    Calendar cal = parse(ics);
    const auto evs = events(cal.get());
    ASSERT_EQ(evs.size(), 2u) << ics.toStdString();
    EXPECT_EQ(occurrences(cal.get(), evs[0]), std::set<qint64> { sessions[0].start_ms() });
    EXPECT_TRUE(ics.contains("DTSTART:20271107T053000Z"));
    const icaltimetype start = icalcomponent_get_dtstart(evs[1]);
    EXPECT_TRUE(icaltime_is_utc(start));
    EXPECT_EQ(qint64(icaltime_as_timet(start)) * 1000, sessions[1].start_ms());

    // The same on its own.
    Calendar single = parse(ics::sessionCalendar(tuesdayGroup(), sessions[1], StampMs));
    EXPECT_EQ(qint64(icaltime_as_timet(icalcomponent_get_dtstart(events(single.get())[0]))) * 1000,
        sessions[1].start_ms());
}

TEST(IcsExport, AZoneWithoutChangesStillHasItsVtimezone)
{
    const auto sessions = weekly(QDate(2027, 2, 2), QTime(18, 0), 3, "Asia/Tokyo");
    Calendar cal = parse(ics::seriesCalendar(tuesdayGroup(), sessions, StampMs));
    icalcomponent *tz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT);
    ASSERT_NE(tz, nullptr);
    EXPECT_EQ(icalcomponent_count_components(tz, ICAL_XSTANDARD_COMPONENT), 1);
    std::set<qint64> expected;
    for (const auto &s : sessions)
        expected.insert(s.start_ms());
    EXPECT_EQ(occurrences(cal.get(), events(cal.get())[0]), expected);
}

TEST(IcsExport, WritesTheFileWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"group.ics"_s);
    const QByteArray ics
        = ics::seriesCalendar(tuesdayGroup(), weekly(QDate(2027, 2, 2), QTime(18, 0), 4), StampMs);
    ASSERT_TRUE(ics::writeFile(path, ics).ok());
    EXPECT_EQ(readFile(path), ics);
    EXPECT_FALSE(ics::writeFile(dir.filePath(u"missing/group.ics"_s), ics).ok());
}

TEST(IcsExport, ADiscreetTitleReplacesTheGroupAndTopicInEveryEvent)
{
    auto sessions = weekly(QDate(2027, 2, 2), QTime(18, 0), 6);
    sessions[2].set_topic("Cravings and relapse");
    sessions[3]
        = series::moved(sessions[3], QDate(2027, 2, 24), QTime(18, 0)); // an event of its own
    const QByteArray files[]
        = { ics::seriesCalendar(tuesdayGroup(), sessions, StampMs, u"Circle: session"_s),
              ics::sessionCalendar(tuesdayGroup(), sessions[2], StampMs, u"Circle: session"_s) };
    for (const QByteArray &file : files) {
        Calendar cal = parse(file);
        ASSERT_TRUE(cal);
        const auto evs = events(cal.get());
        ASSERT_FALSE(evs.empty());
        for (icalcomponent *ev : evs)
            EXPECT_STREQ(icalcomponent_get_summary(ev), "Circle: session");
        // Nowhere in the file, not only not in the summaries.
        EXPECT_FALSE(file.contains("process group")) << file.constData();
        EXPECT_FALSE(file.contains("Cravings")) << file.constData();
    }
    // Without one, the group's name stays, as the patient may choose.
    EXPECT_TRUE(ics::seriesCalendar(tuesdayGroup(), sessions, StampMs).contains("process group"));
}

} // namespace
} // namespace circle::test
