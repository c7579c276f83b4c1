#include "recordstore.h"

#include "database.h"
#include "recordrules.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

const QString kColumns = u"patient_id, record_type, record_id, mutation_id, hlc, deleted,"
                         " sealed_body, clear_body, parent_id, group_id, seq, clinic_authored,"
                         " updated_ms, writer_device"_s;

StoredRecord readRecord(const QSqlQuery &q)
{
    StoredRecord r;
    r.patientId = q.value(0).toString();
    r.recordType = q.value(1).toString();
    r.recordId = q.value(2).toString();
    r.mutationId = q.value(3).toString();
    r.hlc = q.value(4).toString();
    r.deleted = q.value(5).toInt() != 0;
    if (!q.isNull(6)) {
        r.bodyKind = StoredRecord::Body::Sealed;
        r.body = q.value(6).toByteArray();
    } else if (!q.isNull(7)) {
        r.bodyKind = StoredRecord::Body::Clear;
        r.body = q.value(7).toByteArray();
    }
    r.parentId = q.value(8).toString();
    r.groupId = q.value(9).toString();
    r.seq = q.value(10).toLongLong();
    r.clinicAuthored = q.value(11).toInt() != 0;
    r.updatedMs = q.value(12).toLongLong();
    r.writerDevice = q.value(13).toString();
    return r;
}

QVariant bodyOrNull(const StoredRecord &r, StoredRecord::Body kind)
{
    // A typed null, so PostgreSQL knows the parameter is bytea.
    return r.bodyKind == kind ? QVariant(r.body) : QVariant(QMetaType::fromType<QByteArray>());
}

} // namespace

RecordStore::RecordStore(Database &db)
    : m_db(db)
{
}

Outcome<qint64> RecordStore::nextSeq()
{
    // The row stays locked until commit, so a later transaction cannot publish a higher
    // number before this one is visible: pull cursors never skip a change.
    QSqlQuery &bump = m_db.prepare(u"UPDATE counters SET value = value + 1 WHERE name = 'seq'"_s);
    if (!m_db.run(bump))
        return ApiError::storage();
    QSqlQuery &read = m_db.prepare(u"SELECT value FROM counters WHERE name = 'seq'"_s);
    if (!m_db.run(read) || !read.next())
        return ApiError::storage();
    return read.value(0).toLongLong();
}

Outcome<std::optional<StoredRecord>> RecordStore::find(
    const QString &patientId, const QString &type, const QString &id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + kColumns
        + u" FROM records WHERE patient_id = :p AND record_type = :t AND record_id = :i"_s);
    q.bindValue(u":p"_s, patientId);
    q.bindValue(u":t"_s, type);
    q.bindValue(u":i"_s, id);
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(readRecord(q));
}

Outcome<std::optional<StoredRecord>> RecordStore::findClinic(const QString &type, const QString &id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + kColumns
        + u" FROM records WHERE record_type = :t AND record_id = :i AND clinic_authored = 1"_s);
    q.bindValue(u":t"_s, type);
    q.bindValue(u":i"_s, id);
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(readRecord(q));
}

Outcome<qint64> RecordStore::put(StoredRecord r, bool replace)
{
    const Outcome<qint64> seq = nextSeq();
    if (!seq)
        return seq;
    r.seq = seq.value();
    const QString sql = replace
        ? u"UPDATE records SET mutation_id = :m, hlc = :h, deleted = :d, sealed_body = :sb,"
          " clear_body = :cb, parent_id = :pa, group_id = :g, seq = :s, clinic_authored = :c,"
          " updated_ms = :u, writer_device = :w,"
          // A record stays "shared since" the version that first made it clear again.
          " shared_since_ms = CASE WHEN CAST(:ss AS BIGINT) = 0 THEN 0"
          " WHEN shared_since_ms > 0 THEN shared_since_ms ELSE CAST(:ss2 AS BIGINT) END"
          " WHERE patient_id = :p AND record_type = :t AND record_id = :i"_s
        : u"INSERT INTO records (patient_id, record_type, record_id, mutation_id, hlc, deleted,"
          " sealed_body, clear_body, parent_id, group_id, seq, clinic_authored, updated_ms,"
          " writer_device, shared_since_ms) VALUES (:p, :t, :i, :m, :h, :d, :sb, :cb, :pa, :g,"
          " :s, :c, :u, :w, :ss)"_s;
    QSqlQuery &q = m_db.prepare(sql);
    q.bindValue(u":p"_s, r.patientId);
    q.bindValue(u":t"_s, r.recordType);
    q.bindValue(u":i"_s, r.recordId);
    q.bindValue(u":m"_s, r.mutationId);
    q.bindValue(u":h"_s, r.hlc);
    q.bindValue(u":d"_s, r.deleted ? 1 : 0);
    q.bindValue(u":sb"_s, bodyOrNull(r, StoredRecord::Body::Sealed));
    q.bindValue(u":cb"_s, bodyOrNull(r, StoredRecord::Body::Clear));
    q.bindValue(u":pa"_s, r.parentId);
    q.bindValue(u":g"_s, r.groupId);
    q.bindValue(u":s"_s, r.seq);
    q.bindValue(u":c"_s, r.clinicAuthored ? 1 : 0);
    q.bindValue(u":u"_s, r.updatedMs);
    q.bindValue(u":w"_s, r.writerDevice);
    const qint64 sharedSince
        = r.bodyKind == StoredRecord::Body::Clear && !r.deleted ? r.updatedMs : 0;
    q.bindValue(u":ss"_s, sharedSince);
    if (replace)
        q.bindValue(u":ss2"_s, sharedSince);
    if (!m_db.run(q) || q.numRowsAffected() != 1)
        return ApiError::storage();
    return r.seq;
}

