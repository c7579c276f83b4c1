#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace circle::server {

class Database;

/** The latest version of one record, as the server keeps it. */
struct StoredRecord
{
    enum class Body { None, Sealed, Clear };

    /// Owner of a patient record; for a clinic record '' (whole group) or the one patient
    /// a homework assignment is for.
    QString patientId;
    QString recordType;
    QString recordId;
    QString mutationId;
    QString hlc;
    bool deleted = false;
    Body bodyKind = Body::None;
    QByteArray body; ///< stored verbatim: sealed bytes are never looked into
    QString parentId;
    QString groupId;
    qint64 seq = 0;
    bool clinicAuthored = false;
    qint64 updatedMs = 0;
    /// The device that pushed this version; '' for clinic records and rows older than
    /// schema version 2.
    QString writerDevice;
};

/**
 * SQL for records, the change sequence and the applied-mutation ledger. Callers hold the
 * WriteTransaction; everything here is one statement or a few.
 */
class RecordStore
{
public:
    explicit RecordStore(Database &db);

    /** Bumps the server-wide counter and returns the new value (inside the caller's transaction).
     */
    Outcome<qint64> nextSeq();

    Outcome<std::optional<StoredRecord>> find(
        const QString &patientId, const QString &type, const QString &id);
    /** A clinic-authored record by type and id, whoever it is for. */
    Outcome<std::optional<StoredRecord>> findClinic(const QString &type, const QString &id);

    /** Stores @p record under a new sequence number, replacing the version with its key. */
    Outcome<qint64> put(StoredRecord record, bool replace);

    Outcome<bool> wasApplied(const QString &patientId, const QString &mutationId);
    bool markApplied(const QString &patientId, const QString &mutationId, qint64 seq, qint64 nowMs);

    /**
     * The highest sequence number committed so far. Numbers are handed out under the
     * counter's row lock, so every change at or below it is visible to a reader.
     */
    Outcome<qint64> publishedSeq();

    /**
     * What one device's pull may see in (@p afterSeq, @p upToSeq], in sequence order: its
     * patient's records that another device wrote, and the clinic records of the patient's
     * groups meant for the group or for them. Versions @p deviceId wrote itself are left
     * out (the device has them), except when @p afterSeq is 0: a device that starts from
     * nothing (reinstalled with its token kept, or reset) needs its own writes back too.
     */
    Outcome<QList<StoredRecord>> changesFor(const QString &patientId, const QString &deviceId,
        qint64 afterSeq, qint64 upToSeq, int limit);

    /** Clear, live, sharable records of the current members of @p groupId. */
    Outcome<QList<StoredRecord>> sharedInGroup(const QString &groupId);

    Outcome<QStringList> groupsOf(const QString &patientId);

private:
    Database &m_db;
};

} // namespace circle::server
