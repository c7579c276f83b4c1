#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace circle {

class Store;

/** One local change waiting to be pushed to the clinic. */
struct OutboxEntry
{
    enum class Op { Upsert, Delete };

    qint64 seq = 0; // local order of the change
    QString mutationId; // UUIDv7; the server applies each mutation once
    QString recordType; // RecordTraits<T>::typeName
    QString recordId;
    Op op = Op::Upsert;
    QString hlc;
    qint64 createdMs = 0;
    QByteArray payload; // the record as serialized protobuf, as it was at this change
};

/** A change the clinic's server refused, kept so the patient can see it. */
struct RejectedMutation
{
    QString mutationId;
    QString recordType;
    QString recordId;
    QString reason;
    qint64 rejectedMs = 0;
};

/**
 * The queue of local changes. Rows are added by the repositories inside the
 * same transaction as the write they describe, so a change is never stored
 * without being queued, or queued without being stored.
 */
class Outbox
{
public:
    explicit Outbox(Store &store)
        : m_store(store)
    {
    }

    /** Adds a row; must be called inside the caller's write transaction. */
    Result<void> append(const OutboxEntry &entry);
    /** The oldest pending changes, in order. */
    Result<std::vector<OutboxEntry>> peek(int limit) const;
    /** Drops the rows the server has confirmed. */
    Result<void> acknowledge(const std::vector<QString> &mutationIds);
    Result<qint64> pendingCount() const;
    /**
     * Moves a change the server refused out of the queue, into the visible
     * "not synced" list with the server's reason, so it never blocks the rest.
     */
    Result<void> reject(const QString &mutationId, const QString &reason);
    Result<std::vector<RejectedMutation>> rejected() const;
    /**
     * Removes a refused change from the "not synced" list once the patient has
     * seen it; the change itself was never applied on the server.
     */
    Result<void> dismissRejected(const QString &mutationId);

    /** Whether a change of this record is still waiting to be pushed. */
    Result<bool> hasPending(const QString &recordId) const;

private:
    Store &m_store;
};

} // namespace circle
