#include "admincontext.h"

#include "serverlog.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle::server::admin {

void out(const QString &line)
{
    std::fputs(qPrintable(serverlog::escapeControls(line) + u'\n'), stdout);
}

QString quoted(QStringView text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QString token(QStringView text)
{
    if (text.isEmpty())
        return u"-"_s;
    QString out;
    for (const char c : text.toUtf8()) {
        const auto b = uchar(c);
        if (b > 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(c);
        else
            out += u"\\x%1"_s.arg(uint(b), 2, 16, QLatin1Char('0'));
    }
    return out;
}

int fail(const QString &message)
{
    std::fprintf(
        stderr, "circle-server admin: %s\n", qPrintable(serverlog::escapeControls(message)));
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
