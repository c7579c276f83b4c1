#include "formdata.h"

#include "portalstrings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace circle::portal {

namespace {

QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

std::optional<FormData> FormData::parse(
    const QByteArray &body, const QHash<QString, qsizetype> &limits, QString *error)
{
    FormData form;
    if (body.size() > kMaxBodyBytes) {
        *error = text("form_body_too_large").arg(kMaxBodyBytes);
        return std::nullopt;
    }
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > kMaxFields) {
        *error = text("form_too_many_fields").arg(kMaxFields);
        return std::nullopt;
    }
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        const auto limit = limits.constFind(name);
        if (limit == limits.constEnd()) {
            *error = text("form_unknown_field");
            return std::nullopt;
        }
        if (value.size() > *limit) {
            *error = text("form_field_too_long").arg(name).arg(*limit);
            return std::nullopt;
        }
        if (form.m_values.contains(name)) {
            *error = text("form_field_twice").arg(name);
            return std::nullopt;
        }
        form.m_values.insert(name, value);
    }
    return form;
}

QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return trimmed.mid(name.size() + 1);
    }
    return {};
}

bool isFormContentType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return contentType.left(semicolon < 0 ? contentType.size() : semicolon)
               .trimmed()
               .compare("application/x-www-form-urlencoded", Qt::CaseInsensitive)
        == 0;
}

} // namespace circle::portal
