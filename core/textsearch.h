#pragma once

#include "records.h"
#include "result.h"
#include "sqlite.h"

#include <QString>

#include <vector>

namespace circle {

class Store;

/** The text of a record as the search index holds it. */
QString searchText(const v1::JournalEntry &entry);
QString searchText(const v1::GratitudeEntry &entry);

/**
 * Keeps one entry's row of the search index in step with the entry.
 *
 * Full-text row ids follow the entries' dates: the date (sortKey, clamped to
 * 1970..2248) fills the high bits and the low 20 bits tell apart entries of
 * the same millisecond. The index can then hand out the newest matches first
 * and a search stops after one page, however many entries contain the word.
 * The id is kept in the entry's search_docid column.
 *
 * text is null when the entry is deleted: it leaves the index.
 */
Result<void> indexForSearch(sql::Connection &conn, std::string_view table,
    std::string_view ftsTable, qint64 rowid, qint64 sortKey, const QString *text);

struct SearchHit
{
    enum class Kind { Journal, Gratitude };
    Kind kind = Kind::Journal;
    QString id;
    qint64 sortKey = 0; // when it was written; hits come newest first
    QString snippet; // matched words wrapped in [ and ]
};

/**
 * Full-text search over journal and gratitude text (SQLite FTS4, inside the
 * encrypted database). The repositories keep the index in step on every write.
 */
class TextSearch
{
public:
    explicit TextSearch(Store &store)
        : m_store(store)
    {
    }

    /**
     * Every word of the query must match, each as a prefix ("grat" finds
     * "grateful"). Punctuation and FTS operators in the query are ignored, so
     * any text a person types is safe to pass.
     */
    Result<std::vector<SearchHit>> search(const QString &query, int limit = 50) const;

    /** The FTS4 MATCH expression for what a person typed; empty when nothing is searchable. */
    static QString matchExpression(const QString &query);

private:
    Store &m_store;
};

} // namespace circle
