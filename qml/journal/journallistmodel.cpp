#include "journallistmodel.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "journalpromptmodel.h"
#include "store.h"
#include "textsearch.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournalList, "circle.journal")

namespace circle {

namespace {

// The first lines of an entry on one line, cut at a word where possible.
QString excerptOf(const QString &text, int length)
{
    QString flat = text.simplified();
    if (flat.size() <= length)
        return flat;
    qsizetype cut = flat.lastIndexOf(u' ', length);
    if (cut < length / 2)
        cut = length;
    return flat.left(cut) + u'…';
}

// The index marks matched words with [ and ]; the list shows them bold. The
// text is escaped first so an entry can never inject markup of its own.
QString styledMatch(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(u'[', u"<b>"_s).replace(u']', u"</b>"_s);
    return html;
}

QString plainMatch(QString snippet)
{
    return snippet.remove(u'[').remove(u']');
}

} // namespace

JournalListModel::JournalListModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void JournalListModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { DayLabelRole });
}

int JournalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant JournalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case ExcerptRole:
        return row.excerpt;
    case WrittenAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.writtenMs, m_timeZone);
    case DayLabelRole:
        return dayLabel(row.writtenMs);
    case TopicRole:
        return row.topic;
    case MoodRole:
        return row.mood;
    case ConflictCopyRole:
        return row.conflictCopy;
    case MatchRole:
        return row.match;
    }
    return {};
}

QHash<int, QByteArray> JournalListModel::roleNames() const
{
    return {
        { IdRole, "entryId" },
        { ExcerptRole, "excerpt" },
        { WrittenAtRole, "writtenAt" },
        { DayLabelRole, "dayLabel" },
        { TopicRole, "topic" },
        { MoodRole, "mood" },
        { ConflictCopyRole, "conflictCopy" },
        { MatchRole, "match" },
    };
}

bool JournalListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void JournalListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Row> rows = m_query.trimmed().isEmpty() ? readPage(m_next) : readMatches();
    if (rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    endInsertRows();
    Q_EMIT countChanged();
}

void JournalListModel::refresh()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_matchesRead = 0;
    m_atEnd = false;
    setMatchesCapped(false);
    m_rows = m_query.trimmed().isEmpty() ? readPage(std::nullopt) : readMatches();
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

std::vector<JournalListModel::Row> JournalListModel::readPage(
    const std::optional<PageCursor> &after)
{
    PageRequest request;
    request.limit = PageSize;
    request.after = after;
    auto page = Repository<v1::JournalEntry>(m_store).list(request);
    if (!page) {
        // The store's message names the failure; it never holds entry text.
        qCWarning(lcJournalList) << "Could not list journal entries:" << page.error().message;
        setError(tr("Your journal could not be read."));
        m_atEnd = true;
        return {};
    }
    setError({});
    m_next = page.value().next;
    m_atEnd = !m_next.has_value();
    std::vector<Row> rows;
    rows.reserve(page.value().items.size());
    for (const auto &entry : page.value().items) {
        rows.push_back(Row {
            qs(entry.meta().id()),
            excerptOf(qs(entry.text()), ExcerptLength),
            entry.written_ms(),
            JournalPromptModel::topicLabel(qs(entry.topic())),
            entry.has_mood() ? entry.mood() : -1,
            !entry.conflict_of().empty(),
            {},
        });
    }
    return rows;
}

void JournalListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    refresh();
}

// Matches come a page at a time, like the plain list: the first screen of a
// common word reads one page of entries, not every match (docs/benchmarks.md).
// The search runs again with a larger limit for the next page; its order is
// stable, so the hits already listed are skipped.
std::vector<JournalListModel::Row> JournalListModel::readMatches()
{
    const int wanted = std::min(m_matchesRead + PageSize, MaxMatches);
    // The last page asks for one hit more, to know whether more were left out.
    auto hits = TextSearch(m_store).search(m_query, wanted == MaxMatches ? wanted + 1 : wanted);
    if (!hits) {
        qCWarning(lcJournalList) << "Could not search the journal:" << hits.error().message;
        setError(tr("Your journal could not be searched."));
        m_atEnd = true;
        return {};
    }
    setError({});
    std::vector<SearchHit> &found = hits.value();
    setMatchesCapped(int(found.size()) > MaxMatches);
    if (int(found.size()) > wanted)
        found.resize(size_t(wanted));
    const int firstNew = std::min(m_matchesRead, int(found.size()));
    m_matchesRead = int(found.size());
    m_atEnd = int(found.size()) < wanted || wanted >= MaxMatches;
    Repository<v1::JournalEntry> journal(m_store);
    std::vector<Row> rows;
    for (auto it = found.begin() + firstNew; it != found.end(); ++it) {
        const SearchHit &hit = *it;
        if (hit.kind != SearchHit::Kind::Journal)
            continue; // gratitude has its own page
        auto entry = journal.get(hit.id);
        if (!entry)
            continue; // deleted between the search and now
        const v1::JournalEntry &e = entry.value();
        rows.push_back(Row {
            hit.id,
            plainMatch(hit.snippet),
            e.written_ms(),
            JournalPromptModel::topicLabel(qs(e.topic())),
            e.has_mood() ? e.mood() : -1,
            !e.conflict_of().empty(),
            styledMatch(hit.snippet),
        });
    }
    return rows;
}

void JournalListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

void JournalListModel::setMatchesCapped(bool capped)
{
    if (capped == m_matchesCapped)
        return;
    m_matchesCapped = capped;
    Q_EMIT matchesCappedChanged();
}

QString JournalListModel::dayLabel(qint64 ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_timeZone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_timeZone).date();
    const QLocale locale;
    const QString time = TimeFormat::shortTime(at.time());
    const qint64 days = at.date().daysTo(today);
    if (days == 0)
        return tr("Today, %1").arg(time);
    if (days == 1)
        return tr("Yesterday, %1").arg(time);
    // The year only when it is not this one, as people say it.
    if (at.date().year() == today.year())
        return TimeFormat::dayAndMonth(at.date());
    return TimeFormat::fullDate(at.date());
}

} // namespace circle
