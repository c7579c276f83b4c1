#pragma once

#include <QString>
#include <QStringView>

namespace circle::server {

/**
 * The server's operational log: one line per event on stderr. Callers pass only ids,
 * paths, counts and status codes: never record content, tokens, invite codes or keys
 * (DESIGN.md, Privacy). Text that came from a client goes through forLog() first.
 */
namespace serverlog {

void info(const QString &line);
void warning(const QString &line);

/** Client-supplied text made safe for one log line: no control characters, short. */
QString forLog(QStringView text, qsizetype maxLength = 80);

/**
 * @p text with every character that could break or disguise a line (control and format
 * characters, line and paragraph separators) written as `\xNN` or `\u{NNNN}`. Every log
 * line and every line of admin output goes through this last, so whatever reached it,
 * one call prints exactly one line.
 */
QString escapeControls(QStringView text);

/** The first line of a database error, which names the failure; later lines may quote row values.
 */
QString firstLine(const QString &text);

} // namespace serverlog
} // namespace circle::server
