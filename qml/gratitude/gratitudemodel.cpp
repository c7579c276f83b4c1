#include "gratitudemodel.h"

#include "appshell/storetext.h"
#include "appshell/timeformat.h"
#include "clock.h"
#include "repository.h"
#include "store.h"
#include "validation.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGratitude, "circle.gratitude")

namespace circle {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

} // namespace

GratitudeModel::GratitudeModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void GratitudeModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    refresh();
}

int GratitudeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GratitudeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case DayRole:
        return row.day;
    case Qt::DisplayRole:
    case DayLabelRole: {
        const QDate day = QDate::fromString(row.day, Qt::ISODate);
        const qint64 ago = day.daysTo(today());
        if (ago == 0)
            return tr("Today");
        if (ago == 1)
            return tr("Yesterday");
        return day.year() == today().year() ? TimeFormat::dayAndMonth(day)
                                            : TimeFormat::fullDate(day);
    }
    case ItemsRole:
        return row.items;
    case ConflictCopyRole:
        return row.conflictCopy;
    }
    return {};
}

QHash<int, QByteArray> GratitudeModel::roleNames() const
{
    return {
        { IdRole, "entryId" },
        { DayRole, "day" },
        { DayLabelRole, "dayLabel" },
        { ItemsRole, "items" },
        { ConflictCopyRole, "conflictCopy" },
    };
}

QString GratitudeModel::practiceText() const
{
    if (m_daysThisWeek == 0)
        return tr("Whenever you are ready: one good thing is enough.");
    if (m_daysInARow >= 2)
        return tr("You noted good things %n days in a row.", nullptr, m_daysInARow);
    return tr("You noted good things on %n of the last 7 days.", nullptr, m_daysThisWeek);
}

bool GratitudeModel::saveToday(const QStringList &items)
{
    QStringList kept;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty() && kept.size() < MaxItems)
            kept.append(item.trimmed());
    }
    if (kept.isEmpty()) {
        setError(tr("Write at least one good thing, however small."));
        return false;
    }
    for (const QString &item : kept) {
        if (item.size() > TextLimits::GratitudeItem) {
            setError(tr("A good thing can have up to %1 characters; this one has %2. Shorten it "
                        "to save it.")
                         .arg(TextLimits::GratitudeItem)
                         .arg(item.size()));
            return false;
        }
    }
    Repository<v1::GratitudeEntry> repo(m_store);
    v1::GratitudeEntry entry;
    if (!m_todayId.isEmpty()) {
        auto current = repo.get(m_todayId);
        if (current)
            entry = current.value();
    }
    entry.clear_items();
    for (const QString &item : kept)
        entry.add_items(utf8(item));
    Result<v1::GratitudeEntry> stored = Error {};
    if (entry.meta().id().empty()) {
        entry.set_day(utf8(today().toString(Qt::ISODate)));
        entry.set_written_ms(m_clock.nowMs());
        stored = repo.create(entry);
    } else {
        stored = repo.update(entry);
    }
    if (!stored) {
        qCWarning(lcGratitude) << "Could not save a gratitude entry:" << stored.error().message;
        setError(StoreText::notSaved(stored.error()));
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool GratitudeModel::addToday(const QString &item)
{
    if (item.trimmed().isEmpty()) {
        setError(tr("Write at least one good thing, however small."));
        return false;
    }
    if (m_todayItems.size() >= MaxItems) {
        setError(
            tr("Today already has three good things. You can change them on the Gratitude page."));
        return false;
    }
    return saveToday(m_todayItems + QStringList { item });
}

void GratitudeModel::refresh()
{
    const QDate now = today();
    const qint64 from = m_clock.nowMs() - HistoryDays * DayMs;
    auto entries = Repository<v1::GratitudeEntry>(m_store).listBetween(
        from, m_clock.nowMs() + DayMs, SortOrder::Descending, HistoryDays * 2);
    beginResetModel();
    m_rows.clear();
    m_todayId.clear();
    m_todayItems.clear();
    QSet<QDate> daysWritten;
    if (!entries) {
        qCWarning(lcGratitude) << "Could not list gratitude entries:" << entries.error().message;
        setError(tr("Your gratitude entries could not be read."));
    } else {
        for (const auto &e : entries.value()) {
            Row row { qs(e.meta().id()), qs(e.day()), {}, !e.conflict_of().empty() };
            for (const auto &item : e.items())
                row.items.append(qs(item));
            const QDate day = QDate::fromString(row.day, Qt::ISODate);
            if (day.isValid())
                daysWritten.insert(day);
            // The first (newest) of today's entries is the one the page edits.
            if (day == now && m_todayId.isEmpty() && !row.conflictCopy) {
                m_todayId = row.id;
                m_todayItems = row.items;
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    m_daysThisWeek = int(std::count_if(daysWritten.cbegin(), daysWritten.cend(),
        [now](const QDate &day) { return day.daysTo(now) >= 0 && day.daysTo(now) < 7; }));
    // Today still open does not end a run that reached yesterday.
    m_daysInARow = 0;
    for (QDate day = daysWritten.contains(now) ? now : now.addDays(-1); daysWritten.contains(day);
         day = day.addDays(-1))
        ++m_daysInARow;
    Q_EMIT todayChanged();
}

QDate GratitudeModel::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_timeZone).date();
}

void GratitudeModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

} // namespace circle
