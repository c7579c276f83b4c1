#include "goallistmodel.h"

#include "appshell/timeformat.h"
#include "goalnumber.h"
#include "goalunits.h"

#include "store.h"

#include <QDate>
#include <QLocale>
#include <QLoggingCategory>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGoalList, "circle.goals")

namespace circle {

namespace {

GoalListModel::Status statusOf(v1::GoalStatus status)
{
    switch (status) {
    case v1::GOAL_STATUS_ACTIVE:
        return GoalListModel::Status::Active;
    case v1::GOAL_STATUS_PAUSED:
        return GoalListModel::Status::Paused;
    case v1::GOAL_STATUS_ACHIEVED:
        return GoalListModel::Status::Achieved;
    case v1::GOAL_STATUS_LET_GO:
        return GoalListModel::Status::LetGo;
    default:
        return GoalListModel::Status::Unspecified;
    }
}

} // namespace

GoalListModel::GoalListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    refresh();
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
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
    case TargetRole:
        return row.target;
    case DueRole:
        return row.due;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case StatusLabelRole:
        return statusLabel(row.status);
    case StepsDoneRole:
        return row.stepsDone;
    case StepsTotalRole:
        return row.stepsTotal;
    case SharedRole:
        return row.shared;
    case ProgressRole:
        return row.progress;
    case ProgressLabelRole:
        return row.progressLabel;
    }
    return {};
}

QHash<int, QByteArray> GoalListModel::roleNames() const
{
    return {
        { IdRole, "goalId" },
        { TitleRole, "title" },
        { TargetRole, "target" },
        { DueRole, "due" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { StepsDoneRole, "stepsDone" },
        { StepsTotalRole, "stepsTotal" },
        { SharedRole, "shared" },
        { ProgressRole, "progress" },
        { ProgressLabelRole, "progressLabel" },
    };
}

bool GoalListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void GoalListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Row> rows = readPage(m_next);
    if (rows.empty())
        return;
    const int first = count();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    endInsertRows();
    Q_EMIT countChanged();
    updateGlance();
}

void GoalListModel::refresh()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    m_rows = readPage(std::nullopt);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
    updateGlance();
}

std::vector<GoalListModel::Row> GoalListModel::readPage(const std::optional<PageCursor> &after)
{
    PageRequest request;
    request.limit = PageSize;
    request.after = after;
    auto page = Repository<v1::Goal>(m_store).list(request);
    if (!page) {
        // The store's message names the failure; it never holds goal text.
        qCWarning(lcGoalList) << "Could not list goals:" << page.error().message;
        setError(tr("Your goals could not be read."));
        m_atEnd = true;
        return {};
    }
    setError({});
    m_next = page.value().next;
    m_atEnd = !m_next.has_value();
    std::vector<Row> rows;
    for (const auto &goal : page.value().items) {
        Row row;
        row.id = qs(goal.meta().id());
        row.title = qs(goal.title());
        if (goal.target_value() > 0)
            row.target
                = tr("Target: %1").arg(GoalUnits::amount(goal.target_value(), qs(goal.unit())));
        const QDate due = QDate::fromString(qs(goal.due_date()), Qt::ISODate);
        if (due.isValid())
            row.due = tr("By %1").arg(TimeFormat::fullDate(due));
        row.status = statusOf(goal.status());
        row.stepsTotal = goal.steps_size();
        for (const auto &step : goal.steps())
            row.stepsDone += step.done() ? 1 : 0;
        row.shared = goal.shared_with_therapist();
        // The latest check-in says where the patient is now; newest comes first.
        auto checkIns = Repository<v1::GoalCheckIn>(m_store).listByParent(row.id);
        if (checkIns && !checkIns.value().empty() && goal.target_value() > 0) {
            const auto latest = std::max_element(checkIns.value().begin(), checkIns.value().end(),
                [](const auto &a, const auto &b) { return a.at_ms() < b.at_ms(); });
            row.progress = std::clamp(latest->value() / goal.target_value(), 0.0, 1.0);
            row.progressLabel = tr("Latest: %1 of %2")
                                    .arg(goalNumberText(latest->value()),
                                        GoalUnits::amount(goal.target_value(), qs(goal.unit())));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void GoalListModel::updateGlance()
{
    QVariantList glance;
    for (const Row &row : m_rows) {
        if (glance.size() >= GlanceSize)
            break;
        if (row.status != Status::Active)
            continue;
        glance.append(QVariantMap {
            { u"goalId"_s, row.id },
            { u"title"_s, row.title },
            { u"progress"_s, row.progress },
            { u"progressLabel"_s,
                row.progressLabel.isEmpty() ? tr("No check-ins yet") : row.progressLabel },
        });
    }
    if (glance == m_glance)
        return;
    m_glance = glance;
    Q_EMIT glanceChanged();
}

void GoalListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

QString GoalListModel::statusLabel(Status status)
{
    switch (status) {
    case Status::Active:
        return tr("Active");
    case Status::Paused:
        return tr("Put aside");
    case Status::Achieved:
        return tr("Reached");
    case Status::LetGo:
        return tr("Let go");
    case Status::Unspecified:
        break;
    }
    return QString();
}

} // namespace circle
