#pragma once

#include <QString>

class QDate;
class QTime;

namespace circle::TimeFormat {

/** "18:00" or "6:00 PM" as the locale writes it, never with seconds. */
QString shortTime(const QTime &time);

/** "Tuesday 12 March": the weekday and date, without the year. */
QString dayAndMonth(const QDate &date);

} // namespace circle::TimeFormat
