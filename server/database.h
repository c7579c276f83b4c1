#pragma once

#include "databasespec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace circle::server {

/**
 * The server's one connection to its database, SQLite or PostgreSQL through Qt SQL.
 * The same SQL runs on both: the schema avoids what only one of them has (UPSERT,
 * RETURNING, sequences); the only difference is the type of binary columns, written
 * `{blob}` in schema text and replaced by dialect().
 *
 * Writes go through WriteTransaction. SQLite takes its write lock at BEGIN IMMEDIATE, so a
 * concurrent `circle-server admin` waits (busy timeout) instead of failing half way.
 */
class Database
{
public:
    static std::unique_ptr<Database> open(const DatabaseSpec &spec, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isPostgres() const { return m_spec.kind == DatabaseSpec::Kind::Postgres; }
    const DatabaseSpec &spec() const { return m_spec; }

    /** @p sql with `{blob}` replaced by this database's binary column type. */
    QString dialect(const QString &sql) const;

    /**
     * A forward-only statement prepared on this connection. Statements are prepared once
     * and reused (PostgreSQL would otherwise parse and plan each one on every call), so a
     * caller binds all its placeholders each time and is done with the statement before
     * the same SQL text is prepared again.
     */
    QSqlQuery &prepare(const QString &sql);
    /**
     * Finishes every statement. An SQLite statement read only part way holds its read
     * snapshot open, and this process would miss what `circle-server admin` commits (a
     * revoked device); transactions and the end of each request call this.
     */
    void finishAll();
    /** Runs a prepared statement; on failure logs the first line of the error and returns false. */
    bool run(QSqlQuery &query);
    /** Runs one statement without parameters (schema, pragmas). */
    bool execute(const QString &sql);

    /**
     * Checks the connection outside a transaction and reconnects when it is gone (a
     * PostgreSQL restart). Called after a request failed on storage, so the next works.
     */
    bool recover();
    /** How many times recover() had to reconnect: the server was cut off that often. */
    int reconnects() const { return m_reconnects; }

    /**
     * SQLite: copies the WAL into the database file and truncates the WAL to nothing, so
     * text that was overwritten or deleted (secure_delete zeroes it in the main file) does
     * not live on in the WAL. Nothing on PostgreSQL. Returns false when SQLite could not
     * (a reader of another process holds an old snapshot); a later call catches up.
     */
    bool checkpoint();
    /** Closes the connection; the last SQLite connection to close removes the WAL. */
    void close();

    // Used by WriteTransaction; nested transactions join the outermost one.
    bool begin();
    bool commit();
    void rollback();
    void markFailed() { m_failed = true; }

private:
    explicit Database(const DatabaseSpec &spec);
    bool connect(QString *error);
    bool beginOnce();

    DatabaseSpec m_spec;
    QString m_connectionName;
    struct Statement
    {
        std::unique_ptr<QSqlQuery> query;
        bool prepared = false;
    };
    std::unordered_map<QString, Statement> m_statements;
    int m_depth = 0;
    bool m_failed = false;
    int m_reconnects = 0;
};

/**
 * One write transaction. Destroyed without commit() it rolls back, so an early return on
 * an error never leaves half a change. Nested ones join the outer transaction; a failure
 * inside makes the outer one roll back too.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool active() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_done = false;
};

} // namespace circle::server
