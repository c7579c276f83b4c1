#include "clinicservice.h"

#include "auditlog.h"
#include "crypto.h"
#include "database.h"
#include "recordrules.h"
#include "recordstore.h"
#include "serverclock.h"

#include "circle/v1/records.pb.h"
#include "circle/v1/sync.pb.h"

#include <QHash>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

// Clinic text is shown on every member's phone; these bounds keep one typo from filling it.
enum class Lines { One, Many };

std::optional<ApiError> checkText(const std::string &value, qsizetype max, const QString &field,
    Lines lines, bool required = false)
{
    const QString text = QString::fromStdString(value);
    if (required && text.trimmed().isEmpty())
        return ApiError::badRequest(u"%1 is required"_s.arg(field));
    if (text.size() > max)
        return ApiError::badRequest(u"%1 is longer than %2 characters"_s.arg(field).arg(max));
    // Names, places and topics are printed in lists, one per line (admin list-groups).
    if (lines == Lines::One && !isSingleLine(text))
        return ApiError::badRequest(
            u"%1 must be one line of text, without control characters"_s.arg(field));
    return std::nullopt;
}

std::optional<ApiError> checkTimeZone(std::string *zone, const std::string &fallback)
{
    if (zone->empty())
        *zone = fallback.empty() ? std::string("UTC") : fallback;
    if (!QTimeZone(QByteArray::fromStdString(*zone)).isValid())
        return ApiError::badRequest(u"unknown time zone"_s);
    return std::nullopt;
}

void stamp(circle::v1::RecordMeta *meta, const QString &id, qint64 createdMs, qint64 nowMs,
    const QString &hlc)
{
    meta->set_id(id.toStdString());
    meta->set_created_ms(createdMs);
    meta->set_updated_ms(nowMs);
    meta->set_hlc(hlc.toStdString());
}

} // namespace

QString Actor::auditName() const
{
    return kind == Kind::Admin ? u"admin"_s : u"therapist:"_s + id;
}

ClinicService::ClinicService(Database &db, RecordStore &records, AuditLog &audit,
    ServerClock &clock, const ServerLimits &limits)
    : m_db(db)
    , m_records(records)
    , m_audit(audit)
    , m_clock(clock)
    , m_limits(limits)
{
}

Outcome<Done> ClinicService::requireGroup(const Actor &actor, const QString &groupId)
{
    QSqlQuery &q = actor.kind == Actor::Kind::Admin
        ? m_db.prepare(u"SELECT 1 FROM therapy_groups WHERE id = :g"_s)
        : m_db.prepare(
            u"SELECT 1 FROM group_facilitators WHERE group_id = :g AND therapist_id = :t"_s);
    q.bindValue(u":g"_s, groupId);
    if (actor.kind == Actor::Kind::Therapist)
        q.bindValue(u":t"_s, actor.id);
    if (!m_db.run(q))
        return ApiError::storage();
    if (q.next())
        return Done {};
    if (actor.kind == Actor::Kind::Admin)
        return ApiError::notFound(u"no such group"_s);
    return ApiError::forbidden(u"not a group you facilitate"_s);
}

Outcome<QString> ClinicService::writeClinicRecord(const Actor &actor, const QString &action,
    const QString &type, const circle::v1::RecordMeta &meta, const QString &groupId,
    const QString &audience, const std::string &body, bool replace)
{
    const QString id = QString::fromStdString(meta.id());
    StoredRecord r;
    r.patientId = audience;
    r.recordType = type;
    r.recordId = id;
    r.mutationId = crypto::newUuidV7(m_clock.nowMs());
    r.hlc = QString::fromStdString(meta.hlc());
    r.deleted = meta.deleted();
    r.bodyKind = StoredRecord::Body::Clear;
    r.body = QByteArray::fromStdString(body);
    r.parentId = type == u"group"_s ? QString() : groupId;
    r.groupId = groupId;
    r.clinicAuthored = true;
    r.updatedMs = m_clock.nowMs();
    const Outcome<qint64> seq = m_records.put(std::move(r), replace);
    if (!seq)
        return seq.error();
    if (!m_audit.write({ m_clock.nowMs(), actor.auditName(), action, audience, type, id, u"ok"_s }))
        return ApiError::storage();
    return id;
}