Outcome<bool> RecordStore::wasApplied(const QString &patientId, const QString &mutationId)
{
    QSqlQuery &q = m_db.prepare(
        u"SELECT seq FROM applied_mutations WHERE patient_id = :p AND mutation_id = :m"_s);
    q.bindValue(u":p"_s, patientId);
    q.bindValue(u":m"_s, mutationId);
    if (!m_db.run(q))
        return ApiError::storage();
    return q.next();
}

bool RecordStore::markApplied(
    const QString &patientId, const QString &mutationId, qint64 seq, qint64 nowMs)
{
    QSqlQuery &q
        = m_db.prepare(u"INSERT INTO applied_mutations (patient_id, mutation_id, seq, applied_ms)"
                       " VALUES (:p, :m, :s, :at)"_s);
    q.bindValue(u":p"_s, patientId);
    q.bindValue(u":m"_s, mutationId);
    q.bindValue(u":s"_s, seq);
    q.bindValue(u":at"_s, nowMs);
    return m_db.run(q);
}

Outcome<qint64> RecordStore::publishedSeq()
{
    QSqlQuery &read = m_db.prepare(u"SELECT value FROM counters WHERE name = 'seq'"_s);
    if (!m_db.run(read) || !read.next())
        return ApiError::storage();
    return read.value(0).toLongLong();
}

Outcome<QList<StoredRecord>> RecordStore::changesFor(
    const QString &patientId, const QString &deviceId, qint64 afterSeq, qint64 upToSeq, int limit)
{
    // Two index-friendly halves (owner+seq, group+seq) instead of one OR over the table.
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + kColumns
        + u" FROM records WHERE patient_id = :p1 AND clinic_authored = 0 AND seq > :a1"
          " AND seq <= :u1 AND (:a0 = 0 OR writer_device <> :d)"
          " UNION ALL SELECT "_s
        + kColumns
        + u" FROM records WHERE clinic_authored = 1 AND seq > :a2 AND seq <= :u2"
          " AND (patient_id = '' OR patient_id = :p2)"
          " AND group_id IN (SELECT group_id FROM memberships WHERE patient_id = :p3)"
          " ORDER BY seq LIMIT :n"_s);
    q.bindValue(u":p1"_s, patientId);
    q.bindValue(u":a1"_s, afterSeq);
    q.bindValue(u":u1"_s, upToSeq);
    q.bindValue(u":a0"_s, afterSeq);
    q.bindValue(u":d"_s, deviceId);
    q.bindValue(u":a2"_s, afterSeq);
    q.bindValue(u":u2"_s, upToSeq);
    q.bindValue(u":p2"_s, patientId);
    q.bindValue(u":p3"_s, patientId);
    q.bindValue(u":n"_s, limit);
    if (!m_db.run(q))
        return ApiError::storage();
    QList<StoredRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Outcome<QList<StoredRecord>> RecordStore::sharedInGroup(const QString &groupId)
{
    // clear_body IS NOT NULL is the whole privacy rule: a sealed record has no clear body,
    // and resealing (unshare) sets it to NULL. Membership is checked again so a patient
    // moved out of the group stops showing.
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + kColumns
        + u" FROM records WHERE group_id = :g AND clinic_authored = 0 AND deleted = 0"
          " AND clear_body IS NOT NULL"
          " AND patient_id IN (SELECT patient_id FROM memberships WHERE group_id = :g2)"
          " ORDER BY seq"_s);
    q.bindValue(u":g"_s, groupId);
    q.bindValue(u":g2"_s, groupId);
    if (!m_db.run(q))
        return ApiError::storage();
    QList<StoredRecord> out;
    while (q.next()) {
        StoredRecord r = readRecord(q);
        if (isSharableType(r.recordType))
            out.append(std::move(r));
    }
    return out;
}

Outcome<QStringList> RecordStore::groupsOf(const QString &patientId)
{
    QSqlQuery &q = m_db.prepare(
        u"SELECT group_id FROM memberships WHERE patient_id = :p ORDER BY group_id"_s);
    q.bindValue(u":p"_s, patientId);
    if (!m_db.run(q))
        return ApiError::storage();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace circle::server
