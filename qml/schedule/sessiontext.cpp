#include "sessiontext.h"

#include "appshell/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace circle::SessionText {

namespace {

// The context lupdate gives these strings: the qualified name they are written in.
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("circle::SessionText", text, disambiguation);
}

} // namespace

QString when(const QDateTime &start, const QDateTime &end, const QDateTime &now)
{
    const QLocale locale;
    const QString from = TimeFormat::shortTime(start.time());
    const QString until = TimeFormat::shortTime(end.time());
    if (start <= now && now < end)
        return tr("Now, until %1").arg(until);

    const QString hours = tr("%1 – %2", "time range").arg(from, until);
    const qint64 days = now.date().daysTo(start.date());
    if (days == 0)
        return tr("Today, %1").arg(hours);
    if (days == 1)
        return tr("Tomorrow, %1").arg(hours);
    if (days == -1)
        return tr("Yesterday, %1").arg(hours);
    // Within a week the weekday alone is unambiguous; further out the date is needed.
    const QString day = days > 1 && days < 7 ? locale.dayName(start.date().dayOfWeek())
                                             : TimeFormat::dayAndMonth(start.date());
    return tr("%1, %2", "day, time range").arg(day, hours);
}

} // namespace circle::SessionText
