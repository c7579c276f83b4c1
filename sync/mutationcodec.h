#pragma once

#include "outbox.h"
#include "result.h"
#include "sealer.h"

#include "circle/v1/sync.pb.h"

namespace circle {

class Store;

/**
 * Turns queued local changes into wire mutations and pulled changes back into
 * records, applying DESIGN.md's privacy and authority rules:
 *
 * - journal, gratitude, mood, safety plan, reminder preferences and agreement
 *   acknowledgements always travel sealed;
 * - a goal and its check-ins travel in the clear only while the goal is shared
 *   with the therapist; a homework response only once submitted; RSVPs always
 *   (the facilitator needs them);
 * - clinic records from the server replace ours; the patient's own records
 *   merge by the repositories' rules and are not sent back.
 */
class MutationCodec
{
public:
    MutationCodec(Store &store, const Sealer &sealer)
        : m_store(store)
        , m_sealer(sealer)
    {
    }

    Result<v1::Mutation> encode(const OutboxEntry &entry) const;
    /** Applies one pulled change; call inside the pull's transaction. */
    Result<void> apply(const v1::Change &change) const;

    /** Whether this version of a record may be read by the group's therapists. */
    bool travelsInClear(const QString &recordType, const QByteArray &payload) const;
    /** The group whose therapists may read a record that travels in the clear. */
    QString sharedWithGroup(const QString &recordType, const QByteArray &payload) const;

private:
    Store &m_store;
    const Sealer &m_sealer;
};

} // namespace circle
