#include "repository.h"

#include "fieldmerge.h"
#include "outbox.h"
#include "store.h"
#include "textsearch.h"
#include "uuid.h"
#include "validation.h"

#include <type_traits>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

template<typename T> constexpr bool isSearchable = RecordTraits<T>::searchTable != nullptr;

template<typename T> std::string sqlFor(const char *pattern)
{
    std::string s(pattern);
    const std::string table = RecordTraits<T>::table;
    for (auto pos = s.find("$T"); pos != std::string::npos; pos = s.find("$T", pos))
        s.replace(pos, 2, table);
    return s;
}

template<typename T> Result<T> parseRecord(const QByteArray &payload)
{
    T record;
    if (!record.ParseFromArray(payload.constData(), int(payload.size())))
        return Error::make(Error::Code::Corrupt,
            u"A stored %1 could not be read; the store may be damaged."_s.arg(
                QString::fromLatin1(RecordTraits<T>::typeName)));
    return record;
}

template<typename T>
Result<std::vector<T>> collect(sql::Statement &st, const char *context, int limit = -1)
{
    std::vector<T> out;
    if (!st.valid())
        return st.prepareError();
    for (;;) {
        const auto s = st.step();
        if (s == sql::Statement::Step::Done)
            break;
        if (s == sql::Statement::Step::Error)
            return st.error(context);
        auto r = parseRecord<T>(st.blob(0));
        if (!r)
            return r.error();
        out.push_back(std::move(r).value());
        if (limit >= 0 && int(out.size()) >= limit)
            break;
    }
    return out;
}

// Gives a record a new identity, written on this device now.
void stampAsNew(v1::RecordMeta *meta, Store &store)
{
    const qint64 now = store.clock().nowMs();
    meta->set_id(utf8(makeUuidV7(now)));
    meta->set_created_ms(now);
    meta->set_updated_ms(now);
    meta->set_hlc(utf8(store.hlc().now().toString()));
    meta->set_deleted(false);
    meta->clear_base_hlc();
}

// Whether this device wrote the version @p meta describes.
bool writtenHere(const v1::RecordMeta &meta, Store &store)
{
    const auto stamp = HlcStamp::parse(qs(meta.hlc()));
    return stamp && stamp.value().node == store.hlc().node();
}

// Marks a change made on this device now to the version @p meta describes;
// never dated before the record itself. A run of edits on this device keeps
// the base of its first one: the version it started from.
void stampAsChanged(v1::RecordMeta *meta, Store &store)
{
    if (meta->base_hlc().empty() || !writtenHere(*meta, store))
        meta->set_base_hlc(meta->hlc());
    meta->set_updated_ms(std::max<qint64>(store.clock().nowMs(), meta->created_ms()));
    meta->set_hlc(utf8(store.hlc().now().toString()));
}

// Whether an incoming version of text was written apart from the stored one,
// which this device wrote: neither was edited from the other. Empty when the
// incoming version does not say what it was edited from (an older app or file).
std::optional<bool> writtenApart(
    const v1::RecordMeta &local, const v1::RecordMeta &incoming, Store &store)
{
    if (!writtenHere(local, store))
        return false; // this device only passed the stored version on
    if (writtenHere(incoming, store))
        return false; // one device's own versions follow each other
    if (incoming.hlc() == local.base_hlc())
        return false; // ours was edited from it
    if (incoming.base_hlc().empty())
        return std::nullopt;
    return incoming.base_hlc() != local.hlc();
}

} // namespace

template<typename T> Result<void> Repository<T>::checkReferences(const T &record) const
{
    using Parent = typename RecordTraits<T>::Parent;
    if constexpr (!std::is_void_v<Parent>) {
        const QString parentId = qs(RecordTraits<T>::parentId(record));
        auto parent = Repository<Parent>(m_store).get(parentId);
        if (!parent) {
            if (parent.error().code == Error::Code::NotFound)
                return Error::make(Error::Code::Invalid,
                    u"%1: the %2 it belongs to does not exist"_s.arg(
                        QString::fromLatin1(RecordTraits<T>::typeName),
                        QString::fromLatin1(RecordTraits<Parent>::typeName)));
            return parent.error();
        }
    }
    using Attachment = typename RecordTraits<T>::Attachment;
    if constexpr (!std::is_void_v<Attachment>) {
        const std::string attached = RecordTraits<T>::attachmentId(record);
        if (!attached.empty() && !Repository<Attachment>(m_store).get(qs(attached)))
            return Error::make(Error::Code::Invalid,
                u"%1: the attached %2 does not exist"_s.arg(
                    QString::fromLatin1(RecordTraits<T>::typeName),
                    QString::fromLatin1(RecordTraits<Attachment>::typeName).replace(u'_', u' ')));
    }
    return {};
}

