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
    return QLocale().toString(date, u"dddd d MMMM"_s);
}

} // namespace circle::TimeFormat
