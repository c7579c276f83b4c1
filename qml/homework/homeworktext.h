#pragma once

#include <QString>
#include <QTimeZone>

/**
 * The words for homework that the Homework page and Today share, so both name a
 * due date, and a missed one, the same way. Text only: no store, no model.
 */
namespace circle::HomeworkText {

/**
 * When an assignment is due: "Due Friday 15 March", "Done", or for a missed
 * date one that says it still counts. nowMs decides whether it is missed;
 * zone names the day.
 */
QString due(qint64 dueMs, bool done, qint64 nowMs, const QTimeZone &zone);

} // namespace circle::HomeworkText
