#pragma once

#include "records.h"
#include "result.h"
#include "sqlite.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace circle {

class Store;

/** The text of a record as the search index holds it. */
QString searchText(const v1::JournalEntry &entry);
QString searchText(const v1::GratitudeEntry &entry);

/**
 * One entry table's full-text index, kept in step by the repositories.
 *
 * Full-text row ids ("places") follow the entries' dates: the date (sortKey,
 * clamped to 1970..2248) fills the high bits and the low 20 bits tell apart
 * entries of the same millisecond. The index can then hand out the newest
 * matches first and a search stops after one page, however many entries
 * contain the word. An entry's place is kept in its search_docid column,
 * written with the entry itself; a deleted entry has none.
 */
class SearchIndex
{
public:
    SearchIndex(sql::Connection &conn, std::string_view table, std::string_view ftsTable);

    /** The place of the entry with this id; empty when it has none (deleted). */
    Result<std::optional<qint64>> placeOf(std::string_view id) const;

    /**
     * A free place for an entry written at sortKey. An entry that keeps its
     * date keeps its current place; seed spreads entries of one millisecond.
     */
    Result<qint64> place(qint64 sortKey, std::optional<qint64> current, quint64 seed) const;

    /** Takes the entry's text out of the index at from and adds text at to; either may be empty. */
    Result<void> move(
        std::optional<qint64> from, std::optional<qint64> to, const QString &text) const;

private:
    std::string sql(const char *pattern) const;

    sql::Connection &m_conn;
    std::string m_table;
    std::string m_fts;
};

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
     * any text a person types is safe to pass. At most @p limit hits, newest
     * first; none when @p limit is not positive.
     */
    Result<std::vector<SearchHit>> search(const QString &query, int limit = 50) const;

    /** The FTS4 MATCH expression for what a person typed; empty when nothing is searchable. */
    static QString matchExpression(const QString &query);

private:
    Store &m_store;
};

} // namespace circle
