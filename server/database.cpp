#include "database.h"

#include "migrations.h"
#include "serverlog.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::server {

static QAtomicInt s_connectionCounter;

Database::Database(const DatabaseSpec &spec)
    : m_spec(spec)
    , m_connectionName(u"circle-server-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::checkpoint()
{
    if (isPostgres() || m_depth > 0)
        return true;
    finishAll();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The answer row is (busy, WAL frames, frames checkpointed); busy = 1 means a reader
    // kept part of the WAL alive.
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
        return false;
    return query.value(0).toInt() == 0;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_statements.clear(); // statements must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseSpec &spec, QString *error)
{
    std::unique_ptr<Database> db(new Database(spec));
    if (!db->connect(error))
        return nullptr;
    if (!migrateToLatest(*db, error))
        return nullptr;
    return db;
}

bool Database::connect(QString *error)
{
    const bool pg = isPostgres();
    if (!QSqlDatabase::isDriverAvailable(pg ? u"QPSQL"_s : u"QSQLITE"_s)) {
        *error = pg ? u"the Qt SQL driver QPSQL is not installed (Debian: libqt6sql6-psql)"_s
                    : u"the Qt SQL driver QSQLITE is not installed (Debian: libqt6sql6-sqlite)"_s;
        return false;
    }
    m_statements.clear(); // prepared on a connection that is gone
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, m_connectionName);
    if (pg) {
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setDatabaseName(m_spec.name);
        db.setUserName(m_spec.user);
        if (!m_spec.password.isEmpty())
            db.setPassword(m_spec.password);
        db.setConnectOptions(u"connect_timeout=10"_s);
    } else {
        db.setDatabaseName(m_spec.path);
        // Another process (the admin command) may hold the write lock for a moment.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    }
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(
            m_spec.describe(), serverlog::firstLine(db.lastError().text()));
        return false;
    }
    // libpq prints notices ("already exists, skipping") to stderr; warnings still show.
    if (pg && !execute(u"SET client_min_messages TO warning"_s)) {
        *error = u"cannot configure %1"_s.arg(m_spec.describe());
        return false;
    }
    if (!pg) {
        // WAL lets the admin command read while the server writes; FULL makes every
        // acknowledged push survive a power cut, not only a crash; secure_delete zeroes
        // the pages a replaced clear body (an unshared goal) leaves behind.
        for (const auto &pragma : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                 u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s }) {
            if (!execute(pragma)) {
                *error = u"cannot configure %1"_s.arg(m_spec.describe());
                return false;
            }
        }
    }
    return true;
}

QString Database::dialect(const QString &sql) const
{
    QString out = sql;
    out.replace(u"{blob}"_s, isPostgres() ? u"BYTEA"_s : u"BLOB"_s);
    return out;
}

QSqlQuery &Database::prepare(const QString &sql)
{
    Statement &slot = m_statements[sql];
    if (slot.prepared) {
        slot.query->finish();
        return *slot.query;
    }
    // New, or its preparation failed before (the connection may be back by now).
    slot.query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
    slot.query->setForwardOnly(true);
    slot.prepared = slot.query->prepare(sql);
    if (!slot.prepared)
        serverlog::warning(u"database: cannot prepare a statement: %1"_s.arg(
            serverlog::firstLine(slot.query->lastError().text())));
    return *slot.query;
}

void Database::finishAll()
{
    for (auto &[sql, statement] : m_statements)
        statement.query->finish();
}

bool Database::run(QSqlQuery &query)
{
    // Every text column is NOT NULL: an unset QString means "", never NULL. Bodies are the
    // only nullable columns, bound as typed QByteArray nulls.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString && values.at(i).toString().isNull())
            query.bindValue(int(i), QString(u""_s));
    }
    if (query.exec())
        return true;
    serverlog::warning(
        u"database: statement failed: %1"_s.arg(serverlog::firstLine(query.lastError().text())));
    if (m_depth > 0)
        m_failed = true;
    return false;
}

bool Database::execute(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    serverlog::warning(
        u"database: statement failed: %1"_s.arg(serverlog::firstLine(query.lastError().text())));
    if (m_depth > 0)
        m_failed = true;
    return false;
}

bool Database::beginOnce()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
}

bool Database::begin()
{
    if (m_depth > 0) {
        ++m_depth;
        return true;
    }
    finishAll();
    if (!beginOnce() && !(recover() && beginOnce()))
        return false;
    m_depth = 1;
    m_failed = false;
    return true;
}

bool Database::recover()
{
    if (m_depth > 0)
        return false; // never in the middle of a transaction
    if (execute(u"SELECT 1"_s))
        return true;
    // A PostgreSQL restart or a dropped connection: one reconnect covers those.
    serverlog::warning(u"database: connection lost; reconnecting"_s);
    QSqlDatabase::database(m_connectionName, false).close();
    ++m_reconnects;
    QString error;
    if (!connect(&error)) {
        serverlog::warning(u"database: %1"_s.arg(error));
        return false;
    }
    return true;
}

bool Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return !m_failed;
    finishAll();
    if (m_failed) {
        execute(u"ROLLBACK"_s);
        return false;
    }
    if (execute(u"COMMIT"_s))
        return true;
    execute(u"ROLLBACK"_s);
    return false;
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    finishAll();
    execute(u"ROLLBACK"_s);
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
    , m_active(db.begin())
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_active && !m_done)
        m_db.rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active || m_done)
        return false;
    m_done = true;
    return m_db.commit();
}

} // namespace circle::server