Outcome<QString> ClinicService::createGroup(
    const Actor &actor, circle::v1::Group group, const QString &facilitatorId)
{
    QString therapistId = actor.kind == Actor::Kind::Therapist ? actor.id : facilitatorId;
    QSqlQuery &who = m_db.prepare(u"SELECT name FROM therapists WHERE id = :t AND revoked = 0"_s);
    who.bindValue(u":t"_s, therapistId);
    if (!m_db.run(who))
        return ApiError::storage();
    if (!who.next())
        return ApiError::badRequest(u"a group needs a facilitating therapist"_s);
    const QString therapistName = who.value(0).toString();
    who.finish();

    for (const auto &problem : { checkText(group.name(), 200, u"name"_s, Lines::One, true),
             checkText(group.description(), 4000, u"description"_s, Lines::Many),
             checkText(group.facilitators(), 200, u"facilitators"_s, Lines::One),
             checkText(group.agreement_text(), 20000, u"agreement_text"_s, Lines::Many),
             checkTimeZone(group.mutable_time_zone(), {}) }) {
        if (problem)
            return *problem;
    }
    if (group.facilitators().empty())
        group.set_facilitators(therapistName.toStdString());
    const qint64 now = m_clock.nowMs();
    const QString id = crypto::newUuidV7(now);
    group.mutable_meta()->Clear();
    stamp(group.mutable_meta(), id, now, now, m_clock.nextHlc());

    WriteTransaction tx(m_db);
    QSqlQuery &insert = m_db.prepare(
        u"INSERT INTO therapy_groups (id, name, created_ms) VALUES (:id, :n, :at)"_s);
    insert.bindValue(u":id"_s, id);
    insert.bindValue(u":n"_s, QString::fromStdString(group.name()));
    insert.bindValue(u":at"_s, now);
    QSqlQuery &facilitate = m_db.prepare(
        u"INSERT INTO group_facilitators (group_id, therapist_id) VALUES (:g, :t)"_s);
    facilitate.bindValue(u":g"_s, id);
    facilitate.bindValue(u":t"_s, therapistId);
    if (!tx.active() || !m_db.run(insert) || !m_db.run(facilitate))
        return ApiError::storage();
    const auto written = writeClinicRecord(actor, u"create_group"_s, u"group"_s, group.meta(), id,
        {}, group.SerializeAsString(), false);
    if (!written || !tx.commit())
        return written ? ApiError::storage() : written.error();
    return id;
}

