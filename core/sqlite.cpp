#include "sqlite.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace circle::sql {

namespace {

Error describe(sqlite3 *db, int rc, const char *context)
{
    const QString what = QString::fromUtf8(context);
    const int primary = rc & 0xff;
    const int sysErrno = db ? sqlite3_system_errno(db) : 0;
    switch (primary) {
    case SQLITE_FULL:
        return Error::make(Error::Code::DiskFull,
            u"%1: the device is out of storage space; nothing was changed."_s.arg(what));
    case SQLITE_IOERR:
        if (sysErrno == ENOSPC || sysErrno == EFBIG || sysErrno == EDQUOT)
            return Error::make(Error::Code::DiskFull,
                u"%1: the device is out of storage space; nothing was changed."_s.arg(what));
        return Error::make(Error::Code::Io,
            u"%1: reading or writing the store failed (%2)."_s.arg(
                what, QString::fromUtf8(sqlite3_errstr(rc))));
    case SQLITE_ERROR:
        // SQLCipher 3 reports a page that fails its HMAC as a bare SQLITE_ERROR
        // whose message is only the generic text for the code; a real SQL error
        // always says what is wrong. The bare form therefore means damage.
        if (db && std::strcmp(sqlite3_errmsg(db), sqlite3_errstr(SQLITE_ERROR)) == 0)
            return describe(db, SQLITE_CORRUPT, context);
        return Error::make(
            Error::Code::Internal, u"%1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error::make(Error::Code::Corrupt,
            u"%1: the store is damaged or was altered (a page failed its integrity "
            "check); no data was read from the damaged part."_s.arg(what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(
            Error::Code::Locked, u"%1: the store is in use by another process."_s.arg(what));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return Error::make(Error::Code::Io,
            u"%1: the store file cannot be opened for writing (%2)."_s.arg(
                what, QString::fromUtf8(sqlite3_errstr(rc))));
    default:
        return Error::make(Error::Code::Internal,
            u"%1: %2"_s.arg(what,
                db ? QString::fromUtf8(sqlite3_errmsg(db))
                   : QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

} // namespace

Connection::~Connection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Error Connection::errorFor(int rc, const char *context) const
{
    return describe(m_db, rc, context);
}

Result<void> Connection::exec(std::string_view sql, const char *context)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, context);
    return {};
}

Result<QString> Connection::queryText(std::string_view sql, const char *context)
{
    Statement st(*this, sql);
    if (!st.valid())
        return st.prepareError();
    switch (st.step()) {
    case Statement::Step::Row:
        return st.text(0);
    case Statement::Step::Done:
        return QString();
    case Statement::Step::Error:
        break;
    }
    return st.error(context);
}

Result<qint64> Connection::queryInt(std::string_view sql, const char *context)
{
    Statement st(*this, sql);
    if (!st.valid())
        return st.prepareError();
    switch (st.step()) {
    case Statement::Step::Row:
        return st.int64(0);
    case Statement::Step::Done:
        return qint64(0);
    case Statement::Step::Error:
        break;
    }
    return st.error(context);
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(const Connection &conn, std::string_view sql)
    : m_conn(conn)
{
    const int rc = sqlite3_prepare_v2(conn.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = conn.errorFor(rc, "Preparing a query");
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    // A zero-length blob still binds as a blob, not NULL.
    sqlite3_bind_blob(m_stmt, index, value.constData() ? value.constData() : "", int(value.size()),
        SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement::Step Statement::step()
{
    m_lastRc = sqlite3_step(m_stmt);
    if (m_lastRc == SQLITE_ROW)
        return Step::Row;
    if (m_lastRc == SQLITE_DONE)
        return Step::Done;
    return Step::Error;
}

Result<void> Statement::run(const char *context)
{
    if (!valid())
        return m_prepareError;
    const Step s = step();
    if (s == Step::Error)
        return error(context);
    return {};
}

Result<void> Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return {};
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column)))
             : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error Statement::error(const char *context) const
{
    if (!valid())
        return m_prepareError;
    return m_conn.errorFor(m_lastRc, context);
}

// Nested use (an import calling repositories) becomes a savepoint, so the
// outer transaction still decides whether anything is kept.
Transaction::Transaction(Connection &conn)
    : m_conn(conn)
{
    const bool nested = sqlite3_get_autocommit(conn.handle()) == 0;
    auto r = m_conn.exec(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE", "Starting a transaction");
    m_active = r.ok();
    m_nested = nested;
    if (!r.ok())
        m_beginError = r.error();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        (void)m_conn.exec("ROLLBACK TO nested; RELEASE nested", "Rolling back");
    } else {
        (void)m_conn.exec("ROLLBACK", "Rolling back");
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    auto r = m_conn.exec(m_nested ? "RELEASE nested" : "COMMIT", "Saving");
    if (r.ok())
        m_active = false;
    return r;
}

} // namespace circle::sql
