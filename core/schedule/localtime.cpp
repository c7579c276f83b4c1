#include "localtime.h"

#include <optional>

namespace circle {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

int offsetAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

struct Candidates
{
    int offsetBefore = 0;
    std::optional<qint64> earliest;
    int count = 0;
};

Candidates candidates(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall time written as if it were UTC; subtracting an offset gives a
    // candidate instant, which is right when the zone has that offset then.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    // No zone changes its offset twice within two days, so the offsets a day
    // either side are the only ones that can apply to this wall time.
    Candidates c;
    c.offsetBefore = offsetAt(zone, wall - DayMs);
    const int after = offsetAt(zone, wall + DayMs);
    for (int offset : { c.offsetBefore, after }) {
        const qint64 candidate = wall - qint64(offset) * 1000;
        if (offsetAt(zone, candidate) != offset || (c.earliest && candidate == *c.earliest))
            continue;
        ++c.count;
        if (!c.earliest || candidate < *c.earliest)
            c.earliest = candidate;
    }
    return c;
}

} // namespace

QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone &zone)
{
    const Candidates c = candidates(date, time, zone);
    // No offset fits: the wall time falls in a gap. Read it with the offset
    // from before the gap, which moves it forward by the gap's length.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 utc = c.earliest ? *c.earliest : wall - qint64(c.offsetBefore) * 1000;
    return QDateTime::fromMSecsSinceEpoch(utc, zone);
}

int localTimeOccurrences(QDate date, QTime time, const QTimeZone &zone)
{
    return candidates(date, time, zone).count;
}

qint64 localMinuteToMs(QDate date, int minuteOfDay, const QTimeZone &zone)
{
    return resolveLocalTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), zone)
        .toMSecsSinceEpoch();
}

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

int localMinuteOfDay(qint64 ms, const QTimeZone &zone)
{
    const QTime t = QDateTime::fromMSecsSinceEpoch(ms, zone).time();
    return t.hour() * 60 + t.minute();
}

} // namespace circle
