#include "testbackend.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace circle::servertest {

namespace {
QAtomicInt s_databases;

QString pgUrl()
{
    return qEnvironmentVariable("CIRCLE_TEST_PG_URL");
}
} // namespace

bool TestBackend::isPostgres()
{
    return !pgUrl().isEmpty();
}

QString TestBackend::name()
{
    return isPostgres() ? u"postgresql"_s : u"sqlite"_s;
}

QString TestBackend::newDatabase(const QString &dir, QString *error)
{
    if (!isPostgres())
        return QDir(dir).filePath(u"circle.db"_s);
    const QUrl url(pgUrl());
    const QString name = u"circle_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                             .arg(s_databases.fetchAndAddRelaxed(1));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            *error = u"cannot reach the test PostgreSQL cluster: "_s + admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            // Database names cannot be bound as parameters; this one is made here, not input.
            if (!q.exec(u"CREATE DATABASE "_s + name))
                *error = u"CREATE DATABASE failed: "_s + q.lastError().text();
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(u"test-admin"_s);
    if (!error->isEmpty())
        return {};
    QUrl db = url;
    db.setPath(u"/"_s + name);
    return db.toString();
}

bool TestBackend::dropConnections(const QString &databaseUrl)
{
    if (!isPostgres())
        return false;
    const QUrl url(pgUrl());
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            QSqlQuery q(admin);
            q.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                      " WHERE datname = :name AND pid <> pg_backend_pid()"_s);
            q.bindValue(u":name"_s, QUrl(databaseUrl).path().mid(1));
            ok = q.exec() && q.next() && q.value(0).toBool();
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(u"test-admin"_s);
    return ok;
}

QStringList TestBackend::execute(
    const QString &database, const QStringList &statements, QString *error)
{
    QStringList out;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, u"test-direct"_s);
        if (isPostgres()) {
            const QUrl url(database);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(database);
        }
        if (!db.open()) {
            *error = u"cannot open the database: "_s + db.lastError().text();
        } else {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    *error = statement + u": "_s + q.lastError().text();
                    break;
                }
                out.clear();
                while (q.next())
                    out.append(q.value(0).toString());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"test-direct"_s);
    return out;
}

QStringList TestBackend::storageFiles(const QString &dir)
{
    QStringList files;
    QString root = dir;
    if (isPostgres())
        root = qEnvironmentVariable("CIRCLE_TEST_PG_DATA");
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace circle::servertest
