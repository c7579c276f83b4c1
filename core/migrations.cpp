#include "migrations.h"

#include "records.h"
#include "schedule/reminderlog.h"
#include "textsearch.h"

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle::migrations {

namespace {

struct Migration
{
    int version;
    Result<void> (*apply)(sql::Connection &);
};

// Schema 1 shape of a record table. Frozen: a later change to record tables is
// a new migration, never an edit here, or stores made by older builds diverge.
std::string recordTableV1(const char *table)
{
    const std::string t(table);
    return "CREATE TABLE " + t
        + " (\n"
          "  rowid INTEGER PRIMARY KEY,\n"
          "  id TEXT NOT NULL UNIQUE,\n"
          "  created_ms INTEGER NOT NULL,\n"
          "  updated_ms INTEGER NOT NULL,\n"
          "  hlc TEXT NOT NULL,\n"
          "  deleted INTEGER NOT NULL DEFAULT 0,\n"
          "  sort_key INTEGER NOT NULL,\n"
          "  parent_id TEXT,\n"
          "  payload BLOB NOT NULL\n"
          ");\n"
          "CREATE INDEX "
        + t + "_by_sort ON " + t
        + " (deleted, sort_key DESC, id DESC);\n"
          "CREATE INDEX "
        + t + "_by_parent ON " + t + " (parent_id) WHERE parent_id IS NOT NULL;\n";
}

Result<void> v1RecordsOutboxSettings(sql::Connection &conn)
{
    std::string ddl;
    for (const char *table : { "journal_entries", "gratitude_entries", "mood_check_ins", "goals",
             "goal_check_ins", "therapy_groups", "group_sessions", "rsvps", "homework_assignments",
             "homework_responses", "reminder_preferences", "safety_plans", "agreement_acks" })
        ddl += recordTableV1(table);
    ddl += "CREATE TABLE outbox (\n"
           "  seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
           "  mutation_id TEXT NOT NULL UNIQUE,\n"
           "  record_type TEXT NOT NULL,\n"
           "  record_id TEXT NOT NULL,\n"
           "  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),\n"
           "  hlc TEXT NOT NULL,\n"
           "  created_ms INTEGER NOT NULL,\n"
           "  payload BLOB NOT NULL\n"
           ");\n"
           "CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL);\n";
    return conn.exec(ddl, "Creating the store's tables");
}

// Full-text search arrives in schema 2. The text lives inside each record's
// protobuf payload, which SQL triggers cannot read, so the repositories keep
// the index in step, and this step indexes what schema 1 stores already hold.
Result<void> v2FullTextSearch(sql::Connection &conn)
{
    auto r = conn.exec("CREATE VIRTUAL TABLE journal_fts USING fts4(body, tokenize=unicode61);\n"
                       "CREATE VIRTUAL TABLE gratitude_fts USING fts4(body, tokenize=unicode61);\n",
        "Creating the search index");
    if (!r)
        return r;

    const auto backfill = [&conn]<typename T>(const char *selectSql, const char *insertSql,
                              auto textOf) -> Result<void> {
        sql::Statement select(conn, selectSql);
        sql::Statement insert(conn, insertSql);
        if (!select.valid())
            return select.prepareError();
        if (!insert.valid())
            return insert.prepareError();
        for (;;) {
            const auto step = select.step();
            if (step == sql::Statement::Step::Done)
                return {};
            if (step == sql::Statement::Step::Error)
                return select.error("Indexing existing entries");
            T record;
            const QByteArray payload = select.blob(1);
            if (!record.ParseFromArray(payload.constData(), int(payload.size())))
                return Error::make(Error::Code::Corrupt,
                    u"Indexing existing entries: a stored record could not be read."_s);
            (void)insert.reset();
            insert.bind(1, select.int64(0)).bind(2, textOf(record));
            if (auto ok = insert.run("Indexing existing entries"); !ok)
                return ok;
        }
    };
    r = backfill.operator()<v1::JournalEntry>(
        "SELECT rowid, payload FROM journal_entries WHERE deleted = 0",
        "INSERT INTO journal_fts (docid, body) VALUES (?, ?)",
        [](const v1::JournalEntry &e) { return searchText(e); });
    if (!r)
        return r;
    return backfill.operator()<v1::GratitudeEntry>(
        "SELECT rowid, payload FROM gratitude_entries WHERE deleted = 0",
        "INSERT INTO gratitude_fts (docid, body) VALUES (?, ?)",
        [](const v1::GratitudeEntry &e) { return searchText(e); });
}

// Schema 3 is what sync needs on the phone: the changes the clinic refused,
// kept visible with the reason instead of blocking the queue, and a quick way
// to ask whether a record still has a change waiting.
Result<void> v3SyncBookkeeping(sql::Connection &conn)
{
    return conn.exec("CREATE TABLE rejected_mutations (\n"
                     "  mutation_id TEXT PRIMARY KEY,\n"
                     "  record_type TEXT NOT NULL,\n"
                     "  record_id TEXT NOT NULL,\n"
                     "  reason TEXT NOT NULL,\n"
                     "  rejected_ms INTEGER NOT NULL,\n"
                     "  payload BLOB NOT NULL\n"
                     ");\n"
                     "CREATE INDEX outbox_by_record ON outbox (record_id);\n",
        "Preparing the store for sync");
}

// Schema 5 gives full-text row ids in date order (see SearchIndex), so a
// search for a common word reads its newest matches off the index and stops
// instead of looking every match up for its date. Each index is built afresh:
// entries are added oldest first, which also leaves it in few segments.
Result<void> v5SearchInDateOrder(sql::Connection &conn)
{
    const auto rebuild = [&conn]<typename T>(const char *table, const char *fts) -> Result<void> {
        const std::string t(table), f(fts);
        auto r = conn.exec("ALTER TABLE " + t
                + " ADD COLUMN search_docid INTEGER;\n"
                  "CREATE UNIQUE INDEX "
                + t + "_by_search_docid ON " + t
                + " (search_docid);\n"
                  "DROP TABLE "
                + f
                + ";\n"
                  "CREATE VIRTUAL TABLE "
                + f
                + " USING fts4(body, tokenize=unicode61);\n"
                  "INSERT INTO "
                + f + " (" + f + ") VALUES ('automerge=2');\n",
            "Rebuilding the search index");
        if (!r)
            return r;
        sql::Statement select(conn,
            "SELECT rowid, sort_key, payload, id FROM " + t
                + " WHERE deleted = 0 ORDER BY sort_key, rowid");
        sql::Statement keep(conn, "UPDATE " + t + " SET search_docid = ? WHERE rowid = ?");
        const SearchIndex index(conn, t, f);
        if (!select.valid())
            return select.prepareError();
        for (;;) {
            const auto step = select.step();
            if (step == sql::Statement::Step::Done)
                return {};
            if (step == sql::Statement::Step::Error)
                return select.error("Rebuilding the search index");
            T record;
            const QByteArray payload = select.blob(2);
            if (!record.ParseFromArray(payload.constData(), int(payload.size())))
                return Error::make(Error::Code::Corrupt,
                    u"Rebuilding the search index: a stored record could not be read."_s);
            const QByteArray id = select.blob(3);
            auto place = index.place(select.int64(1), std::nullopt, quint64(qHash(id)));
            if (!place)
                return place.error();
            (void)keep.reset();
            keep.bind(1, place.value()).bind(2, select.int64(0));
            if (auto ok = keep.run("Rebuilding the search index"); !ok)
                return ok;
            if (auto ok = index.move(std::nullopt, place.value(), searchText(record)); !ok)
                return ok;
        }
    };
    if (auto r = rebuild.operator()<v1::JournalEntry>("journal_entries", "journal_fts"); !r)
        return r;
    return rebuild.operator()<v1::GratitudeEntry>("gratitude_entries", "gratitude_fts");
}

const std::vector<Migration> &all()
{
    static const std::vector<Migration> list = {
        { 1, &v1RecordsOutboxSettings },
        { 2, &v2FullTextSearch },
        { 3, &v3SyncBookkeeping },
        { 4, &reminderLogSchema }, // what this phone showed and what was snoozed
        { 5, &v5SearchInDateOrder },
    };
    return list;
}

} // namespace

int latestVersion()
{
    return all().back().version;
}

Result<int> migrate(sql::Connection &conn, int upTo)
{
    auto current = conn.queryInt("PRAGMA user_version", "Reading the schema version");
    if (!current)
        return current.error();
    const int target = upTo < 0 ? latestVersion() : upTo;
    int version = int(current.value());
    if (version > latestVersion())
        return Error::make(Error::Code::UnsupportedVersion,
            u"This store was written by a newer version of Circle (schema %1; this "
            "version understands up to %2). Update Circle to open it."_s.arg(version)
                .arg(latestVersion()));
    for (const Migration &m : all()) {
        if (m.version <= version || m.version > target)
            continue;
        sql::Transaction tx(conn);
        if (!tx.active())
            return tx.beginError();
        if (auto r = m.apply(conn); !r)
            return r.error();
        const std::string bump = "PRAGMA user_version = " + std::to_string(m.version);
        if (auto r = conn.exec(bump, "Recording the schema version"); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        version = m.version;
    }
    return version;
}

} // namespace circle::migrations
