#pragma once

#include "gtest-qt-printing.h"
#include "records.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace circle::test {

inline const QTimeZone &newYork()
{
    static const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    return zone;
}
inline const QTimeZone &losAngeles()
{
    static const QTimeZone zone(QByteArrayLiteral("America/Los_Angeles"));
    return zone;
}
inline const QTimeZone &berlin()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    return zone;
}

/** A UTC instant written plainly, so expected values read like the test's story. */
inline qint64 utcMs(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

/** The wall-clock time of an instant in a zone, as "yyyy-MM-dd HH:mm". */
inline QString wall(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/** Record ids only need to be distinct here; the planner does not validate them. */
inline std::string fakeId(int n)
{
    return QStringLiteral("00000000-0000-7000-8000-%1")
        .arg(n, 12, 10, QLatin1Char('0'))
        .toStdString();
}

inline QString fakeIdString(int n)
{
    return QString::fromStdString(fakeId(n));
}

inline v1::GroupSession sessionAt(int n, qint64 startMs, int minutes = 90,
    const char *zone = "America/New_York", v1::SessionStatus status = v1::SESSION_STATUS_SCHEDULED)
{
    v1::GroupSession s;
    s.mutable_meta()->set_id(fakeId(n));
    s.set_group_id(fakeId(999));
    s.set_start_ms(startMs);
    s.set_end_ms(startMs + qint64(minutes) * 60 * 1000);
    s.set_time_zone(zone);
    s.set_place("Riverside Counseling Center, room 204");
    s.set_topic("Relapse triggers and shame");
    s.set_status(status);
    s.set_number(n);
    return s;
}

} // namespace circle::test
