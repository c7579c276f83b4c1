#pragma once

#include <QString>

namespace circle::server {

class Database;

/** The schema version this build writes. A database with a newer one is refused. */
int latestSchemaVersion();

/**
 * Brings the schema to latestSchemaVersion(), one numbered step at a time, each in its own
 * transaction with the new version number, so a crash mid-way leaves a consistent
 * earlier version. Safe to run from two processes at once (server and admin command).
 */
bool migrateToLatest(Database &db, QString *error);

} // namespace circle::server
