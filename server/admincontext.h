#pragma once

#include "apierror.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace circle::server {

class ClinicServices;

/** What one `circle-server admin` command works with. */
struct AdminContext
{
    QCommandLineParser &parser;
    QStringList args; ///< positional arguments after the command
    ClinicServices &s;
    QString dataDir;
};

namespace admin {

/** One `key value` line on stdout; control characters in it are escaped (serverlog). */
void out(const QString &line);
/**
 * Free text (a name, a label) for a `key=value` line: in double quotes, with `\\` and `"`
 * escaped, so a name cannot end its field early and pose as the next one.
 */
QString quoted(QStringView text);
/** An id-like value for a line of space-separated fields: anything but visible ASCII escaped. */
QString token(QStringView text);
/** Prints @p message on stderr; returns the exit code for a failed command. */
int fail(const QString &message);
int failed(const ApiError &error);
QString isoTime(qint64 ms);
/** An ISO date-time; without an offset it is wall-clock time in @p zone (the group's). */
std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone);

// Clinic structure (adminclinic.cpp).
int createGroup(AdminContext &c);
int listGroups(AdminContext &c);
int addSessions(AdminContext &c, bool series);
int assignHomework(AdminContext &c);
int invite(AdminContext &c);
int seedDemo(AdminContext &c);

} // namespace admin
} // namespace circle::server
