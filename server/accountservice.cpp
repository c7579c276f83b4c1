#include "accountservice.h"

#include "auditlog.h"
#include "crypto.h"
#include "database.h"
#include "recordrules.h"
#include "serverclock.h"
#include "serverlog.h"

#include "circle/v1/sync.pb.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

// Names and labels end up in terminals (list-devices) and the therapist's screen: no
// control characters, bounded length.
QString cleanName(const QString &text, qsizetype max)
{
    return serverlog::forLog(text.trimmed(), max);
}

ApiError invalidInvite()
{
    return { 401, u"invalid_invite"_s,
        u"this invite is unknown, used or expired; ask the clinic for a new one"_s };
}

} // namespace

AccountService::AccountService(Database &db, ClinicService &clinic, AuditLog &audit,
    ServerClock &clock, const ServerLimits &limits)
    : m_db(db)
    , m_clinic(clinic)
    , m_audit(audit)
    , m_clock(clock)
    , m_limits(limits)
{
}

// The invite lifetime is kept as a named number in `counters` (the table of the change
// sequence): it is the one setting `admin` needs, and a row there needs no new schema.
bool AccountService::publishInviteTtl()
{
    WriteTransaction tx(m_db);
    QSqlQuery &drop = m_db.prepare(u"DELETE FROM counters WHERE name = 'invite_ttl_ms'"_s);
    QSqlQuery &add
        = m_db.prepare(u"INSERT INTO counters (name, value) VALUES ('invite_ttl_ms', :v)"_s);
    add.bindValue(u":v"_s, m_limits.inviteTtlMs);
    return tx.active() && m_db.run(drop) && m_db.run(add) && tx.commit();
}

bool AccountService::adoptPublishedInviteTtl()
{
    QSqlQuery &q = m_db.prepare(u"SELECT value FROM counters WHERE name = 'invite_ttl_ms'"_s);
    if (!m_db.run(q) || !q.next())
        return false;
    m_limits.inviteTtlMs = q.value(0).toLongLong();
    q.finish();
    return true;
}

