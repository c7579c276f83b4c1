#include "admincontext.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle::server::admin {

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "circle-server admin: %s\n", qPrintable(message));
    return 1;
}

int failed(const ApiError &error)
{
    return fail(error.message);
}

QString isoTime(qint64 ms)
{
    return ms == 0 ? u"-"_s
                   : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t;
}

} // namespace circle::server::admin
