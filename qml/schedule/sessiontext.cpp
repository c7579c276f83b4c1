#include "sessiontext.h"

#include "appshell/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle::SessionText {

namespace {

// The context lupdate gives these strings: the qualified name they are written in.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("circle::SessionText", text, disambiguation, n);
}

constexpr qint64 MinuteMs = 60 * 1000LL;

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

QString startsIn(const QDateTime &start, const QDateTime &now)
{
    const qint64 aheadMs = now.msecsTo(start);
    if (aheadMs <= 0)
        return {};
    if (aheadMs < MinuteMs)
        return tr("Starts in less than a minute");
    // Rounded up: "in 1 minute" when 40 seconds remain, never "0 minutes".
    const qint64 minutes = (aheadMs + MinuteMs - 1) / MinuteMs;
    if (minutes < 60)
        return tr("Starts in %n minute(s)", nullptr, int(minutes));
    // Whole hours, rounded down like the minutes are rounded up: the time left
    // is never more than it says, and 23 h 59 min never reads "24 hours".
    if (minutes < 24 * 60)
        return tr("Starts in %n hour(s)", nullptr, int(minutes / 60));
    const int days = int(now.date().daysTo(start.date()));
    return tr("Starts in %n day(s)", nullptr, std::max(days, 1));
}

QString answer(bool attending, bool notAttending)
{
    if (attending)
        return tr("You're going");
    if (notAttending)
        return tr("You can't go; your facilitator knows");
    return {};
}

} // namespace circle::SessionText
