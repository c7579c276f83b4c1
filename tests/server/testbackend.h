#pragma once

#include <QString>
#include <QStringList>

namespace circle::servertest {

/**
 * Which database the server under test uses. SQLite by default; PostgreSQL when
 * CIRCLE_TEST_PG_URL names a cluster (tests/server/with-postgres.sh starts a throwaway one
 * and sets it), so the same tests run against both.
 */
class TestBackend
{
public:
    static bool isPostgres();
    static QString name();

    /**
     * A fresh, empty database for one server: a file in @p dir, or a new database in the
     * PostgreSQL cluster. Empty with @p error set when it cannot be made.
     */
    static QString newDatabase(const QString &dir, QString *error);

    /**
     * Cuts every PostgreSQL connection to the database @p databaseUrl names, as a database
     * restart or a network failure would. False on SQLite, or when it could not.
     */
    static bool dropConnections(const QString &databaseUrl);

    /**
     * Runs @p statements in order on the database a server was started with (@p database:
     * its SQLite file or PostgreSQL URL), as an operator with direct access would. Returns
     * the first column of the last statement's rows; @p error is set when one fails.
     */
    static QStringList execute(
        const QString &database, const QStringList &statements, QString *error);

    /** Every file the database's bytes may live in (for "this never reaches disk" checks). */
    static QStringList storageFiles(const QString &dir);
};

} // namespace circle::servertest
