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

QString dayAndMonth(const QDate &date)
{
    const QLocale locale;
    // Spanish joins the day and the month with "de" and a comma after the
    // weekday ("lunes, 7 de diciembre"); English reads "Monday 7 December".
    if (locale.language() == QLocale::Spanish)
        return locale.toString(date, u"dddd, d 'de' MMMM"_s);
    return locale.toString(date, u"dddd d MMMM"_s);
}

} // namespace circle::TimeFormat
