#include "databasespec.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace circle::server {

std::optional<DatabaseSpec> DatabaseSpec::parse(const QString &text, QString *error)
{
    DatabaseSpec spec;
    if (text.isEmpty()) {
        *error = u"no database given (--db FILE or --db postgresql://...)"_s;
        return std::nullopt;
    }
    if (!text.startsWith(u"postgresql://"_s) && !text.startsWith(u"postgres://"_s)) {
        spec.kind = Kind::Sqlite;
        spec.path = text;
        return spec;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = u"the PostgreSQL URL is not valid"_s;
        return std::nullopt;
    }
    spec.kind = Kind::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.name = url.path().mid(1);
    spec.user = url.userName();
    spec.password = url.password();
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s))
        spec.host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (spec.name.isEmpty() || spec.name.contains(u'/')) {
        *error = u"the PostgreSQL URL needs a database name: postgresql://user@host:port/dbname"_s;
        return std::nullopt;
    }
    return spec;
}

QString DatabaseSpec::describe() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

} // namespace circle::server
