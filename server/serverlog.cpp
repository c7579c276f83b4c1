#include "serverlog.h"

#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle::server::serverlog {

static void write(QStringView level, const QString &line)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray out = (stamp + u' ' + level.toString() + u' ' + line + u'\n').toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
    std::fflush(stderr);
}

void info(const QString &line)
{
    write(u"info", line);
}

void warning(const QString &line)
{
    write(u"warning", line);
}

QString forLog(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength) + 1);
    for (const QChar c : text) {
        if (out.size() >= maxLength) {
            out += u'…';
            break;
        }
        out += (c.isPrint() && c != u'\n' && c != u'\r') ? c : u'?';
    }
    return out;
}

QString firstLine(const QString &text)
{
    return forLog(QStringView(text).left(text.indexOf(u'\n')), 200);
}

} // namespace circle::server::serverlog
