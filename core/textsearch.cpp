#include "textsearch.h"

#include "store.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle {

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
    const auto run = [&](const char *sql, SearchHit::Kind kind) -> Result<void> {
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
    // CROSS JOIN keeps the full-text index as the outer loop. With a plain JOIN
    // SQLite 3.15 walks the entries in date order and runs the full-text query
    // once per entry: one search cost a full-text query per stored entry.
    //
    // snippet() reads and tokenizes an entry's text, and SQLite computes it for
    // every row that passes WHERE, before ORDER BY and LIMIT pick the newest.
    // A common word would pay one snippet per match. So the inner SELECT picks
    // the newest `limit` matches without snippets, and the outer one, again
    // driven by the full-text index (a snippet needs the MATCH cursor), keeps
    // only those rows: the IN list is built once, and only the rows shown pay
    // for a snippet. The doclist is walked twice, which costs far less.
    auto r = run("SELECT j.id, j.sort_key, snippet(journal_fts, '[', ']', '…', 0, 12) "
                 "FROM journal_fts CROSS JOIN journal_entries j ON j.rowid = journal_fts.docid "
                 "WHERE journal_fts MATCH ?1 AND journal_fts.docid IN ("
                 " SELECT t.rowid FROM journal_fts AS f CROSS JOIN journal_entries t"
                 " ON t.rowid = f.docid WHERE f.journal_fts MATCH ?1 AND t.deleted = 0"
                 " ORDER BY t.sort_key DESC, t.id DESC LIMIT ?2) "
                 "ORDER BY j.sort_key DESC, j.id DESC",
        SearchHit::Kind::Journal);
    if (!r)
        return r.error();
    r = run("SELECT g.id, g.sort_key, snippet(gratitude_fts, '[', ']', '…', 0, 12) "
            "FROM gratitude_fts CROSS JOIN gratitude_entries g "
            "ON g.rowid = gratitude_fts.docid "
            "WHERE gratitude_fts MATCH ?1 AND gratitude_fts.docid IN ("
            " SELECT t.rowid FROM gratitude_fts AS f CROSS JOIN gratitude_entries t"
            " ON t.rowid = f.docid WHERE f.gratitude_fts MATCH ?1 AND t.deleted = 0"
            " ORDER BY t.sort_key DESC, t.id DESC LIMIT ?2) "
            "ORDER BY g.sort_key DESC, g.id DESC",
        SearchHit::Kind::Gratitude);
    if (!r)
        return r.error();
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.sortKey != b.sortKey ? a.sortKey > b.sortKey : a.id > b.id;
    });
    if (int(hits.size()) > limit)
        hits.resize(size_t(limit));
    return hits;
}

} // namespace circle
