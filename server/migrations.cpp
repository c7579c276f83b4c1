#include "migrations.h"

#include "database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

// Version 1. Identifiers are lower case (PostgreSQL folds them); booleans are INTEGER 0/1
// and times are Unix milliseconds in BIGINT, which both databases store alike.
const QStringList &version1()
{
    static const QStringList steps = {
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
        // The server-wide change sequence: bumped inside each writing transaction, so
        // sequence numbers become visible in the order they were handed out.
        u"INSERT INTO counters (name, value) VALUES ('seq', 0)"_s,
        u"CREATE TABLE therapists (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " token_hash TEXT NOT NULL UNIQUE, created_ms BIGINT NOT NULL,"
        " revoked INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE patients (id TEXT PRIMARY KEY, label TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL)"_s,
        u"CREATE TABLE devices (id TEXT PRIMARY KEY,"
        " patient_id TEXT NOT NULL REFERENCES patients (id), name TEXT NOT NULL,"
        " token_hash TEXT NOT NULL UNIQUE, created_ms BIGINT NOT NULL,"
        " expires_ms BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,"
        " last_seen_ms BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX devices_patient ON devices (patient_id)"_s,
        // "groups" is a keyword in both databases' newer grammars.
        u"CREATE TABLE therapy_groups (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL)"_s,
        u"CREATE TABLE group_facilitators ("
        " group_id TEXT NOT NULL REFERENCES therapy_groups (id),"
        " therapist_id TEXT NOT NULL REFERENCES therapists (id),"
        " PRIMARY KEY (group_id, therapist_id))"_s,
        u"CREATE TABLE memberships ("
        " group_id TEXT NOT NULL REFERENCES therapy_groups (id),"
        " patient_id TEXT NOT NULL REFERENCES patients (id), joined_ms BIGINT NOT NULL,"
        " PRIMARY KEY (group_id, patient_id))"_s,
        u"CREATE INDEX memberships_patient ON memberships (patient_id)"_s,
        u"CREATE TABLE invites (code_hash TEXT PRIMARY KEY,"
        " patient_id TEXT NOT NULL REFERENCES patients (id),"
        " group_id TEXT NOT NULL REFERENCES therapy_groups (id), created_by TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL,"
        " used_ms BIGINT NOT NULL DEFAULT 0)"_s,
        // One row per record: the latest version only. patient_id is the owner of a
        // patient-authored record; for clinic records it is '' (the whole group) or the one
        // patient a homework assignment is for. Exactly one body column is set, or neither
        // for a tombstone without a body.
        u"CREATE TABLE records (patient_id TEXT NOT NULL, record_type TEXT NOT NULL,"
        " record_id TEXT NOT NULL, mutation_id TEXT NOT NULL, hlc TEXT NOT NULL,"
        " deleted INTEGER NOT NULL, sealed_body {blob}, clear_body {blob},"
        " parent_id TEXT NOT NULL, group_id TEXT NOT NULL, seq BIGINT NOT NULL UNIQUE,"
        " clinic_authored INTEGER NOT NULL, updated_ms BIGINT NOT NULL,"
        " PRIMARY KEY (patient_id, record_type, record_id))"_s,
        u"CREATE INDEX records_owner_seq ON records (patient_id, seq)"_s,
        u"CREATE INDEX records_group_seq ON records (group_id, seq)"_s,
        u"CREATE INDEX records_type_id ON records (record_type, record_id)"_s,
        u"CREATE TABLE applied_mutations (patient_id TEXT NOT NULL,"
        " mutation_id TEXT NOT NULL, seq BIGINT NOT NULL, applied_ms BIGINT NOT NULL,"
        " PRIMARY KEY (patient_id, mutation_id))"_s,
        // Who touched which record, when, and how it ended. No column for content.
        u"CREATE TABLE audit_log (at_ms BIGINT NOT NULL, actor TEXT NOT NULL,"
        " action TEXT NOT NULL, patient_id TEXT NOT NULL, record_type TEXT NOT NULL,"
        " record_id TEXT NOT NULL, outcome TEXT NOT NULL)"_s,
        u"CREATE INDEX audit_log_at ON audit_log (at_ms)"_s,
    };
    return steps;
}

// Version 2. Which device wrote each record version, so a pull can leave out what the
// pulling device pushed itself (it has those already). Rows from before know no device
// ('') and keep going to every device, as they did.
const QStringList &version2()
{
    static const QStringList steps = {
        u"ALTER TABLE records ADD COLUMN writer_device TEXT NOT NULL DEFAULT ''"_s,
    };
    return steps;
}

