#pragma once

#include <QString>

#include <optional>

namespace circle::server {

/**
 * Where the clinic's data lives, as given on the command line: a file path for the
 * embedded SQLite database, or a `postgresql://user[:password]@host[:port]/dbname` URL
 * (a `?host=/socket/dir` query selects a Unix socket directory). Leaving the password out
 * of the URL lets libpq read PGPASSWORD or ~/.pgpass, which keeps it out of `ps`.
 */
struct DatabaseSpec
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;

    static std::optional<DatabaseSpec> parse(const QString &text, QString *error);

    /** For logs and messages: never includes the password. */
    QString describe() const;
};

} // namespace circle::server
