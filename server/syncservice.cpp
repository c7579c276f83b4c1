#include "syncservice.h"

#include "auditlog.h"
#include "database.h"
#include "recordrules.h"
#include "recordstore.h"
#include "serverclock.h"
#include "serverlog.h"

#include "circle/v1/sync.pb.h"
#include "wireform.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

using circle::v1::PushResult;

// A pull answer stops growing past this many body bytes (and says more = true), so one
// pull of many large records cannot build an answer bigger than the phone wants to hold.
constexpr qsizetype kMaxPullBodyBytes = 8 * 1024 * 1024;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

StoredRecord recordFrom(const circle::v1::Mutation &m, const DeviceIdentity &who, qint64 nowMs)
{
    StoredRecord r;
    r.patientId = who.patientId;
    r.writerDevice = who.deviceId;
    r.recordType = fromStd(m.record_type());
    r.recordId = fromStd(m.record_id());
    r.mutationId = fromStd(m.mutation_id());
    r.hlc = fromStd(m.hlc());
    r.deleted = m.deleted();
    if (m.body_case() == circle::v1::Mutation::kSealed) {
        r.bodyKind = StoredRecord::Body::Sealed;
        r.body = QByteArray::fromStdString(m.sealed());
    } else if (m.body_case() == circle::v1::Mutation::kClear) {
        r.bodyKind = StoredRecord::Body::Clear;
        r.body = QByteArray::fromStdString(m.clear());
    }
    r.parentId = fromStd(m.parent_id());
    r.groupId = fromStd(m.group_id());
    r.updatedMs = nowMs;
    return r;
}

// LWW by HLC text (its byte order is the stamp order). An equal stamp changes nothing,
// except that sealing a clear copy always wins: unsharing must reach the therapist's view
// even when the phone reseals without ticking its clock.
bool incomingWins(const StoredRecord &stored, const StoredRecord &incoming)
{
    const int cmp = QString::compare(incoming.hlc, stored.hlc, Qt::CaseSensitive);
    if (cmp != 0)
        return cmp > 0;
    return stored.bodyKind == StoredRecord::Body::Clear
        && incoming.bodyKind == StoredRecord::Body::Sealed;
}

} // namespace

SyncService::SyncService(Database &db, RecordStore &records, AuditLog &audit, ServerClock &clock,
    const ServerLimits &limits)
    : m_db(db)
    , m_records(records)
    , m_audit(audit)
    , m_clock(clock)
    , m_limits(limits)
{
}

Outcome<circle::v1::PushResponse> SyncService::push(
    const DeviceIdentity &who, const circle::v1::PushRequest &request)
{
    if (request.mutations_size() > m_limits.maxMutationsPerPush)
        return ApiError::badRequest(
            u"at most %1 mutations per push"_s.arg(m_limits.maxMutationsPerPush));

    const QString actor = u"device:"_s + who.deviceId;
    const qint64 now = m_clock.nowMs();
    circle::v1::PushResponse response;
    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    const Outcome<QStringList> groups = m_records.groupsOf(who.patientId);
    if (!groups)
        return groups.error();
    const QSet<QString> myGroups(groups.value().cbegin(), groups.value().cend());

    const bool compactWire = request.protocol_version() >= 2;
    bool replacedClearText = false;
    for (const circle::v1::Mutation &sent : request.mutations()) {
        // Everything below reads the text form; a protocol 2 mutation is expanded to it.
        circle::v1::Mutation m = sent;
        const bool wellFormed = circle::wire::expand(m);
        PushResult *result = response.add_results();
        if (!compactWire)
            result->set_mutation_id(m.mutation_id());
        // The audit row names the record only in forms the server accepts: a phone must not
        // be able to write arbitrary text into the log an administrator reads.
        const QString sentType = fromStd(m.record_type());
        const QString sentId = fromStd(m.record_id());
        AuditEntry audit { now, actor, u"push"_s, who.patientId,
            findRecordType(sentType) ? sentType : u"invalid"_s,
            isPlainId(sentId) ? sentId : u"invalid"_s, {} };
        auto finish
            = [&](PushResult::Status status, const QString &outcome, const QString &reason = {}) {
                  result->set_status(status);
                  if (!reason.isEmpty())
                      result->set_reason(reason.toStdString());
                  audit.outcome = outcome;
                  return m_audit.write(audit);
              };

        const QString mutationId = fromStd(m.mutation_id());
        if (!mutationId.isEmpty() && mutationId.size() <= fieldlimits::Id) {
            const Outcome<bool> seen = m_records.wasApplied(who.patientId, mutationId);
            if (!seen)
                return seen.error();
            if (seen.value()) {
                if (!finish(PushResult::STATUS_DUPLICATE, u"duplicate"_s))
                    return ApiError::storage();
                continue;
            }
        }
        QString reason = wellFormed
            ? checkMutation(m)
            : u"an id or the clock stamp in binary form has the wrong length"_s;
        if (reason.isEmpty() && m.body_case() == circle::v1::Mutation::kClear
            && !myGroups.contains(fromStd(m.group_id())))
            reason = u"the patient is not a member of that group"_s;
        if (!reason.isEmpty()) {
            if (!finish(PushResult::STATUS_REJECTED, u"rejected"_s, reason))
                return ApiError::storage();
            continue;
        }

        StoredRecord incoming = recordFrom(m, who, now);
        const auto stored = m_records.find(who.patientId, incoming.recordType, incoming.recordId);
        if (!stored)
            return stored.error();
        if (stored.value() && !incomingWins(*stored.value(), incoming)) {
            if (!finish(PushResult::STATUS_STALE, u"stale"_s))
                return ApiError::storage();
            continue;
        }
        // Unsharing, deleting or editing a shared record leaves its old clear text in the
        // WAL until a checkpoint; it is run once this push is committed.
        if (stored.value() && stored.value()->bodyKind == StoredRecord::Body::Clear)
            replacedClearText = true;
        const Outcome<qint64> seq = m_records.put(std::move(incoming), stored.value().has_value());
        if (!seq || !m_records.markApplied(who.patientId, mutationId, seq.value(), now)
            || !finish(PushResult::STATUS_APPLIED, u"applied"_s))
            return ApiError::storage();
    }
    if (!tx.commit())
        return ApiError::storage();
    if (replacedClearText && !m_db.checkpoint())
        serverlog::warning(u"database: the WAL could not be checkpointed after an unshare;"
                           " the next checkpoint removes the old text"_s);
    return response;
}