Outcome<Done> ClinicService::addFacilitator(const QString &groupId, const QString &therapistId)
{
    if (const auto exists = requireGroup(Actor::admin(), groupId); !exists)
        return exists.error();
    WriteTransaction tx(m_db);
    QSqlQuery &known = m_db.prepare(
        u"SELECT 1 FROM group_facilitators WHERE group_id = :g AND therapist_id = :t"_s);
    known.bindValue(u":g"_s, groupId);
    known.bindValue(u":t"_s, therapistId);
    if (!tx.active() || !m_db.run(known))
        return ApiError::storage();
    if (known.next())
        return Done {};
    known.finish();
    QSqlQuery &add = m_db.prepare(
        u"INSERT INTO group_facilitators (group_id, therapist_id) VALUES (:g, :t)"_s);
    add.bindValue(u":g"_s, groupId);
    add.bindValue(u":t"_s, therapistId);
    if (!m_db.run(add)
        || !m_audit.write(
            { m_clock.nowMs(), u"admin"_s, u"add_facilitator"_s, {}, u"group"_s, groupId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return Done {};
}

Outcome<QStringList> ClinicService::putSessions(
    const Actor &actor, const QString &groupId, const QList<circle::v1::GroupSession> &sessions)
{
    if (const auto allowed = requireGroup(actor, groupId); !allowed)
        return allowed.error();
    if (sessions.isEmpty() || sessions.size() > m_limits.maxItemsPerWrite)
        return ApiError::badRequest(u"send 1 to %1 sessions"_s.arg(m_limits.maxItemsPerWrite));
    const Outcome<circle::v1::Group> grp = group(groupId);
    if (!grp)
        return grp.error();

    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    QStringList ids;
    for (circle::v1::GroupSession s : sessions) {
        if (!s.group_id().empty() && QString::fromStdString(s.group_id()) != groupId)
            return ApiError::badRequest(u"a session names another group"_s);
        if (s.start_ms() <= 0 || s.end_ms() <= s.start_ms())
            return ApiError::badRequest(u"each session needs start_ms before end_ms"_s);
        for (const auto &problem : { checkText(s.place(), 500, u"place"_s, Lines::One),
                 checkText(s.video_link(), 2000, u"video_link"_s, Lines::One),
                 checkText(s.topic(), 500, u"topic"_s, Lines::One),
                 checkTimeZone(s.mutable_time_zone(), grp.value().time_zone()) }) {
            if (problem)
                return *problem;
        }
        if (s.status() == circle::v1::SESSION_STATUS_UNSPECIFIED)
            s.set_status(circle::v1::SESSION_STATUS_SCHEDULED);
        const qint64 now = m_clock.nowMs();
        QString id = QString::fromStdString(s.meta().id());
        qint64 created = now;
        bool replace = false;
        if (!id.isEmpty()) {
            if (!crypto::isCanonicalUuid(id))
                return ApiError::badRequest(u"a session id must be a UUID"_s);
            const auto existing = m_records.findClinic(u"group_session"_s, id);
            if (!existing)
                return existing.error();
            if (existing.value()) {
                if (existing.value()->groupId != groupId)
                    return ApiError::forbidden(u"that session belongs to another group"_s);
                circle::v1::GroupSession old;
                old.ParseFromArray(
                    existing.value()->body.constData(), int(existing.value()->body.size()));
                created = old.meta().created_ms();
                replace = true;
            }
        } else {
            id = crypto::newUuidV7(now);
        }
        const bool deleted = s.meta().deleted();
        s.mutable_meta()->Clear();
        stamp(s.mutable_meta(), id, created, now, m_clock.nextHlc());
        s.mutable_meta()->set_deleted(deleted);
        s.set_group_id(groupId.toStdString());
        const auto written = writeClinicRecord(actor, u"put_session"_s, u"group_session"_s,
            s.meta(), groupId, {}, s.SerializeAsString(), replace);
        if (!written)
            return written.error();
        ids.append(id);
    }
    if (!tx.commit())
        return ApiError::storage();
    return ids;
}

Outcome<QString> ClinicService::assignHomework(
    const Actor &actor, circle::v1::HomeworkAssignment a, const QString &patientId)
{
    const QString groupId = QString::fromStdString(a.group_id());
    if (const auto allowed = requireGroup(actor, groupId); !allowed)
        return allowed.error();
    if (!patientId.isEmpty()) {
        const Outcome<bool> member = isMember(groupId, patientId);
        if (!member)
            return member.error();
        if (!member.value())
            return ApiError::forbidden(u"that patient is not a member of this group"_s);
    }
    for (const auto &problem :
        { checkText(a.title(), kHomeworkTitleMax, u"title"_s, Lines::One, true),
            checkText(
                a.instructions(), kHomeworkInstructionsMax, u"instructions"_s, Lines::Many) }) {
        if (problem)
            return *problem;
    }
    const qint64 now = m_clock.nowMs();
    QString id = QString::fromStdString(a.meta().id());
    qint64 created = now;
    bool replace = false;
    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    if (!id.isEmpty()) {
        if (!crypto::isCanonicalUuid(id))
            return ApiError::badRequest(u"an assignment id must be a UUID"_s);
        const auto existing = m_records.findClinic(u"homework_assignment"_s, id);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            if (existing.value()->groupId != groupId)
                return ApiError::forbidden(u"that assignment belongs to another group"_s);
            if (existing.value()->patientId != patientId)
                return ApiError::badRequest(
                    u"who an assignment is for cannot change; make a new one"_s);
            circle::v1::HomeworkAssignment old;
            old.ParseFromArray(
                existing.value()->body.constData(), int(existing.value()->body.size()));
            created = old.meta().created_ms();
            replace = true;
        }
    } else {
        id = crypto::newUuidV7(now);
    }
    const bool deleted = a.meta().deleted();
    a.mutable_meta()->Clear();
    stamp(a.mutable_meta(), id, created, now, m_clock.nextHlc());
    a.mutable_meta()->set_deleted(deleted);
    const auto written = writeClinicRecord(actor, u"assign_homework"_s, u"homework_assignment"_s,
        a.meta(), groupId, patientId, a.SerializeAsString(), replace);
    if (!written || !tx.commit())
        return written ? ApiError::storage() : written.error();
    return id;
}

Outcome<QList<circle::v1::SharedItem>> ClinicService::sharedItems(
    const Actor &actor, const QString &groupId)
{
    if (const auto allowed = requireGroup(actor, groupId); !allowed) {
        m_audit.write({ m_clock.nowMs(), actor.auditName(), u"read_shared"_s, {}, u"group"_s,
            groupId.left(64), u"denied"_s });
        return allowed.error();
    }
    QHash<QString, QString> labels;
    QSqlQuery &q = m_db.prepare(u"SELECT p.id, p.label FROM patients p JOIN memberships m"
                                " ON m.patient_id = p.id WHERE m.group_id = :g"_s);
    q.bindValue(u":g"_s, groupId);
    if (!m_db.run(q))
        return ApiError::storage();
    while (q.next())
        labels.insert(q.value(0).toString(), q.value(1).toString());

    WriteTransaction tx(m_db);
    const auto rows = m_records.sharedInGroup(groupId);
    if (!tx.active() || !rows)
        return ApiError::storage();
    QList<circle::v1::SharedItem> items;
    const qint64 now = m_clock.nowMs();
    for (const StoredRecord &r : rows.value()) {
        circle::v1::SharedItem item;
        item.set_patient_id(r.patientId.toStdString());
        item.set_patient_label(labels.value(r.patientId).toStdString());
        item.set_record_type(r.recordType.toStdString());
        item.set_record_id(r.recordId.toStdString());
        item.set_clear(r.body.toStdString());
        item.set_updated_seq(r.seq);
        items.append(std::move(item));
        if (!m_audit.write({ now, actor.auditName(), u"read_shared"_s, r.patientId, r.recordType,
                r.recordId, u"ok"_s }))
            return ApiError::storage();
    }
    if (!tx.commit())
        return ApiError::storage();
    return items;
}

Outcome<circle::v1::Group> ClinicService::group(const QString &groupId)
{
    const auto found = m_records.findClinic(u"group"_s, groupId);
    if (!found)
        return found.error();
    if (!found.value())
        return ApiError::notFound(u"no such group"_s);
    circle::v1::Group g;
    g.ParseFromArray(found.value()->body.constData(), int(found.value()->body.size()));
    return g;
}

Outcome<QList<GroupSummary>> ClinicService::listGroups()
{
    QSqlQuery &q = m_db.prepare(
        u"SELECT g.id, g.name, (SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id)"
        " FROM therapy_groups g ORDER BY g.created_ms"_s);
    if (!m_db.run(q))
        return ApiError::storage();
    QList<GroupSummary> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() });
    return out;
}

Outcome<bool> ClinicService::isMember(const QString &groupId, const QString &patientId)
{
    QSqlQuery &q
        = m_db.prepare(u"SELECT 1 FROM memberships WHERE group_id = :g AND patient_id = :p"_s);
    q.bindValue(u":g"_s, groupId);
    q.bindValue(u":p"_s, patientId);
    if (!m_db.run(q))
        return ApiError::storage();
    return q.next();
}

} // namespace circle::server