template<typename T> Result<void> Repository<T>::write(const T &record, bool isNew, bool toOutbox)
{
    auto &conn = m_store.connection();
    const auto &meta = record.meta();
    const QByteArray payload = QByteArray::fromStdString(record.SerializeAsString());
    const std::string parent = RecordTraits<T>::parentId(record);

    // A journal or gratitude entry's place in the search index is chosen
    // before the row is written, so the row is written once, with it.
    std::optional<qint64> fromPlace;
    std::optional<qint64> toPlace;
    if constexpr (isSearchable<T>) {
        const SearchIndex index(conn, RecordTraits<T>::table, RecordTraits<T>::searchTable);
        if (!isNew) {
            auto current = index.placeOf(meta.id());
            if (!current)
                return current.error();
            fromPlace = current.value();
        }
        if (!meta.deleted()) {
            const auto seed
                = quint64(qHash(QByteArrayView(meta.id().data(), qsizetype(meta.id().size()))));
            auto place = index.place(RecordTraits<T>::sortKey(record), fromPlace, seed);
            if (!place)
                return place.error();
            toPlace = place.value();
        }
    }

    constexpr const char *searchColumn = isSearchable<T> ? ", search_docid" : "";
    constexpr const char *searchValue = isSearchable<T> ? ", ?" : "";
    constexpr const char *searchSet = isSearchable<T> ? ", search_docid = ?" : "";
    sql::Statement st(conn,
        isNew ? sqlFor<T>("INSERT INTO $T (created_ms, updated_ms, hlc, deleted, "
                          "sort_key, parent_id, payload")
                + searchColumn + ", id) VALUES (?, ?, ?, ?, ?, ?, ?" + searchValue + ", ?)"
              : sqlFor<T>("UPDATE $T SET created_ms = ?, updated_ms = ?, hlc = ?, "
                          "deleted = ?, sort_key = ?, parent_id = ?, payload = ?")
                + searchSet + " WHERE id = ?");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, meta.created_ms()).bind(2, meta.updated_ms()).bind(3, std::string_view(meta.hlc()));
    st.bind(4, qint64(meta.deleted() ? 1 : 0)).bind(5, RecordTraits<T>::sortKey(record));
    if (parent.empty())
        st.bindNull(6);
    else
        st.bind(6, std::string_view(parent));
    st.bindBlob(7, payload);
    int idColumn = 8;
    if constexpr (isSearchable<T>) {
        if (toPlace)
            st.bind(8, *toPlace);
        else
            st.bindNull(8);
        idColumn = 9;
    }
    st.bind(idColumn, std::string_view(meta.id()));
    if (auto r = st.run("Saving the record"); !r)
        return r;

    if constexpr (isSearchable<T>) {
        const SearchIndex index(conn, RecordTraits<T>::table, RecordTraits<T>::searchTable);
        if (auto r = index.move(fromPlace, toPlace, toPlace ? searchText(record) : QString()); !r)
            return r;
    }

    if (toOutbox) {
        OutboxEntry entry;
        entry.mutationId = makeUuidV7(m_store.clock().nowMs());
        entry.recordType = QString::fromLatin1(RecordTraits<T>::typeName);
        entry.recordId = qs(meta.id());
        entry.op = meta.deleted() ? OutboxEntry::Op::Delete : OutboxEntry::Op::Upsert;
        entry.hlc = qs(meta.hlc());
        entry.createdMs = m_store.clock().nowMs();
        entry.payload = payload;
        if (auto r = Outbox(m_store).append(entry); !r)
            return r;
    }
    return m_store.persistHlc();
}

