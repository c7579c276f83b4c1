#include "homeworktext.h"

#include "appshell/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace circle::HomeworkText {

namespace {

// The context lupdate gives these strings: the qualified name they are written in.
QString tr(const char *text)
{
    return QCoreApplication::translate("circle::HomeworkText", text);
}

} // namespace

QString due(qint64 dueMs, bool done, qint64 nowMs, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(dueMs, zone).date();
    if (done)
        return tr("Done");
    if (dueMs < nowMs)
        return tr("Was due %1. It still counts whenever you do it.")
            .arg(TimeFormat::dayAndMonth(day));
    return tr("Due %1").arg(TimeFormat::dayAndMonth(day));
}

} // namespace circle::HomeworkText
