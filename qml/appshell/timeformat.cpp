#include "timeformat.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

using namespace Qt::StringLiterals;

namespace circle::TimeFormat {

QString shortTime(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Some locales (the "C" locale of a bare Linux session among them) put
    // seconds into the short format; a session time never needs them.
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    format.remove(seconds);
    return locale.toString(time, format);
}

namespace {

// Spanish joins the day, the month and the year with "de", and puts a comma
// after the weekday ("lunes, 7 de diciembre"); English reads "Monday 7 December".
// Every date the app writes out goes through here, so no page can disagree.
QString dateIn(const QDate &date, QStringView english, QStringView spanish)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::Spanish ? spanish : english);
}

} // namespace

QString dayAndMonth(const QDate &date)
{
    return dateIn(date, u"dddd d MMMM", u"dddd, d 'de' MMMM");
}

QString fullDate(const QDate &date)
{
    return dateIn(date, u"d MMMM yyyy", u"d 'de' MMMM 'de' yyyy");
}

QString weekdayAndFullDate(const QDate &date)
{
    return dateIn(date, u"dddd d MMMM yyyy", u"dddd, d 'de' MMMM 'de' yyyy");
}

QString monthAndYear(const QDate &date)
{
    return dateIn(date, u"MMMM yyyy", u"MMMM 'de' yyyy");
}

} // namespace circle::TimeFormat
