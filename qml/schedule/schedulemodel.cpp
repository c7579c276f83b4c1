#include "schedulemodel.h"

#include "clock.h"
#include "repository.h"
#include "sessiontext.h"
#include "store.h"

#include <QHash>
#include <QLoggingCategory>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchedule, "circle.schedule")

namespace circle {

namespace {

// A session that began up to this long ago may still be running (see TodayModel).
constexpr qint64 LongestSessionMs = 12 * 60 * 60 * 1000LL;

} // namespace

ScheduleModel::ScheduleModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void ScheduleModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), { StartRole, WhenRole });
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case GroupNameRole:
        return row.groupName;
    case StartRole:
        return QDateTime::fromMSecsSinceEpoch(row.startMs, m_timeZone);
    case WhenRole:
        return when(row);
    case PlaceRole:
        return row.place;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case StatusLabelRole:
        switch (row.status) {
        case Status::Cancelled:
            return tr("Cancelled");
        case Status::Moved:
            return tr("New time");
        case Status::Scheduled:
            return QString();
        }
        return QString();
    case CancelledRole:
        return row.status == Status::Cancelled;
    }
    return {};
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    return {
        { IdRole, "sessionId" },
        { TitleRole, "title" },
        { GroupNameRole, "groupName" },
        { StartRole, "start" },
        { WhenRole, "when" },
        { PlaceRole, "place" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { CancelledRole, "cancelled" },
    };
}

void ScheduleModel::refresh()
{
    const qint64 nowMs = m_clock.nowMs();
    auto sessions = Repository<v1::GroupSession>(m_store).listBetween(nowMs - LongestSessionMs,
        std::numeric_limits<qint64>::max(), SortOrder::Ascending, MaxSessions);
    QString error;
    std::vector<Row> rows;
    if (!sessions) {
        // The store's message names the failure, never a session's content.
        qCWarning(lcSchedule) << "Could not read sessions:" << sessions.error().message;
        error = tr("Your schedule could not be read.");
    } else {
        QHash<QString, QString> groupNames;
        for (const auto &s : sessions.value()) {
            if (s.end_ms() <= nowMs)
                continue;
            const QString groupId = qs(s.group_id());
            if (!groupNames.contains(groupId)) {
                auto group = Repository<v1::Group>(m_store).get(groupId);
                groupNames.insert(groupId, group ? qs(group.value().name()) : QString());
            }
            Row row;
            row.id = qs(s.meta().id());
            row.groupName = groupNames.value(groupId);
            row.title = !s.topic().empty() ? qs(s.topic())
                : !row.groupName.isEmpty() ? row.groupName
                                           : tr("Group session");
            row.startMs = s.start_ms();
            row.endMs = s.end_ms();
            row.place = qs(s.place());
            if (row.place.isEmpty() && !s.video_link().empty())
                row.place = tr("Online");
            row.status = s.status() == v1::SESSION_STATUS_CANCELLED ? Status::Cancelled
                : s.status() == v1::SESSION_STATUS_MOVED            ? Status::Moved
                                                                    : Status::Scheduled;
            rows.push_back(std::move(row));
        }
    }

    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_readAtMs = nowMs;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorMessageChanged();
    }
}

QString ScheduleModel::when(const Row &row) const
{
    // Relative words ("Tomorrow") are as of the last refresh, like the rest of the list.
    return SessionText::when(QDateTime::fromMSecsSinceEpoch(row.startMs, m_timeZone),
        QDateTime::fromMSecsSinceEpoch(row.endMs, m_timeZone),
        QDateTime::fromMSecsSinceEpoch(m_readAtMs, m_timeZone));
}

} // namespace circle
