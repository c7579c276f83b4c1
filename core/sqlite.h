#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <concepts>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace circle::sql {

/**
 * Thin RAII wrappers over the SQLCipher C API. Circle talks to SQLCipher directly
 * (never through QtSql), so that the statically linked, encrypting SQLite is the
 * only one this code can reach.
 */
class Connection
{
public:
    Connection() = default;
    explicit Connection(sqlite3 *db)
        : m_db(db)
    {
    }
    ~Connection();
    Connection(Connection &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
    {
    }
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }

    /** Runs one or more statements that return no rows we need. */
    Result<void> exec(std::string_view sql, const char *context);
    /** Runs a statement and returns the first column of its first row as text ("" if none). */
    Result<QString> queryText(std::string_view sql, const char *context);
    Result<qint64> queryInt(std::string_view sql, const char *context);

    qint64 lastInsertRowId() const;
    int changes() const;

    /** Turns SQLite's result code into an Error whose message says what happened. */
    Error errorFor(int rc, const char *context) const;

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(const Connection &conn, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /** Preparation failed: error() says why. */
    bool valid() const { return m_stmt != nullptr; }
    const Error &prepareError() const { return m_prepareError; }

    // Parameters are 1-based, as in SQLite.
    template<std::integral I> Statement &bind(int index, I value)
    {
        return bindInt64(index, qint64(value));
    }
    Statement &bindInt64(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::string_view utf8);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    enum class Step { Row, Done, Error };
    /** Advances; on Step::Error, error() says why. */
    Step step();
    /** Steps once and expects no row; the Result carries any error. */
    Result<void> run(const char *context);
    Result<void> reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    Error error(const char *context) const;

private:
    const Connection &m_conn;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_prepareError;
    int m_lastRc = 0;
};

/** BEGIN IMMEDIATE on construction; rolls back unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(Connection &conn);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN worked; when not, beginError() says why. */
    bool active() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    Result<void> commit();

private:
    Connection &m_conn;
    bool m_active = false;
    bool m_nested = false;
    Error m_beginError;
};

} // namespace circle::sql
