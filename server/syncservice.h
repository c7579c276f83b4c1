#pragma once

#include "apierror.h"
#include "authenticator.h"
#include "serverlimits.h"

namespace circle::v1 {
class PushRequest;
class PushResponse;
class PullRequest;
class PullResponse;
} // namespace circle::v1

namespace circle::server {

class AuditLog;
class Database;
class RecordStore;
class ServerClock;

/**
 * Push and pull for patient devices (proto/README.md). Every record a call touches is
 * looked up under the caller's own patient id, so one patient's token can neither write
 * nor read another's records, whatever ids it sends.
 */
class SyncService
{
public:
    SyncService(Database &db, RecordStore &records, AuditLog &audit, ServerClock &clock,
        const ServerLimits &limits);

    /**
     * Applies each mutation once, in order, in one transaction: DUPLICATE for a mutation id
     * seen before, STALE when a later version is stored, REJECTED with a reason for what
     * the rules refuse. Only a storage failure fails the whole call (and applies nothing).
     */
    Outcome<circle::v1::PushResponse> push(
        const DeviceIdentity &who, const circle::v1::PushRequest &request);

    /** The caller's changes after the cursor, in sequence order, within the count and size caps. */
    Outcome<circle::v1::PullResponse> pull(
        const DeviceIdentity &who, const circle::v1::PullRequest &request);

private:
    Database &m_db;
    RecordStore &m_records;
    AuditLog &m_audit;
    ServerClock &m_clock;
    ServerLimits m_limits;
};

} // namespace circle::server