Outcome<NewTherapist> AccountService::addTherapist(const QString &name)
{
    const QString clean = cleanName(name, fieldlimits::Label);
    if (clean.isEmpty())
        return ApiError::badRequest(u"a therapist needs a name"_s);
    const qint64 now = m_clock.nowMs();
    NewTherapist t { crypto::newUuidV7(now), crypto::newToken(u"ctt_") };
    WriteTransaction tx(m_db);
    QSqlQuery &q = m_db.prepare(
        u"INSERT INTO therapists (id, name, token_hash, created_ms) VALUES (:i, :n, :h, :at)"_s);
    q.bindValue(u":i"_s, t.id);
    q.bindValue(u":n"_s, clean);
    q.bindValue(u":h"_s, crypto::secretHash(t.token));
    q.bindValue(u":at"_s, now);
    if (!tx.active() || !m_db.run(q)
        || !m_audit.write(
            { now, u"admin"_s, u"add_therapist"_s, {}, u"therapist"_s, t.id, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return t;
}

Outcome<NewInvite> AccountService::createInvite(
    const Actor &actor, const QString &groupId, const QString &label, const QString &patientId)
{
    if (m_target.url.isEmpty())
        return ApiError { 500, u"no_public_url"_s,
            u"the server does not know the URL to put in invites"_s };
    if (const auto allowed = m_clinic.requireGroup(actor, groupId); !allowed)
        return allowed.error();
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    NewInvite out;
    if (!patientId.isEmpty()) {
        const Outcome<bool> member = m_clinic.isMember(groupId, patientId);
        if (!member)
            return member.error();
        if (!member.value())
            return ApiError::forbidden(u"that patient is not a member of this group"_s);
        out.patientId = patientId;
    } else {
        const QString clean = cleanName(label, fieldlimits::Label);
        if (clean.isEmpty())
            return ApiError::badRequest(u"an invite for a new patient needs patient_label"_s);
        out.patientId = crypto::newUuidV7(now);
        QSqlQuery &p
            = m_db.prepare(u"INSERT INTO patients (id, label, created_ms) VALUES (:i, :l, :at)"_s);
        p.bindValue(u":i"_s, out.patientId);
        p.bindValue(u":l"_s, clean);
        p.bindValue(u":at"_s, now);
        QSqlQuery &m = m_db.prepare(
            u"INSERT INTO memberships (group_id, patient_id, joined_ms) VALUES (:g, :p, :at)"_s);
        m.bindValue(u":g"_s, groupId);
        m.bindValue(u":p"_s, out.patientId);
        m.bindValue(u":at"_s, now);
        if (!m_db.run(p) || !m_db.run(m))
            return ApiError::storage();
    }
    const QString code = crypto::newInviteCode();
    QSqlQuery &q = m_db.prepare(
        u"INSERT INTO invites (code_hash, patient_id, group_id, created_by, created_ms, expires_ms)"
        " VALUES (:h, :p, :g, :by, :at, :exp)"_s);
    q.bindValue(u":h"_s, crypto::secretHash(code));
    q.bindValue(u":p"_s, out.patientId);
    q.bindValue(u":g"_s, groupId);
    q.bindValue(u":by"_s, actor.auditName());
    q.bindValue(u":at"_s, now);
    q.bindValue(u":exp"_s, now + m_limits.inviteTtlMs);
    if (!m_db.run(q)
        || !m_audit.write({ now, actor.auditName(), u"create_invite"_s, out.patientId, u"group"_s,
            groupId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    out.invite = formatInvite(m_target, code);
    return out;
}

Outcome<circle::v1::EnrollResponse> AccountService::enroll(
    const circle::v1::EnrollRequest &request, const QString &remote)
{
    const QString code = QString::fromStdString(request.invite_code());
    const qint64 now = m_clock.nowMs();
    const AuditEntry refused { now, u"anonymous:"_s + remote, u"enroll"_s, {}, {}, {},
        u"denied"_s };
    if (code.isEmpty() || code.size() > 64) {
        m_audit.write(refused);
        return invalidInvite();
    }
    const QString hash = crypto::secretHash(code);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    // Claiming the invite is one conditional UPDATE, so two phones racing with the same
    // code cannot both win.
    QSqlQuery &claim
        = m_db.prepare(u"UPDATE invites SET used_ms = :now WHERE code_hash = :h AND used_ms = 0"
                       " AND expires_ms > :now2"_s);
    claim.bindValue(u":now"_s, now);
    claim.bindValue(u":h"_s, hash);
    claim.bindValue(u":now2"_s, now);
    if (!m_db.run(claim))
        return ApiError::storage();
    if (claim.numRowsAffected() != 1) {
        tx.commit();
        m_audit.write(refused);
        return invalidInvite();
    }
    QSqlQuery &find = m_db.prepare(u"SELECT patient_id FROM invites WHERE code_hash = :h"_s);
    find.bindValue(u":h"_s, hash);
    if (!m_db.run(find) || !find.next())
        return ApiError::storage();
    const QString patientId = find.value(0).toString();
    find.finish();

    const QString deviceId = crypto::newUuidV7(now);
    const QString token = crypto::newToken(u"cdt_");
    QString name
        = cleanName(QString::fromStdString(request.device_name()), fieldlimits::DeviceName);
    if (name.isEmpty())
        name = u"phone"_s;
    QSqlQuery &insert = m_db.prepare(
        u"INSERT INTO devices (id, patient_id, name, token_hash, created_ms, expires_ms)"
        " VALUES (:i, :p, :n, :h, :at, :exp)"_s);
    insert.bindValue(u":i"_s, deviceId);
    insert.bindValue(u":p"_s, patientId);
    insert.bindValue(u":n"_s, name);
    insert.bindValue(u":h"_s, crypto::secretHash(token));
    insert.bindValue(u":at"_s, now);
    insert.bindValue(
        u":exp"_s, m_limits.deviceTokenTtlMs > 0 ? now + m_limits.deviceTokenTtlMs : qint64(0));
    if (!m_db.run(insert))
        return ApiError::storage();
    QSqlQuery &groups = m_db.prepare(
        u"SELECT group_id FROM memberships WHERE patient_id = :p ORDER BY group_id"_s);
    groups.bindValue(u":p"_s, patientId);
    if (!m_db.run(groups))
        return ApiError::storage();
    circle::v1::EnrollResponse response;
    response.set_protocol_version(1);
    response.set_device_token(token.toStdString());
    response.set_patient_id(patientId.toStdString());
    while (groups.next())
        response.add_group_ids(groups.value(0).toString().toStdString());
    groups.finish();
    if (!m_audit.write({ now, u"device:"_s + deviceId, u"enroll"_s, patientId, u"device"_s,
            deviceId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return response;
}

Outcome<Done> AccountService::revokeDevice(const QString &deviceId)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db);
    QSqlQuery &q = m_db.prepare(u"UPDATE devices SET revoked = 1 WHERE id = :i"_s);
    q.bindValue(u":i"_s, deviceId);
    if (!tx.active() || !m_db.run(q))
        return ApiError::storage();
    if (q.numRowsAffected() != 1)
        return ApiError::notFound(u"no such device"_s);
    if (!m_audit.write({ now, u"admin"_s, u"revoke_device"_s, {}, u"device"_s, deviceId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return Done {};
}

Outcome<QList<DeviceInfo>> AccountService::listDevices()
{
    QSqlQuery &q = m_db.prepare(
        u"SELECT d.id, d.patient_id, p.label, d.name, d.created_ms, d.last_seen_ms,"
        " d.expires_ms, d.revoked FROM devices d JOIN patients p ON p.id = d.patient_id"
        " ORDER BY d.created_ms"_s);
    if (!m_db.run(q))
        return ApiError::storage();
    QList<DeviceInfo> out;
    while (q.next()) {
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
            q.value(6).toLongLong(), q.value(7).toInt() != 0 });
    }
    return out;
}

Outcome<Done> AccountService::revokeTherapist(const QString &therapistId)
{
    WriteTransaction tx(m_db);
    QSqlQuery &q = m_db.prepare(u"UPDATE therapists SET revoked = 1 WHERE id = :i"_s);
    q.bindValue(u":i"_s, therapistId);
    if (!tx.active() || !m_db.run(q))
        return ApiError::storage();
    if (q.numRowsAffected() != 1)
        return ApiError::notFound(u"no such therapist"_s);
    if (!m_audit.write({ m_clock.nowMs(), u"admin"_s, u"revoke_therapist"_s, {}, u"therapist"_s,
            therapistId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return Done {};
}

Outcome<QList<TherapistInfo>> AccountService::listTherapists()
{
    QSqlQuery &q = m_db.prepare(
        u"SELECT id, name, created_ms, revoked FROM therapists ORDER BY created_ms"_s);
    if (!m_db.run(q))
        return ApiError::storage();
    QList<TherapistInfo> out;
    while (q.next()) {
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toInt() != 0 });
    }
    return out;
}

} // namespace circle::server
