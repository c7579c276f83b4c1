#include "mutationcodec.h"

#include "records.h"
#include "repository.h"
#include "sharing.h"
#include "store.h"
#include "wireform.h"

using namespace Qt::StringLiterals;

namespace circle {

namespace {

/** Calls f.template operator()<T>() for the record type named typeName; false if none is. */
template<typename F> bool withRecordType(const QString &typeName, F &&f)
{
    bool found = false;
    forEachRecordType([&]<typename T>() {
        if (!found && typeName == QLatin1String(RecordTraits<T>::typeName)) {
            found = true;
            f.template operator()<T>();
        }
    });
    return found;
}

template<typename T> bool parse(T &record, const QByteArray &bytes)
{
    return record.ParseFromArray(bytes.constData(), int(bytes.size()));
}

QByteArrayView view(const std::string &s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

QByteArray associatedData(const std::string &type, const std::string &id)
{
    return Sealer::associatedData(view(type), view(id));
}

/**
 * Protocol 2 seals a record without its id and stamp, which travel next to it anyway
 * (about 90 of a journal entry's 300 bytes); binding both in the associated data keeps
 * them as tamper-proof as inside the blob. The extra length-prefixed part means no blob
 * sealed one way opens the other way.
 */
QByteArray strippedAssociatedData(
    const std::string &type, const std::string &id, const std::string &hlc)
{
    return Sealer::associatedData(view(type), view(id)) + Sealer::associatedData("hlc", view(hlc));
}

} // namespace

bool MutationCodec::travelsInClear(const QString &recordType, const QByteArray &payload) const
{
    // The rule lives in core so that the goal share preview shows what this sends.
    return sharing::travelsInClear(m_store, recordType, payload);
}

QString MutationCodec::sharedWithGroup(const QString &recordType, const QByteArray &payload) const
{
    if (recordType == u"rsvp"_s) {
        v1::Rsvp r;
        if (parse(r, payload))
            if (auto s = Repository<v1::GroupSession>(m_store).get(qs(r.session_id())); s)
                return qs(s.value().group_id());
        return {};
    }
    if (recordType == u"homework_response"_s) {
        v1::HomeworkResponse r;
        if (parse(r, payload))
            if (auto a = Repository<v1::HomeworkAssignment>(m_store).get(qs(r.assignment_id())); a)
                return qs(a.value().group_id());
        return {};
    }
    // A goal belongs to the patient, not to a group: it goes to the group they
    // chose to share it with (sharing::groupForGoal), and its check-ins with it.
    v1::Goal goal;
    if (recordType == u"goal"_s) {
        if (!parse(goal, payload))
            return {};
    } else if (recordType == u"goal_check_in"_s) {
        v1::GoalCheckIn c;
        if (!parse(c, payload))
            return {};
        if (auto g = Repository<v1::Goal>(m_store).get(qs(c.goal_id())); g)
            goal = g.value();
    }
    // Sealed records are the patient's own; any of their groups files them.
    return sharing::groupForGoal(m_store, goal);
}

Result<v1::Mutation> MutationCodec::encode(const OutboxEntry &entry) const
{
    v1::Mutation m;
    m.set_mutation_id(utf8(entry.mutationId));
    m.set_record_type(utf8(entry.recordType));
    m.set_record_id(utf8(entry.recordId));
    m.set_hlc(utf8(entry.hlc));
    m.set_deleted(entry.op == OutboxEntry::Op::Delete);

    bool known = false;
    Result<void> parsed;
    QByteArray stripped; // the record without the id and stamp the mutation carries
    withRecordType(entry.recordType, [&]<typename T>() {
        known = true;
        T record;
        if (!parse(record, entry.payload)) {
            parsed = Error::make(
                Error::Code::Corrupt, u"A queued %1 could not be read."_s.arg(entry.recordType));
            return;
        }
        m.set_parent_id(RecordTraits<T>::parentId(record));
        if (record.meta().id() == m.record_id() && record.meta().hlc() == m.hlc()) {
            record.mutable_meta()->clear_id();
            record.mutable_meta()->clear_hlc();
            stripped = QByteArray::fromStdString(record.SerializeAsString());
        }
    });
    if (!known)
        return Error::make(Error::Code::Invalid,
            u"Unknown record type \"%1\" in the queue."_s.arg(entry.recordType));
    if (!parsed)
        return parsed.error();

    if (travelsInClear(entry.recordType, entry.payload)) {
        m.set_clear(entry.payload.toStdString());
        m.set_group_id(utf8(sharedWithGroup(entry.recordType, entry.payload)));
    } else if (!stripped.isNull())
        m.set_sealed(
            m_sealer.seal(stripped, strippedAssociatedData(m.record_type(), m.record_id(), m.hlc()))
                .toStdString());
    else
        m.set_sealed(m_sealer.seal(entry.payload, associatedData(m.record_type(), m.record_id()))
                         .toStdString());
    wire::compact(m);
    return m;
}

Result<void> MutationCodec::apply(const v1::Change &change) const
{
    v1::Mutation m = change.mutation();
    if (!wire::expand(m))
        return Error::make(Error::Code::Invalid,
            u"The server sent a change whose id or clock stamp is malformed."_s);
    const QString type = qs(m.record_type());

    QByteArray payload;
    bool restoreIdAndStamp = false;
    if (m.has_sealed()) {
        if (change.clinic_authored())
            return Error::make(
                Error::Code::Invalid, u"The server sent clinic data sealed; it cannot be read."_s);
        const QByteArray sealed = QByteArray::fromStdString(m.sealed());
        auto opened = m_sealer.open(
            sealed, strippedAssociatedData(m.record_type(), m.record_id(), m.hlc()));
        restoreIdAndStamp = opened.ok();
        if (!opened) {
            // Sealed whole, with the id and stamp inside: by a phone of protocol 1.
            auto whole = m_sealer.open(sealed, associatedData(m.record_type(), m.record_id()));
            if (whole)
                opened = std::move(whole);
        }
        if (!opened)
            return Error::make(opened.error().code,
                u"A private %1 from the server could not be opened: %2"_s.arg(
                    type, opened.error().message));
        payload = std::move(opened).value();
    } else {
        payload = QByteArray::fromStdString(m.clear());
    }

    Result<void> outcome;
    const bool known = withRecordType(type, [&]<typename T>() {
        T record;
        if (!parse(record, payload)) {
            outcome = Error::make(
                Error::Code::Corrupt, u"A %1 from the server could not be read."_s.arg(type));
            return;
        }
        if (restoreIdAndStamp) {
            record.mutable_meta()->set_id(m.record_id());
            record.mutable_meta()->set_hlc(m.hlc());
        }
        if (record.meta().id() != m.record_id()) {
            outcome = Error::make(
                Error::Code::Invalid, u"A %1 from the server names another record."_s.arg(type));
            return;
        }
        if (change.clinic_authored() != (RecordTraits<T>::authority == Authority::Clinic)) {
            outcome = Error::make(Error::Code::Invalid,
                u"The server sent a %1 under the wrong authority."_s.arg(type));
            return;
        }
        Repository<T> repo(m_store);
        if constexpr (RecordTraits<T>::authority == Authority::Clinic) {
            auto r = repo.putFromClinic(record);
            if (!r)
                outcome = r.error();
        } else {
            auto r = repo.merge(record, MergeOrigin::Sync);
            if (!r)
                outcome = r.error();
        }
    });
    if (!known)
        return Error::make(Error::Code::UnsupportedVersion,
            u"The server sent a record of a kind this version of Circle does not know (%1)."_s.arg(
                type));
    return outcome;
}

} // namespace circle
