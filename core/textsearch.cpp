#include "textsearch.h"

#include "store.h"

#include <QStringList>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

constexpr int TieBits = 20;
constexpr qint64 TieMask = (qint64(1) << TieBits) - 1;
constexpr qint64 LatestDate = (qint64(1) << (63 - TieBits)) - 1; // ms, in the year 2248

qint64 dateBits(qint64 sortKey)
{
    return std::clamp<qint64>(sortKey, 0, LatestDate) << TieBits;
}

std::string withTables(std::string sql, std::string_view table, std::string_view fts)
{
    for (auto pos = sql.find("$T"); pos != std::string::npos; pos = sql.find("$T", pos))
        sql.replace(pos, 2, table);
    for (auto pos = sql.find("$F"); pos != std::string::npos; pos = sql.find("$F", pos))
        sql.replace(pos, 2, fts);
    return sql;
}

constexpr const char *IndexingContext = "Indexing the entry for search";

} // namespace

SearchIndex::SearchIndex(sql::Connection &conn, std::string_view table, std::string_view ftsTable)
    : m_conn(conn)
    , m_table(table)
    , m_fts(ftsTable)
{
}

std::string SearchIndex::sql(const char *pattern) const
{
    return withTables(pattern, m_table, m_fts);
}

Result<std::optional<qint64>> SearchIndex::placeOf(std::string_view id) const
{
    sql::Statement current(m_conn, sql("SELECT search_docid FROM $T WHERE id = ?"));
    current.bind(1, id);
    const auto step = current.step();
    if (step == sql::Statement::Step::Error)
        return current.error(IndexingContext);
    if (step == sql::Statement::Step::Done || current.isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(current.int64(0));
}

Result<qint64> SearchIndex::place(qint64 sortKey, std::optional<qint64> current, quint64 seed) const
{
    const qint64 date = dateBits(sortKey);
    if (current && (*current & ~TieMask) == date)
        return *current; // same date: the entry keeps its place
    sql::Statement taken(m_conn, sql("SELECT 1 FROM $T WHERE search_docid = ?"));
    for (qint64 i = 0; i <= TieMask; ++i) {
        const qint64 candidate = date | ((qint64(seed & quint64(TieMask)) + i) & TieMask);
        (void)taken.reset();
        taken.bind(1, candidate);
        const auto s = taken.step();
        if (s == sql::Statement::Step::Error)
            return taken.error(IndexingContext);
        if (s == sql::Statement::Step::Done)
            return candidate;
    }
    return Error::make(Error::Code::Invalid,
        u"Over a million entries share one millisecond; this one cannot be indexed."_s);
}

Result<void> SearchIndex::move(
    std::optional<qint64> from, std::optional<qint64> to, const QString &text) const
{
    if (from) {
        sql::Statement del(m_conn, sql("DELETE FROM $F WHERE docid = ?"));
        del.bind(1, *from);
        if (auto r = del.run(IndexingContext); !r)
            return r;
    }
    if (!to)
        return {};
    sql::Statement ins(m_conn, sql("INSERT INTO $F (docid, body) VALUES (?, ?)"));
    ins.bind(1, *to).bind(2, text);
    return ins.run(IndexingContext);
}

QString searchText(const v1::JournalEntry &entry)
{
    return qs(entry.text());
}

QString searchText(const v1::GratitudeEntry &entry)
{
    QStringList items;
    for (const auto &item : entry.items())
        items << qs(item);
    return items.join(u'\n');
}

QString TextSearch::matchExpression(const QString &query)
{
    // Keep letters and digits of every script; everything else (quotes, '*',
    // '-', AND/OR/NEAR as operators) only separates words, so what a person
    // types can never be read as FTS syntax.
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms << u"\"%1*\""_s.arg(word);
        word.clear();
    };
    for (const QChar c : query) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

Result<std::vector<SearchHit>> TextSearch::search(const QString &query, int limit) const
{
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return std::vector<SearchHit> {};

    std::vector<SearchHit> hits;
    const auto run = [&](const std::string &sql, SearchHit::Kind kind) -> Result<void> {
        sql::Statement st(m_store.connection(), sql);
        if (!st.valid())
            return st.prepareError();
        st.bind(1, match).bind(2, limit);
        for (;;) {
            const auto s = st.step();
            if (s == sql::Statement::Step::Done)
                return {};
            if (s == sql::Statement::Step::Error)
                return st.error("Searching");
            hits.push_back(SearchHit { kind, st.text(0), st.int64(1), st.text(2) });
        }
    };
    // The full-text index drives both queries (CROSS JOIN keeps it the outer
    // loop) and its row ids follow the entries' dates (see SearchIndex), so
    // the inner SELECT reads the newest `limit` matches straight off the index
    // and stops: no entry is looked up for its date, however common the word.
    // Row ids order by date only to the millisecond-sized bucket in their high
    // bits, so the outer query takes every match from the oldest bucket of that
    // page on, orders them exactly by date and id, and keeps `limit`. snippet()
    // reads and tokenizes an entry's text for every row that passes WHERE, so
    // only those few rows pay for one.
    static constexpr const char *pattern
        = "SELECT e.id, e.sort_key, snippet($F, '[', ']', '…', 0, 12) "
          "FROM $F CROSS JOIN $T e ON e.search_docid = $F.docid "
          "WHERE $F MATCH ?1 AND e.deleted = 0 AND $F.docid >= ("
          " SELECT (min(docid) >> 20) << 20 FROM ("
          "  SELECT docid FROM $F WHERE $F MATCH ?1 ORDER BY docid DESC LIMIT ?2)) "
          "ORDER BY e.sort_key DESC, e.id DESC LIMIT ?2";
    static_assert(TieBits == 20, "the query shifts by TieBits");
    static const std::string journalSql = withTables(pattern, "journal_entries", "journal_fts");
    static const std::string gratitudeSql
        = withTables(pattern, "gratitude_entries", "gratitude_fts");
    if (auto r = run(journalSql, SearchHit::Kind::Journal); !r)
        return r.error();
    if (auto r = run(gratitudeSql, SearchHit::Kind::Gratitude); !r)
        return r.error();
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.sortKey != b.sortKey ? a.sortKey > b.sortKey : a.id > b.id;
    });
    if (int(hits.size()) > limit)
        hits.resize(size_t(limit));
    return hits;
}

} // namespace circle
