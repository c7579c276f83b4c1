#pragma once

#include "caseloadreader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace circle::portal {

/** Who a page is for: empty name when no one is signed in. */
struct PageFrame
{
    QString staffName;
    QString csrfToken;
};

/** The group page's assign-homework form as sent, with a message per refused field. */
struct HomeworkForm
{
    QString title;
    QString instructions;
    QString due;
    QHash<QString, QString> errors; ///< field name → what to fix
};

/**
 * The portal's pages, rendered from mustache templates (kainjow) with every value HTML
 * escaped by the engine. Only this file's own markup (a rendered page, an SVG it drew)
 * is put in unescaped. Strings come from portalstrings.
 */
namespace pages {

QString signIn(const QString &formToken, const QString &login, const QString &error);
QString setupPassword(const QString &token, const QString &login, const QString &error);
QString setupFactor(
    const QString &token, const QString &login, const QByteArray &secret, const QString &error);
QString recoveryCodes(const QStringList &codes);
QString caseload(const PageFrame &frame, const QList<CaseloadRow> &rows);
QString group(
    const PageFrame &frame, const GroupView &view, qint64 nowMs, const HomeworkForm &form = {});
QString goal(const PageFrame &frame, const GoalView &view);
/** A page that only says something: 403, 404, 400, 429, 500. */
QString message(const PageFrame &frame, const QString &title, const QString &text);

} // namespace pages
} // namespace circle::portal