Outcome<circle::v1::PullResponse> SyncService::pull(
    const DeviceIdentity &who, const circle::v1::PullRequest &request)
{
    if (request.after_seq() < 0)
        return ApiError::badRequest(u"after_seq must not be negative"_s);
    if (request.limit() < 0)
        return ApiError::badRequest(u"limit must not be negative"_s);
    const int limit = request.limit() == 0 ? m_limits.defaultPullLimit
                                           : qMin(request.limit(), m_limits.maxPullLimit);

    WriteTransaction tx(m_db); // reading patient data writes audit rows
    if (!tx.active())
        return ApiError::storage();
    // Read first: every change up to this number is committed, so once the rows up to it
    // are answered the cursor may move here, past this device's own writes (which are
    // left out) and past other patients' changes, without skipping anything it may see.
    const Outcome<qint64> published = m_records.publishedSeq();
    if (!published)
        return published.error();
    const auto rows = m_records.changesFor(
        who.patientId, who.deviceId, request.after_seq(), published.value(), limit + 1);
    if (!rows)
        return rows.error();

    circle::v1::PullResponse response;
    const bool compactWire = request.protocol_version() >= 2;
    qint64 cursor = request.after_seq();
    qsizetype bodyBytes = 0;
    bool more = rows.value().size() > limit;
    const QString actor = u"device:"_s + who.deviceId;
    const qint64 now = m_clock.nowMs();
    for (qsizetype i = 0; i < qMin<qsizetype>(rows.value().size(), limit); ++i) {
        const StoredRecord &r = rows.value().at(i);
        if (i > 0 && bodyBytes + r.body.size() > kMaxPullBodyBytes) {
            more = true;
            break;
        }
        bodyBytes += r.body.size();
        circle::v1::Change *change = response.add_changes();
        change->set_seq(r.seq);
        change->set_clinic_authored(r.clinicAuthored);
        circle::v1::Mutation *m = change->mutable_mutation();
        m->set_mutation_id(r.mutationId.toStdString());
        m->set_record_type(r.recordType.toStdString());
        m->set_record_id(r.recordId.toStdString());
        m->set_hlc(r.hlc.toStdString());
        m->set_deleted(r.deleted);
        if (r.bodyKind == StoredRecord::Body::Sealed)
            m->set_sealed(r.body.toStdString());
        else if (r.bodyKind == StoredRecord::Body::Clear)
            m->set_clear(r.body.toStdString());
        m->set_parent_id(r.parentId.toStdString());
        m->set_group_id(r.groupId.toStdString());
        if (compactWire)
            circle::wire::compact(*m);
        cursor = r.seq;
        if (!m_audit.write({ now, actor, u"pull"_s, r.clinicAuthored ? r.patientId : who.patientId,
                r.recordType, r.recordId, u"ok"_s }))
            return ApiError::storage();
    }
    if (!tx.commit())
        return ApiError::storage();
    if (!more)
        cursor = qMax(cursor, published.value());
    response.set_cursor(cursor);
    response.set_more(more);
    return response;
}

} // namespace circle::server
