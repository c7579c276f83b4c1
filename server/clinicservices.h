#pragma once

#include "accountservice.h"
#include "auditlog.h"
#include "authenticator.h"
#include "clinicservice.h"
#include "database.h"
#include "recordstore.h"
#include "serverclock.h"
#include "serverlimits.h"
#include "syncservice.h"

#include <memory>

namespace circle::server {

/**
 * Everything the server does, without HTTP: one database connection and the services over
 * it. `serve` puts HttpApi in front of it; `admin` calls the services directly, so the
 * command line and the therapist API share every check.
 */
class ClinicServices
{
public:
    static std::unique_ptr<ClinicServices> open(
        const DatabaseSpec &spec, const ServerLimits &limits, QString *error)
    {
        std::unique_ptr<Database> db = Database::open(spec, error);
        if (!db)
            return nullptr;
        return std::unique_ptr<ClinicServices>(new ClinicServices(std::move(db), limits));
    }

    std::unique_ptr<Database> database;
    ServerLimits limits;
    ServerClock clock;
    AuditLog audit;
    RecordStore records;
    Authenticator auth;
    SyncService sync;
    ClinicService clinic;
    AccountService accounts;

private:
    ClinicServices(std::unique_ptr<Database> db, const ServerLimits &l)
        : database(std::move(db))
        , limits(l)
        , audit(*database)
        , records(*database)
        , auth(*database, clock)
        , sync(*database, records, audit, clock, limits)
        , clinic(*database, records, audit, clock, limits)
        , accounts(*database, clinic, audit, clock, limits)
    {
    }
};

} // namespace circle::server
