#include "svgdrawing.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <qrencode.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace circle::portal::svg {

namespace {

constexpr double kWidth = 640, kHeight = 260;
constexpr double kLeft = 56, kRight = 16, kTop = 16, kBottom = 40;

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString valueText(double v)
{
    return std::fabs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v)))
                                               : QString::number(v, 'g', 4);
}

qint64 dateMs(const std::string &isoDate, bool endOfDay)
{
    const QDate d = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    if (!d.isValid())
        return 0;
    return QDateTime(d, endOfDay ? QTime(23, 59) : QTime(0, 0), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace

QString progressChart(const circle::v1::Goal &goal, const QList<circle::v1::GoalCheckIn> &checkIns,
    const QString &label)
{
    const double target = std::isfinite(goal.target_value()) ? goal.target_value() : 0;
    double top = std::max(target, 1.0);
    qint64 first = dateMs(goal.start_date(), false);
    qint64 last = dateMs(goal.due_date(), true);
    for (const auto &c : checkIns) {
        if (std::isfinite(c.value()))
            top = std::max(top, c.value());
        if (c.at_ms() > 0) {
            first = first == 0 ? qint64(c.at_ms()) : std::min(first, qint64(c.at_ms()));
            last = std::max(last, qint64(c.at_ms()));
        }
    }
    if (first == 0)
        first = goal.meta().created_ms();
    if (last <= first)
        last = first + 24 * 3600 * 1000;
    top *= 1.1;
    const double plotW = kWidth - kLeft - kRight, plotH = kHeight - kTop - kBottom;
    auto x = [&](qint64 ms) { return kLeft + plotW * double(ms - first) / double(last - first); };
    auto y = [&](double v) {
        return kTop + plotH * (1 - std::clamp(std::isfinite(v) ? v : 0, 0.0, top) / top);
    };

    QString out = u"<svg class=\"chart\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                  u"aria-labelledby=\"chart-title\">"
                  "<title id=\"chart-title\">%3</title>"_s.arg(
                      num(kWidth), num(kHeight), label.toHtmlEscaped());
    // Axes and the target.
    out += u"<line class=\"axis\" x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>"_s.arg(
        num(kLeft), num(kTop), num(kTop + plotH));
    out += u"<line class=\"axis\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>"_s.arg(
        num(kLeft), num(kTop + plotH), num(kLeft + plotW));
    out += u"<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"end\">0</text>"_s.arg(
        num(kLeft - 6), num(kTop + plotH + 4));
    if (target > 0) {
        out += u"<line class=\"target\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>"_s.arg(
            num(kLeft), num(y(target)), num(kLeft + plotW));
        out += u"<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>"_s.arg(
            num(kLeft - 6), num(y(target) + 4), valueText(target));
    }
    out += u"<text class=\"tick\" x=\"%1\" y=\"%2\">%3</text>"_s.arg(
        num(kLeft), num(kHeight - 12), day(first));
    out += u"<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>"_s.arg(
        num(kLeft + plotW), num(kHeight - 12), day(last));
    // The check-ins.
    QString points;
    for (const auto &c : checkIns)
        points += u"%1,%2 "_s.arg(num(x(c.at_ms())), num(y(c.value())));
    if (!points.isEmpty())
        out += u"<polyline class=\"line\" points=\"%1\"/>"_s.arg(points.trimmed());
    for (const auto &c : checkIns)
        out += u"<circle class=\"point\" cx=\"%1\" cy=\"%2\" r=\"4\"/>"_s.arg(
            num(x(c.at_ms())), num(y(c.value())));
    return out + u"</svg>"_s;
}

QString qrCode(const QString &text, const QString &label)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    QString path;
    for (int row = 0; row < code->width; ++row) {
        for (int col = 0; col < code->width; ++col) {
            if (code->data[row * code->width + col] & 1)
                path += u"M%1 %2h1v1h-1z"_s.arg(col + quiet).arg(row + quiet);
        }
    }
    QRcode_free(code);
    // Dark on light whatever the page's scheme: scanners expect it.
    return u"<svg class=\"qr\" viewBox=\"0 0 %1 %1\" role=\"img\" aria-label=\"%2\""
           " shape-rendering=\"crispEdges\"><rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>"
           "<path d=\"%3\" fill=\"#000\"/></svg>"_s.arg(
               QString::number(size), label.toHtmlEscaped(), path);
}

} // namespace circle::portal::svg
