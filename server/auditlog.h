#pragma once

#include <QList>
#include <QString>

namespace circle::server {

class Database;

/** One audit row: who touched which record, when, and how it ended. Never content. */
struct AuditEntry
{
    qint64 atMs = 0;
    QString actor; ///< "device:<id>", "therapist:<id>", "admin", "anonymous:<address>"
    QString action; ///< "push", "pull", "read_shared", "enroll", "create_group", ...
    QString patientId; ///< whose data; empty for clinic-wide actions
    QString recordType;
    QString recordId;
    QString outcome; ///< "applied", "duplicate", "stale", "rejected", "ok", "denied", ...
};

/**
 * The audit log of every read and write of patient data (DESIGN.md, Security). Rows are
 * written inside the transaction of the change they describe, so the log and the data
 * never disagree; refusals, which change nothing, are written on their own.
 */
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    bool write(const AuditEntry &entry);
    /** Rows at or after @p sinceMs, oldest first, at most @p limit. */
    QList<AuditEntry> since(qint64 sinceMs, int limit, bool *ok);

private:
    Database &m_db;
};

} // namespace circle::server
