#include "auditlog.h"

#include "database.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::server {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

bool AuditLog::write(const AuditEntry &e)
{
    QSqlQuery &q = m_db.prepare(u"INSERT INTO audit_log (at_ms, actor, action, patient_id,"
                                " record_type, record_id, outcome) VALUES (:at, :actor, :action,"
                                " :patient, :type, :id, :outcome)"_s);
    q.bindValue(u":at"_s, e.atMs);
    q.bindValue(u":actor"_s, e.actor);
    q.bindValue(u":action"_s, e.action);
    q.bindValue(u":patient"_s, e.patientId);
    q.bindValue(u":type"_s, e.recordType);
    q.bindValue(u":id"_s, e.recordId);
    q.bindValue(u":outcome"_s, e.outcome);
    return m_db.run(q);
}

QList<AuditEntry> AuditLog::since(qint64 sinceMs, int limit, bool *ok)
{
    QList<AuditEntry> out;
    QSqlQuery &q = m_db.prepare(u"SELECT at_ms, actor, action, patient_id, record_type, record_id,"
                                " outcome FROM audit_log WHERE at_ms >= :since ORDER BY at_ms"
                                " LIMIT :limit"_s);
    q.bindValue(u":since"_s, sinceMs);
    q.bindValue(u":limit"_s, limit);
    *ok = m_db.run(q);
    while (*ok && q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString() });
    }
    return out;
}

} // namespace circle::server
