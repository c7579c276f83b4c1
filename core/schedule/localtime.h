#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace circle {

/**
 * Turns a wall-clock time in a zone into an instant, with one rule for the two
 * hours a year where that is not a plain lookup. Calendars (RFC 5545, 3.3.5)
 * and therefore the .ics files Circle writes use the same rule, so a session
 * lands on the same instant in the app and in the patient's calendar:
 *
 * - a time that does not exist (02:30 on a spring-forward day) is read with the
 *   offset in force before the gap, so it moves forward by the gap (03:30);
 * - a time that happens twice (01:30 on a fall-back day) is the first one.
 *
 * Qt 6.4's QDateTime(date, time, zone) leaves both cases to the backend, which
 * is why this does not simply call it.
 */
QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone &zone);

/**
 * How often a wall-clock time happens in zone on that day: 0 in a spring-forward
 * gap, 2 in a fall-back hour, else 1.
 */
int localTimeOccurrences(QDate date, QTime time, const QTimeZone &zone);

/** The instant at minuteOfDay minutes after midnight of date in zone (same rules). */
qint64 localMinuteToMs(QDate date, int minuteOfDay, const QTimeZone &zone);

/** The calendar day of an instant as seen in zone. */
QDate localDate(qint64 ms, const QTimeZone &zone);

/** Minutes after midnight of an instant as seen in zone. */
int localMinuteOfDay(qint64 ms, const QTimeZone &zone);

} // namespace circle
