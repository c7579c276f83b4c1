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
    if (match.isEmpty() || limit <= 0)
        return std::vector<SearchHit> {};

    // The full-text index hands out matches newest first, because its row ids
    // follow the entries' dates (see SearchIndex), and is read once: each
    // match is looked up for its entry as it comes, and reading stops once
    // `limit` live matches are in and the next one is from an older date
    // bucket. Row ids order by date only to the bucket in their high bits, so
    // every match of the last bucket is taken and all are then ordered exactly
    // by date and id. snippet() reads and tokenizes an entry's text, so only
    // the rows read pay for one: however common the word, no entry beyond the
    // page is looked up, and the word's matches are walked once, not twice.
    std::vector<SearchHit> hits;
    const auto run = [&](const std::string &matchSql, const std::string &entrySql,
                         SearchHit::Kind kind) -> Result<void> {
        sql::Statement matches(m_store.connection(), matchSql);
        if (!matches.valid())
            return matches.prepareError();
        sql::Statement entry(m_store.connection(), entrySql);
        if (!entry.valid())
            return entry.prepareError();
        matches.bind(1, match);
        int live = 0;
        qint64 floor = 0;
        for (;;) {
            const auto s = matches.step();
            if (s == sql::Statement::Step::Done)
                return {};
            if (s == sql::Statement::Step::Error)
                return matches.error("Searching");
            const qint64 docid = matches.int64(0);
            if (live >= limit && docid < floor)
                return {};
            if (auto r = entry.reset(); !r)
                return r.error();
            entry.bind(1, docid);
            const auto e = entry.step();
            if (e == sql::Statement::Step::Error)
                return entry.error("Searching");
            if (e != sql::Statement::Step::Row || entry.int64(2) != 0)
                continue; // not a live entry: it never counts towards the page
            hits.push_back(SearchHit { kind, entry.text(0), entry.int64(1), matches.text(1) });
            if (++live == limit)
                floor = docid & ~TieMask; // the start of the page's last date bucket
        }
    };
    static constexpr const char *matchPattern
        = "SELECT docid, snippet($F, '[', ']', '…', 0, 12) FROM $F WHERE $F MATCH ?1 "
          "ORDER BY docid DESC";
    static constexpr const char *entryPattern
        = "SELECT id, sort_key, deleted FROM $T WHERE search_docid = ?1";
    static const std::string journalMatch
        = withTables(matchPattern, "journal_entries", "journal_fts");
    static const std::string journalEntry
        = withTables(entryPattern, "journal_entries", "journal_fts");
    static const std::string gratitudeMatch
        = withTables(matchPattern, "gratitude_entries", "gratitude_fts");
    static const std::string gratitudeEntry
        = withTables(entryPattern, "gratitude_entries", "gratitude_fts");
    if (auto r = run(journalMatch, journalEntry, SearchHit::Kind::Journal); !r)
        return r.error();
    if (auto r = run(gratitudeMatch, gratitudeEntry, SearchHit::Kind::Gratitude); !r)
        return r.error();
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.sortKey != b.sortKey ? a.sortKey > b.sortKey : a.id > b.id;
    });
    if (int(hits.size()) > limit)
        hits.resize(size_t(limit));
    return hits;
}

} // namespace circle
