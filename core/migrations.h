#pragma once

#include "result.h"
#include "sqlite.h"

namespace circle::migrations {

/** The schema version this build creates and understands. */
int latestVersion();

/**
 * Brings the schema from its current user_version up to upTo (or the latest
 * when upTo < 0). Each step runs in its own transaction together with the
 * user_version bump, so a crash leaves the store at one version or the next.
 * Returns the version the store is at afterwards.
 */
Result<int> migrate(sql::Connection &conn, int upTo);

} // namespace circle::migrations
