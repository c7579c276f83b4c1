#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace circle::portal {

/**
 * A form body (application/x-www-form-urlencoded), decoded with limits: at most
 * kMaxFields fields, each name known to the caller, each value at most its limit. A body
 * outside them is refused with the reason, never cut short.
 */
class FormData
{
public:
    static constexpr int kMaxFields = 20;
    /** The largest form body the portal reads at all. */
    static constexpr qint64 kMaxBodyBytes = 16 * 1024;

    /** Parses @p body; on failure nullopt and @p error says which field is the problem. */
    static std::optional<FormData> parse(
        const QByteArray &body, const QHash<QString, qsizetype> &limits, QString *error);

    QString value(const QString &name) const { return m_values.value(name); }
    bool has(const QString &name) const { return m_values.contains(name); }

private:
    QHash<QString, QString> m_values;
};

/** The value of cookie @p name in a Cookie header; empty when absent. */
QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name);

/** True for a Content-Type of application/x-www-form-urlencoded (parameters allowed). */
bool isFormContentType(const QByteArray &contentType);

} // namespace circle::portal
