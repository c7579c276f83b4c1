#pragma once

#include <QDateTime>
#include <QString>

namespace circle::SessionText {

/**
 * When a session is, in the words the Today and Schedule pages use:
 * "Now, until 19:30", "Today, 18:00 – 19:30", "Tomorrow, …", "Thursday, …"
 * within a week and "Monday 1 April, …" beyond. start, end and now must be in
 * the zone the patient reads times in.
 */
QString when(const QDateTime &start, const QDateTime &end, const QDateTime &now);

/**
 * How long until a session starts, next to when(): "Starts in 25 minutes",
 * "Starts in 3 hours" (whole hours) within a day, "Starts in 2 days" counted in calendar
 * days beyond, so it agrees with "Tomorrow" and the weekday. Empty once it has
 * started: when() says "Now" then. start and now in the patient's zone.
 */
QString startsIn(const QDateTime &start, const QDateTime &now);

/**
 * The patient's own answer for a session that is still ahead, as the Today and
 * Schedule pages show it; empty when there is none.
 */
QString answer(bool attending, bool notAttending);

} // namespace circle::SessionText
