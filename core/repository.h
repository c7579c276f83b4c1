#pragma once

#include "records.h"
#include "result.h"

#include <QString>

#include <optional>
#include <vector>

namespace circle {

class Store;

/** Where a page of a newest-first list ends; pass it back to get the next page. */
struct PageCursor
{
    qint64 sortKey = 0;
    QString id;
};

struct PageRequest
{
    int limit = 50;
    std::optional<PageCursor> after;
    bool includeDeleted = false;
};

template<typename T> struct Page
{
    std::vector<T> items;
    std::optional<PageCursor> next; // empty on the last page
};

enum class SortOrder { Ascending, Descending };

/** How an incoming record with metadata (import, sync) meets the stored one. */
enum class MergeOutcome { Inserted, Updated, Unchanged, KeptLocal };

/** Where a record with metadata comes from; the merge rules differ. */
enum class MergeOrigin {
    /**
     * A file the patient chose to import: the later stamp wins (field by field
     * for goals and preferences), and what changed is queued for sync.
     */
    Import,
    /**
     * Another of the patient's devices, through the server: also keeps both
     * versions of text edited concurrently, and sends nothing back unless
     * merging made a version the server does not have.
     */
    Sync,
};

/**
 * Create, update, delete (as a tombstone), get and list one record type.
 *
 * Every write runs in one transaction with its outbox row (for patient-authored
 * types) and its full-text index row (journal and gratitude), and stamps the
 * record with the store's hybrid logical clock. Clinic-authored types are
 * read-only here; they arrive through putFromClinic().
 */
template<typename T> class Repository
{
public:
    explicit Repository(Store &store)
        : m_store(store)
    {
    }

    /** Stores a new record; the id and times are assigned here. */
    Result<T> create(T record);
    /** Replaces the stored record with the same id; created time and id are kept. */
    Result<T> update(T record);
    /** Marks the record deleted; the tombstone stays so the deletion can sync. */
    Result<void> remove(const QString &id);

    /** The record, or Error::Code::NotFound (also for tombstones unless asked). */
    Result<T> get(const QString &id, bool includeDeleted = false) const;
    /** Newest first, keyset-paged: cost does not grow with how far you page. */
    Result<Page<T>> list(const PageRequest &request = {}) const;
    /** Live records whose sort key lies in [fromKey, toKey). */
    Result<std::vector<T>> listBetween(
        qint64 fromKey, qint64 toKey, SortOrder order, int limit = 1000) const;
    Result<std::vector<T>> listByParent(const QString &parentId) const;
    Result<qint64> count(bool includeDeleted = false) const;
    Result<qint64> countBetween(qint64 fromKey, qint64 toKey) const;

    /** Stores a clinic-authored record exactly as the clinic sent it (server wins). */
    Result<T> putFromClinic(T record);

    /**
     * Brings in a record that already has its metadata (import, sync). Runs in
     * the caller's transaction when there is one. The rules (DESIGN.md, Data):
     * an equal stamp changes nothing; goals and reminder preferences merge field
     * by field, the later stamp per field winning; journal and gratitude text
     * written here, meeting other text from sync that was not edited from it
     * (RecordMeta.base_hlc), keeps both versions, the earlier one as a conflict
     * copy made by the device that wrote it; otherwise the later stamp wins.
     */
    Result<MergeOutcome> merge(const T &record, MergeOrigin origin = MergeOrigin::Import);

private:
    template<typename U>
    friend class Repository; // a goal re-stamps its check-ins through their repository

    Result<void> write(const T &record, bool isNew, bool toOutbox);
    Result<void> restampChildren(const QString &parentId);
    Result<void> keepConflictCopy(T copy, const QString &originalId);
    Result<void> checkReferences(const T &record) const;

    Store &m_store;
};

} // namespace circle
