#pragma once

#include <QString>

class QDate;
class QTime;

namespace circle::TimeFormat {

/** "18:00" or "6:00 PM" as the locale writes it, never with seconds. */
QString shortTime(const QTime &time);

/** "Tuesday 12 March": the weekday and date, without the year. */
QString dayAndMonth(const QDate &date);

/** "7 December 2026"; Spanish "7 de diciembre de 2026". */
QString fullDate(const QDate &date);

/** "Monday 7 December 2026"; Spanish "lunes, 7 de diciembre de 2026". */
QString weekdayAndFullDate(const QDate &date);

/** "December 2026"; Spanish "diciembre de 2026". */
QString monthAndYear(const QDate &date);

} // namespace circle::TimeFormat