// Version 3. The clinic portal: staff who sign in with a browser, their set-up links,
// recovery codes and sessions. Secrets are kept as hashes (the TOTP secret cannot be: the
// server must compute codes from it). records.shared_since_ms is when a record's current
// clear (shared) stretch began, 0 while it is sealed; older rows start at their last change.
const QStringList &version3()
{
    static const QStringList steps = {
        u"CREATE TABLE staff (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL, role TEXT NOT NULL, therapist_id TEXT NOT NULL,"
        " password_hash TEXT NOT NULL DEFAULT '', totp_secret TEXT NOT NULL DEFAULT '',"
        " totp_last_step BIGINT NOT NULL DEFAULT 0, disabled INTEGER NOT NULL DEFAULT 0,"
        " created_ms BIGINT NOT NULL)"_s,
        u"CREATE TABLE staff_setup_links (token_hash TEXT PRIMARY KEY,"
        " staff_id TEXT NOT NULL REFERENCES staff (id), created_ms BIGINT NOT NULL,"
        " expires_ms BIGINT NOT NULL, used_ms BIGINT NOT NULL DEFAULT 0,"
        " pending_totp_secret TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE staff_recovery_codes (staff_id TEXT NOT NULL REFERENCES staff (id),"
        " code_hash TEXT NOT NULL, used_ms BIGINT NOT NULL DEFAULT 0,"
        " PRIMARY KEY (staff_id, code_hash))"_s,
        u"CREATE TABLE portal_sessions (id_hash TEXT PRIMARY KEY,"
        " staff_id TEXT NOT NULL REFERENCES staff (id), csrf_token TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL, last_seen_ms BIGINT NOT NULL,"
        " ended_ms BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX portal_sessions_staff ON portal_sessions (staff_id)"_s,
        u"ALTER TABLE records ADD COLUMN shared_since_ms BIGINT NOT NULL DEFAULT 0"_s,
        u"UPDATE records SET shared_since_ms = updated_ms WHERE clear_body IS NOT NULL"
        " AND clinic_authored = 0"_s,
    };
    return steps;
}

// Version 4. A therapist's "reviewed" mark on a member's shared homework answer. It holds
// the answer's mutation id: an answer changed after the review shows as not reviewed.
const QStringList &version4()
{
    static const QStringList steps = {
        u"CREATE TABLE homework_reviews (patient_id TEXT NOT NULL, response_id TEXT NOT NULL,"
        " mutation_id TEXT NOT NULL, staff_id TEXT NOT NULL, reviewed_ms BIGINT NOT NULL,"
        " PRIMARY KEY (patient_id, response_id))"_s,
    };
    return steps;
}

const QList<const QStringList *> &allVersions()
{
    static const QList<const QStringList *> versions
        = { &version1(), &version2(), &version3(), &version4() };
    return versions;
}

int readVersion(Database &db, bool *ok)
{
    QSqlQuery &q = db.prepare(u"SELECT version FROM schema_version"_s);
    *ok = db.run(q);
    if (*ok && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace

int latestSchemaVersion()
{
    return int(allVersions().size());
}

bool migrateToLatest(Database &db, QString *error)
{
    const QString where = db.spec().describe();
    for (int target = 1; target <= latestSchemaVersion(); ++target) {
        WriteTransaction tx(db);
        if (!tx.active()) {
            *error = u"cannot start a transaction on %1"_s.arg(where);
            return false;
        }
        // Two processes starting on a new PostgreSQL database would both see version 0;
        // the advisory lock makes the second wait and then see the first one's work.
        if (db.isPostgres() && !db.execute(u"SELECT pg_advisory_xact_lock(20250101)"_s)) {
            *error = u"cannot lock %1 for migration"_s.arg(where);
            return false;
        }
        if (!db.execute(
                u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s)) {
            *error = u"cannot create the schema table in %1"_s.arg(where);
            return false;
        }
        bool ok = false;
        const int current = readVersion(db, &ok);
        if (!ok) {
            *error = u"cannot read the schema version of %1"_s.arg(where);
            return false;
        }
        if (current > latestSchemaVersion()) {
            *error
                = u"%1 has schema version %2; this circle-server knows up to %3. Use a newer circle-server."_s
                      .arg(where)
                      .arg(current)
                      .arg(latestSchemaVersion());
            return false;
        }
        if (current >= target)
            continue;
        for (const QString &statement : *allVersions()[target - 1]) {
            if (!db.execute(db.dialect(statement))) {
                *error = u"migration to schema version %1 failed in %2"_s.arg(target).arg(where);
                return false;
            }
        }
        const QString bump = current == 0
            ? u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(target)
            : u"UPDATE schema_version SET version = %1"_s.arg(target);
        if (!db.execute(bump) || !tx.commit()) {
            *error = u"cannot record schema version %1 in %2"_s.arg(target).arg(where);
            return false;
        }
    }
    return true;
}

} // namespace circle::server
