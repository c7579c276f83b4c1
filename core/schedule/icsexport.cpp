#include "icsexport.h"

#include "localtime.h"
#include "seriesexpander.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace circle::ics {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype wallTime(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

icalproperty *withTzid(icalproperty *p, const std::string &tzid)
{
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.c_str()));
    return p;
}

void addObservance(icalcomponent *vtimezone, const QTimeZone::OffsetData &change, int offsetBefore)
{
    icalcomponent *o = change.daylightTimeOffset != 0 ? icalcomponent_new_xdaylight()
                                                      : icalcomponent_new_xstandard();
    // An observance starts at the local time of the change, read in the old offset.
    const QDateTime wall = change.atUtc.toOffsetFromUtc(offsetBefore);
    icalcomponent_add_property(o, icalproperty_new_dtstart(wallTime(wall)));
    icalcomponent_add_property(o, icalproperty_new_tzoffsetfrom(offsetBefore));
    icalcomponent_add_property(o, icalproperty_new_tzoffsetto(change.offsetFromUtc));
    if (!change.abbreviation.isEmpty())
        icalcomponent_add_property(
            o, icalproperty_new_tzname(change.abbreviation.toUtf8().constData()));
    icalcomponent_add_component(vtimezone, o);
}

/** The zone's rules for [fromMs, toMs]: the observance in force at the start and each change. */
icalcomponent *vtimezone(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    icalcomponent *tz = icalcomponent_new_vtimezone();
    icalcomponent_add_property(tz, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc());
    const auto offsetJustBefore
        = [&zone](const QDateTime &at) { return zone.offsetFromUtc(at.addSecs(-1)); };
    const QTimeZone::OffsetData inForce = zone.previousTransition(from.addSecs(1));
    if (inForce.atUtc.isValid()) {
        addObservance(tz, inForce, offsetJustBefore(inForce.atUtc));
    } else {
        // A zone that never changed (or no data): one standard observance.
        QTimeZone::OffsetData fixed = zone.offsetData(from);
        fixed.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        fixed.daylightTimeOffset = 0;
        addObservance(tz, fixed, fixed.offsetFromUtc);
    }
    for (const auto &change : zone.transitions(from, to))
        if (change.atUtc > from)
            addObservance(tz, change, offsetJustBefore(change.atUtc));
    return tz;
}

Component calendar(const std::vector<const v1::GroupSession *> &sessions)
{
    Component cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Circle//Group schedule//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    std::set<std::string> zones;
    for (const auto *s : sessions)
        zones.insert(s->time_zone());
    constexpr qint64 YearMs = 366LL * 24 * 60 * 60 * 1000;
    for (const auto &id : zones) {
        const QTimeZone zone(QByteArray::fromStdString(id));
        if (!zone.isValid())
            continue;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (const auto *s : sessions)
            if (s->time_zone() == id) {
                first = std::min(first, qint64(s->start_ms()));
                last = std::max(last, qint64(s->end_ms()));
            }
        icalcomponent_add_component(cal.get(), vtimezone(zone, first - YearMs, last + YearMs));
    }
    return cal;
}

void addCommon(icalcomponent *ev, const v1::GroupSession &s, qint64 stampMs)
{
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(stampMs)));
    if (s.meta().updated_ms() > 0)
        icalcomponent_add_property(
            ev, icalproperty_new_lastmodified(utcTime(s.meta().updated_ms())));
    if (!s.place().empty())
        icalcomponent_add_property(ev, icalproperty_new_location(s.place().c_str()));
    if (!s.video_link().empty()) {
        icalcomponent_add_property(ev, icalproperty_new_url(s.video_link().c_str()));
        // Several calendar apps ignore URL; the description is where people look.
        const QString online = u"Online: %1"_s.arg(qs(s.video_link()));
        icalcomponent_add_property(ev, icalproperty_new_description(online.toUtf8().constData()));
    }
}

QDateTime inZone(qint64 ms, const v1::GroupSession &s)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArray::fromStdString(s.time_zone())));
}

/** A wall-clock time that happens twice (a fall-back hour) in the session's zone. */
bool ambiguous(qint64 ms, const v1::GroupSession &s)
{
    const QDateTime local = inZone(ms, s);
    return localTimeOccurrences(local.date(), local.time(), local.timeZone()) > 1;
}

/**
 * Wall clock with TZID, except in a repeated hour: RFC 5545 says the first
 * occurrence is meant, but libical (and so Evolution and others) reads the
 * second, so there the instant is written in UTC, which every reader agrees on.
 */
icalproperty *zonedTime(icalproperty *(*make)(icaltimetype), qint64 ms, const v1::GroupSession &s)
{
    if (ambiguous(ms, s))
        return make(utcTime(ms));
    return withTzid(make(wallTime(inZone(ms, s))), s.time_zone());
}

