#include "serverlog.h"

#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle::server::serverlog {

static bool breaksLine(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString escapeControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (!breaksLine(char32_t(c)))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        else if (c < 0x100)
            out += u"\\x%1"_s.arg(c, 2, 16, QLatin1Char('0'));
        else
            out += u"\\u{%1}"_s.arg(c, 4, 16, QLatin1Char('0'));
    }
    return out;
}

static void write(QStringView level, const QString &line)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray out
        = (stamp + u' ' + level.toString() + u' ' + escapeControls(line) + u'\n').toUtf8();
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
        out += (c.isPrint() && !breaksLine(c.unicode())) ? c : u'?';
    }
    return out;
}

QString firstLine(const QString &text)
{
    return forLog(QStringView(text).left(text.indexOf(u'\n')), 200);
}

} // namespace circle::server::serverlog