template<typename T> Result<T> Repository<T>::create(T record)
{
    if constexpr (RecordTraits<T>::authority == Authority::Clinic)
        return Error::make(Error::Code::ReadOnly,
            u"%1 records come from the clinic and cannot be created on the phone"_s.arg(
                QString::fromLatin1(RecordTraits<T>::typeName)));
    if (auto v = validate(record); !v)
        return v.error();
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    if (auto v = checkReferences(record); !v)
        return v.error();

    stampAsNew(record.mutable_meta(), m_store);
    if (auto w = write(record, true, true); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return record;
}

template<typename T> Result<T> Repository<T>::update(T record)
{
    if constexpr (RecordTraits<T>::authority == Authority::Clinic)
        return Error::make(Error::Code::ReadOnly,
            u"%1 records come from the clinic and cannot be changed on the phone"_s.arg(
                QString::fromLatin1(RecordTraits<T>::typeName)));
    if constexpr (!RecordTraits<T>::editable)
        return Error::make(Error::Code::ReadOnly,
            u"%1: check-ins are never edited; add a new one instead"_s.arg(
                QString::fromLatin1(RecordTraits<T>::typeName)));
    if (auto v = validate(record); !v)
        return v.error();
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    auto existing = get(qs(record.meta().id()));
    if (!existing)
        return existing.error();
    if (auto v = checkReferences(record); !v)
        return v.error();

    auto *meta = record.mutable_meta();
    *meta = existing.value().meta();
    stampAsChanged(meta, m_store);
    if constexpr (FieldMerged<T>)
        stampChangedFields(existing.value(), record, meta->hlc());
    if (auto w = write(record, false, true); !w)
        return w.error();
    if constexpr (!std::is_void_v<typename RecordTraits<T>::SharedChildren>) {
        // Check-ins are visible to the therapist exactly when their goal is:
        // a new version of each makes sync carry them sealed or clear again.
        if (existing.value().shared_with_therapist() != record.shared_with_therapist())
            if (auto r = restampChildren(qs(meta->id())); !r)
                return r.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return record;
}

template<typename T> Result<void> Repository<T>::restampChildren(const QString &parentId)
{
    using Child = typename RecordTraits<T>::SharedChildren;
    if constexpr (std::is_void_v<Child>) {
        Q_UNUSED(parentId);
        return {};
    } else {
        Repository<Child> children(m_store);
        auto listed = children.listByParent(parentId);
        if (!listed)
            return listed.error();
        for (auto &child : listed.value()) {
            auto *meta = child.mutable_meta();
            stampAsChanged(meta, m_store);
            if (auto w = children.write(child, false, true); !w)
                return w;
        }
        return {};
    }
}

template<typename T> Result<void> Repository<T>::keepConflictCopy(T copy, const QString &originalId)
{
    if constexpr (RecordTraits<T>::merge == MergePolicy::TextCopies) {
        stampAsNew(copy.mutable_meta(), m_store);
        copy.set_conflict_of(utf8(originalId));
        return write(copy, true, true);
    } else {
        Q_UNUSED(copy);
        Q_UNUSED(originalId);
        return {};
    }
}

template<typename T> Result<void> Repository<T>::remove(const QString &id)
{
    if constexpr (RecordTraits<T>::authority == Authority::Clinic)
        return Error::make(Error::Code::ReadOnly,
            u"%1 records come from the clinic and cannot be deleted on the phone"_s.arg(
                QString::fromLatin1(RecordTraits<T>::typeName)));
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    auto existing = get(id);
    if (!existing)
        return existing.error();
    // The tombstone keeps only the bookkeeping: what the patient wrote is gone
    // from the store (secure_delete overwrites the freed space), not just hidden.
    T tombstone;
    *tombstone.mutable_meta() = existing.value().meta();
    auto *meta = tombstone.mutable_meta();
    meta->set_deleted(true);
    stampAsChanged(meta, m_store);
    if (auto w = write(tombstone, false, true); !w)
        return w;
    return tx.commit();
}

template<typename T> Result<T> Repository<T>::get(const QString &id, bool includeDeleted) const
{
    sql::Statement st(
        m_store.connection(), sqlFor<T>("SELECT payload, deleted FROM $T WHERE id = ?"));
    if (!st.valid())
        return st.prepareError();
    st.bind(1, id);
    switch (st.step()) {
    case sql::Statement::Step::Row:
        if (st.int64(1) != 0 && !includeDeleted)
            break;
        return parseRecord<T>(st.blob(0));
    case sql::Statement::Step::Done:
        break;
    case sql::Statement::Step::Error:
        return st.error("Reading a record");
    }
    return Error::make(Error::Code::NotFound,
        u"There is no %1 with id %2."_s.arg(QString::fromLatin1(RecordTraits<T>::typeName), id));
}

template<typename T> Result<Page<T>> Repository<T>::list(const PageRequest &request) const
{
    const int limit = std::clamp(request.limit, 1, 10000);
    std::string where = request.includeDeleted ? "deleted IN (0, 1)" : "deleted = 0";
    if (request.after)
        where += " AND (sort_key, id) < (?, ?)";
    sql::Statement st(m_store.connection(),
        sqlFor<T>("SELECT payload, sort_key, id FROM $T WHERE ") + where
            + " ORDER BY sort_key DESC, id DESC LIMIT ?");
    int limitIndex = 1;
    if (request.after) {
        st.bind(1, request.after->sortKey).bind(2, request.after->id);
        limitIndex = 3;
    }
    st.bind(limitIndex, limit + 1); // one more than asked tells whether another page exists
    auto items = collect<T>(st, "Listing records");
    if (!items)
        return items.error();
    Page<T> page;
    page.items = std::move(items).value();
    if (int(page.items.size()) > limit) {
        page.items.pop_back();
        const T &last = page.items.back();
        page.next = PageCursor { RecordTraits<T>::sortKey(last), qs(last.meta().id()) };
    }
    return page;
}

template<typename T>
Result<std::vector<T>> Repository<T>::listBetween(
    qint64 fromKey, qint64 toKey, SortOrder order, int limit) const
{
    sql::Statement st(m_store.connection(),
        sqlFor<T>("SELECT payload FROM $T WHERE deleted = 0 AND sort_key >= ? AND "
                  "sort_key < ? ORDER BY sort_key ")
            + (order == SortOrder::Ascending ? "ASC, id ASC" : "DESC, id DESC") + " LIMIT ?");
    st.bind(1, fromKey).bind(2, toKey).bind(3, limit);
    return collect<T>(st, "Listing records");
}

template<typename T>
Result<std::vector<T>> Repository<T>::listByParent(const QString &parentId) const
{
    sql::Statement st(m_store.connection(),
        sqlFor<T>("SELECT payload FROM $T WHERE parent_id = ? AND deleted = 0 "
                  "ORDER BY sort_key DESC, id DESC"));
    st.bind(1, parentId);
    return collect<T>(st, "Listing records");
}

template<typename T> Result<qint64> Repository<T>::count(bool includeDeleted) const
{
    return m_store.connection().queryInt(
        sqlFor<T>(includeDeleted ? "SELECT count(*) FROM $T"
                                 : "SELECT count(*) FROM $T WHERE deleted = 0"),
        "Counting records");
}

template<typename T> Result<qint64> Repository<T>::countBetween(qint64 fromKey, qint64 toKey) const
{
    sql::Statement st(m_store.connection(),
        sqlFor<T>("SELECT count(*) FROM $T WHERE deleted = 0 AND sort_key >= ? AND sort_key < ?"));
    if (!st.valid())
        return st.prepareError();
    st.bind(1, fromKey).bind(2, toKey);
    if (st.step() != sql::Statement::Step::Row)
        return st.error("Counting records");
    return st.int64(0);
}

template<typename T> Result<T> Repository<T>::putFromClinic(T record)
{
    if constexpr (RecordTraits<T>::authority != Authority::Clinic)
        return Error::make(Error::Code::Invalid,
            u"%1 records are the patient's; they cannot arrive as clinic data"_s.arg(
                QString::fromLatin1(RecordTraits<T>::typeName)));
    const qint64 now = m_store.clock().nowMs();
    auto *meta = record.mutable_meta();
    if (meta->id().empty())
        meta->set_id(utf8(makeUuidV7(now)));
    if (meta->created_ms() <= 0)
        meta->set_created_ms(now);
    if (meta->updated_ms() < meta->created_ms())
        meta->set_updated_ms(meta->created_ms());
    if (meta->hlc().empty())
        meta->set_hlc(utf8(m_store.hlc().now().toString()));
    if (auto v = validateMeta(*meta, RecordTraits<T>::typeName); !v)
        return v.error();
    if (!meta->deleted())
        if (auto v = validate(record); !v)
            return v.error();

    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    auto existing = get(qs(meta->id()), true);
    if (!existing && existing.error().code != Error::Code::NotFound)
        return existing.error();
    // The clinic is the authority for its records: what it sends replaces ours.
    if (auto w = write(record, !existing.ok(), false); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return record;
}

template<typename T> Result<MergeOutcome> Repository<T>::merge(const T &record, MergeOrigin origin)
{
    const auto &meta = record.meta();
    if (auto v = validateMeta(meta, RecordTraits<T>::typeName); !v)
        return v.error();
    if (!meta.deleted())
        if (auto v = validate(record); !v)
            return v.error();
    auto incoming = HlcStamp::parse(qs(meta.hlc()));
    if (!incoming)
        return incoming.error();

    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    auto existing = get(qs(meta.id()), true);
    if (!existing && existing.error().code != Error::Code::NotFound)
        return existing.error();
    m_store.hlc().observe(incoming.value());
    const bool patientAuthored = RecordTraits<T>::authority == Authority::Patient;
    const bool queueForSync = origin == MergeOrigin::Import;

    if (!existing) {
        if (auto w = write(record, true, queueForSync && patientAuthored); !w)
            return w.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return MergeOutcome::Inserted;
    }

    const T &local = existing.value();
    if (local.meta().hlc() == meta.hlc())
        return MergeOutcome::Unchanged;
    const bool remoteIsLater = meta.hlc() > local.meta().hlc();
    const bool eitherDeleted = local.meta().deleted() || meta.deleted();

    T result = remoteIsLater ? record : local;
    bool resultIsNew = false; // a version neither side had: it must travel
    if constexpr (FieldMerged<T>) {
        if (!eitherDeleted) {
            mergeFields(local, record, result);
            const std::string merged = result.SerializeAsString();
            if (merged != record.SerializeAsString() && merged != local.SerializeAsString()) {
                auto *m = result.mutable_meta();
                stampAsChanged(m, m_store);
                resultIsNew = true;
            }
        }
    }
    if constexpr (RecordTraits<T>::merge == MergePolicy::TextCopies) {
        // Text written here, and different text not edited from it: neither is
        // dropped. The later version keeps the record; the text written here
        // becomes a copy the patient can see and resolve. Each device copies
        // only its own text, so a pair of edits makes exactly one copy however
        // the two phones' pushes and pulls interleaved: the other device, meeting
        // our later version, copies its own.
        const bool textDiffers = !eitherDeleted && searchText(local) != searchText(record);
        const bool importing = origin == MergeOrigin::Import;
        const auto apart = writtenApart(local.meta(), meta, m_store);
        if (textDiffers && remoteIsLater && apart.value_or(importing)) {
            // A file that does not say what its text was edited from is taken as
            // apart: a copy too many is better than text lost.
            if (auto r = keepConflictCopy(local, qs(meta.id())); !r)
                return r.error();
        } else if (textDiffers && !apart && !importing) {
            // From an app that does not say what it edited from: only text not yet
            // pushed from here is known to be apart, and the earlier one is copied.
            auto pending = Outbox(m_store).hasPending(qs(meta.id()));
            if (!pending)
                return pending.error();
            if (pending.value()) {
                if (auto r = keepConflictCopy(remoteIsLater ? local : record, qs(meta.id())); !r)
                    return r.error();
                if (!remoteIsLater) {
                    if (auto c = tx.commit(); !c)
                        return c.error();
                    return MergeOutcome::KeptLocal;
                }
            }
        }
    }

    if (!resultIsNew && !remoteIsLater)
        return MergeOutcome::KeptLocal;
    if (auto w = write(result, false, patientAuthored && (queueForSync || resultIsNew)); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return MergeOutcome::Updated;
}

// Every record type, instantiated once here rather than in every caller.
template class Repository<v1::JournalEntry>;
template class Repository<v1::GratitudeEntry>;
template class Repository<v1::MoodCheckIn>;
template class Repository<v1::Goal>;
template class Repository<v1::GoalCheckIn>;
template class Repository<v1::Group>;
template class Repository<v1::GroupSession>;
template class Repository<v1::Rsvp>;
template class Repository<v1::HomeworkAssignment>;
template class Repository<v1::HomeworkResponse>;
template class Repository<v1::ReminderPreferences>;
template class Repository<v1::SafetyPlan>;
template class Repository<v1::AgreementAck>;

} // namespace circle