icalcomponent *sessionEvent(
    const v1::Group &group, const v1::GroupSession &s, qint64 stampMs, const QString &title)
{
    icalcomponent *ev = icalcomponent_new_vevent();
    icalcomponent_add_property(ev, icalproperty_new_uid(sessionUid(s).toUtf8().constData()));
    icalcomponent_add_property(ev, zonedTime(icalproperty_new_dtstart, s.start_ms(), s));
    icalcomponent_add_property(ev, zonedTime(icalproperty_new_dtend, s.end_ms(), s));
    // A given title stands alone: the topic can say as much as the group's name.
    const QString summary = !title.isEmpty() ? title
        : s.topic().empty()                  ? qs(group.name())
                                             : u"%1: %2"_s.arg(qs(group.name()), qs(s.topic()));
    icalcomponent_add_property(ev, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(ev,
        icalproperty_new_status(s.status() == v1::SESSION_STATUS_CANCELLED
                ? ICAL_STATUS_CANCELLED
                : ICAL_STATUS_CONFIRMED));
    addCommon(ev, s, stampMs);
    return ev;
}

QByteArray serialize(const Component &cal)
{
    char *text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace

QString sessionUid(const v1::GroupSession &session)
{
    return u"circle-session-%1"_s.arg(qs(session.meta().id()));
}

QString seriesUid(const v1::Group &group)
{
    return u"circle-series-%1"_s.arg(qs(group.meta().id()));
}

QByteArray sessionCalendar(
    const v1::Group &group, const v1::GroupSession &session, qint64 stampMs, const QString &title)
{
    Component cal = calendar({ &session });
    icalcomponent_add_component(cal.get(), sessionEvent(group, session, stampMs, title));
    return serialize(cal);
}

QByteArray seriesCalendar(const v1::Group &group, const std::vector<v1::GroupSession> &sessions,
    qint64 stampMs, const QString &title)
{
    std::vector<const v1::GroupSession *> live;
    for (const auto &s : sessions)
        if (!s.meta().deleted())
            live.push_back(&s);
    Component cal = calendar(live);

    std::set<int> onSeries;
    if (auto series = series::detect(sessions)) {
        const auto &first = sessions[size_t(series->slotSession.front())];
        const std::string &tzid = first.time_zone();
        icalcomponent *ev = icalcomponent_new_vevent();
        icalcomponent_add_property(ev, icalproperty_new_uid(seriesUid(group).toUtf8().constData()));
        icalcomponent_add_property(ev,
            withTzid(icalproperty_new_dtstart(wallTime(inZone(first.start_ms(), first))), tzid));
        icalcomponent_add_property(
            ev, withTzid(icalproperty_new_dtend(wallTime(inZone(first.end_ms(), first))), tzid));
        const QByteArray rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;COUNT=%2")
                                    .arg(series->intervalWeeks)
                                    .arg(series->count)
                                    .toLatin1();
        icalcomponent_add_property(
            ev, icalproperty_new_rrule(icalrecurrencetype_from_string(rule.constData())));
        for (int slot = 0; slot < series->count; ++slot) {
            int &index = series->slotSession[size_t(slot)];
            // A start in a repeated hour is written on its own (see zonedTime);
            // the EXDATE for it is read the same way as the RRULE instance it removes.
            if (index >= 0
                && ambiguous(sessions[size_t(index)].start_ms(), sessions[size_t(index)]))
                index = -1;
            if (index >= 0 && sessions[size_t(index)].status() != v1::SESSION_STATUS_CANCELLED)
                continue;
            // UTC only as a container for the wall-clock fields: no zone may adjust them.
            const QDateTime slotStart(series->slotDate(slot), series->startTime, QTimeZone::utc());
            icalcomponent_add_property(
                ev, withTzid(icalproperty_new_exdate(wallTime(slotStart)), tzid));
        }
        const QString summary = title.isEmpty() ? qs(group.name()) : title;
        icalcomponent_add_property(ev, icalproperty_new_summary(summary.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        addCommon(ev, first, stampMs);
        icalcomponent_add_component(cal.get(), ev);
        for (int index : series->slotSession)
            if (index >= 0)
                onSeries.insert(index);
    }
    for (int i = 0; i < int(sessions.size()); ++i)
        if (!sessions[size_t(i)].meta().deleted() && !onSeries.contains(i))
            icalcomponent_add_component(
                cal.get(), sessionEvent(group, sessions[size_t(i)], stampMs, title));
    return serialize(cal);
}

Result<void> writeFile(const QString &path, const QByteArray &calendar)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size()
        || !file.commit())
        return Error::make(Error::Code::Io,
            u"The calendar file could not be written: %1"_s.arg(file.errorString()));
    return {};
}

Result<CalendarFacts> readBack(const QByteArray &calendar)
{
    const Component cal(icalparser_parse_string(calendar.constData()));
    if (!cal || icalcomponent_isa(cal.get()) != ICAL_VCALENDAR_COMPONENT)
        return Error::make(Error::Code::Invalid, u"The calendar file is not iCalendar text."_s);
    // libical marks what it could not read with X-LIC-ERROR properties.
    if (icalcomponent_count_errors(cal.get()) > 0)
        return Error::make(
            Error::Code::Invalid, u"The calendar file has lines a calendar app would reject."_s);
    CalendarFacts facts;
    for (icalcomponent *tz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT);
         tz; tz = icalcomponent_get_next_component(cal.get(), ICAL_VTIMEZONE_COMPONENT)) {
        if (icalproperty *id = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY))
            facts.timeZones << QString::fromUtf8(icalproperty_get_tzid(id));
    }
    for (icalcomponent *ev = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT);
         ev; ev = icalcomponent_get_next_component(cal.get(), ICAL_VEVENT_COMPONENT)) {
        ++facts.events;
        facts.uids << QString::fromUtf8(icalcomponent_get_uid(ev));
        if (icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY))
            ++facts.recurring;
        facts.excluded += icalcomponent_count_properties(ev, ICAL_EXDATE_PROPERTY);
        if (icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED)
            ++facts.cancelled;
    }
    if (facts.events == 0)
        return Error::make(Error::Code::Invalid, u"The calendar file holds no sessions."_s);
    return facts;
}

} // namespace circle::ics
