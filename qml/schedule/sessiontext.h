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

} // namespace circle::SessionText
