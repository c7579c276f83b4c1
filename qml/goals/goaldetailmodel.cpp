#include "goaldetailmodel.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "goalchanges.h"
#include "goalnumber.h"
#include "goalunits.h"
#include "repository.h"
#include "store.h"
#include "validation.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGoalDetail, "circle.goals.detail")

namespace circle {

GoalDetailModel::GoalDetailModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
}

void GoalDetailModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    if (m_loaded)
        refresh();
}

int GoalDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GoalDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case ValueRole:
        return row.value;
    case Qt::DisplayRole:
    case ValueLabelRole:
        return valueLabel(row.value);
    case NoteRole:
        return row.note;
    case WhenLabelRole: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(row.atMs, m_timeZone);
        return tr("%1, %2").arg(
            TimeFormat::dayAndMonth(at.date()), TimeFormat::shortTime(at.time()));
    }
    case AtRole:
        return QDateTime::fromMSecsSinceEpoch(row.atMs, m_timeZone);
    case ValueTextRole:
        return goalNumberText(row.value);
    }
    return {};
}

QHash<int, QByteArray> GoalDetailModel::roleNames() const
{
    return {
        { IdRole, "checkInId" },
        { ValueRole, "value" },
        { ValueLabelRole, "valueLabel" },
        { NoteRole, "note" },
        { WhenLabelRole, "whenLabel" },
        { AtRole, "at" },
        { ValueTextRole, "valueText" },
    };
}

QString GoalDetailModel::targetLabel() const
{
    if (!m_loaded)
        return {};
    return tr("Target: %1").arg(valueLabel(m_goal.target_value()));
}

QString GoalDetailModel::dueLabel() const
{
    const QDate due = QDate::fromString(qs(m_goal.due_date()), Qt::ISODate);
    return due.isValid() ? tr("By %1").arg(TimeFormat::fullDate(due)) : QString();
}

QStringList GoalDetailModel::actionSteps() const
{
    QStringList steps;
    for (const auto &step : m_goal.steps())
        steps.append(step.done() ? tr("Done: %1").arg(qs(step.text())) : qs(step.text()));
    return steps;
}

QVariantList GoalDetailModel::steps() const
{
    QVariantList steps;
    for (const auto &step : m_goal.steps())
        steps.append(QVariantMap { { u"text"_s, qs(step.text()) }, { u"done"_s, step.done() } });
    return steps;
}

QString GoalDetailModel::stepsDoneLabel() const
{
    const int total = m_goal.steps_size();
    if (total == 0)
        return {};
    int done = 0;
    for (const auto &step : m_goal.steps())
        done += step.done() ? 1 : 0;
    //: How many of a goal's action steps are ticked, as in "1 of 2 steps done".
    return tr("%1 of %n step(s) done", "", total).arg(done);
}

GoalDetailModel::Status GoalDetailModel::status() const
{
    switch (m_goal.status()) {
    case v1::GOAL_STATUS_ACHIEVED:
        return Status::Reached;
    case v1::GOAL_STATUS_PAUSED:
    case v1::GOAL_STATUS_LET_GO:
        return Status::PutAside;
    default:
        return Status::Active;
    }
}

QString GoalDetailModel::statusNote() const
{
    switch (status()) {
    case Status::Reached:
        return tr("You reached this goal. Well done. It stays here with its check-ins.");
    case Status::PutAside:
        return tr("Put aside for now. It stays here with its check-ins, and you can take it up "
                  "again whenever you like.");
    case Status::Active:
        break;
    }
    return {};
}

bool GoalDetailModel::load(const QString &goalId)
{
    m_goalId = goalId;
    clearErrors();
    refresh();
    return m_loaded;
}

void GoalDetailModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    m_goal.Clear();
    m_error.clear();
    if (!m_goalId.isEmpty()) {
        auto goal = Repository<v1::Goal>(m_store).get(m_goalId);
        auto checkIns = Repository<v1::GoalCheckIn>(m_store).listByParent(m_goalId);
        if (!goal || !checkIns) {
            const Error &error = goal ? checkIns.error() : goal.error();
            qCWarning(lcGoalDetail) << "Could not read a goal:" << error.message;
            m_error = error.code == Error::Code::NotFound ? tr("This goal is no longer here.")
                                                          : tr("This goal could not be read.");
        } else {
            m_goal = goal.value();
            m_loaded = true;
            for (const auto &c : checkIns.value())
                m_rows.push_back({ qs(c.meta().id()), c.value(), qs(c.note()), c.at_ms() });
            // Newest first, whatever order the store keeps them in.
            std::stable_sort(m_rows.begin(), m_rows.end(),
                [](const Row &a, const Row &b) { return a.atMs > b.atMs; });
        }
    }
    endResetModel();
    buildChart();
    Q_EMIT changed();
    Q_EMIT errorsChanged();
}

std::optional<double> GoalDetailModel::readValue(const QString &valueText, QString *problem) const
{
    double value = 0;
    switch (parseGoalNumber(valueText, QLocale(), false, &value)) {
    case NumberProblem::None:
        problem->clear();
        return value;
    case NumberProblem::Empty:
        *problem = tr("Enter a value, such as 2.");
        break;
    case NumberProblem::NotANumber:
        *problem = tr("\"%1\" is not a number. Use digits, such as 2 or 1.5.")
                       .arg(valueText.trimmed().left(40));
        break;
    case NumberProblem::Negative:
        *problem = tr("A check-in cannot be negative. Enter 0 or more.");
        break;
    case NumberProblem::NotAboveZero: // a check-in may be 0; not reported for one
    case NumberProblem::TooLarge:
        *problem = tr("That number is too large for a check-in.");
        break;
    }
    return std::nullopt;
}

QString GoalDetailModel::noteProblem(const QString &trimmedNote) const
{
    return trimmedNote.size() > MaxNoteLength
        ? tr("Keep the note under %1 characters; it has %2 now.")
              .arg(MaxNoteLength)
              .arg(trimmedNote.size())
        : QString();
}

QString GoalDetailModel::farAboveQuestion(double value) const
{
    if (!goalchanges::farAboveTarget(value, m_goal.target_value()))
        return {};
    return tr("%1 is far above your target of %2. Is that right? If you meant a smaller number, "
              "go back and change it.")
        .arg(goalNumberText(value), valueLabel(m_goal.target_value()));
}

bool GoalDetailModel::addCheckIn(const QString &valueText, const QString &note, bool confirmed)
{
    const auto value = readValue(valueText, &m_valueError);
    const QString trimmedNote = note.trimmed();
    m_noteError = noteProblem(trimmedNote);
    m_confirmQuestion.clear();
    if (!m_loaded && m_valueError.isEmpty())
        m_valueError = tr("Open a goal before checking in.");
    if (!m_valueError.isEmpty() || !m_noteError.isEmpty()) {
        Q_EMIT errorsChanged();
        return false;
    }
    // Held back until the patient says it is right: a slip of the finger would
    // flatten the chart and, on a shared goal, reach the therapist.
    if (!confirmed) {
        m_confirmQuestion = farAboveQuestion(*value);
        if (!m_confirmQuestion.isEmpty()) {
            Q_EMIT errorsChanged();
            return false;
        }
    }

    v1::GoalCheckIn checkIn;
    checkIn.set_goal_id(utf8(m_goalId));
    checkIn.set_value(*value);
    checkIn.set_note(utf8(trimmedNote));
    checkIn.set_at_ms(m_clock.nowMs());
    auto stored = Repository<v1::GoalCheckIn>(m_store).create(checkIn);
    if (!stored) {
        qCWarning(lcGoalDetail) << "Could not store a goal check-in:" << stored.error().message;
        m_error = tr("Your check-in was not saved: %1").arg(stored.error().message);
        Q_EMIT errorsChanged();
        return false;
    }
    refresh();
    return true;
}

bool GoalDetailModel::correctCheckIn(
    const QString &checkInId, const QString &valueText, const QString &note, bool confirmed)
{
    const auto value = readValue(valueText, &m_correctionError);
    const QString trimmedNote = note.trimmed();
    if (m_correctionError.isEmpty())
        m_correctionError = noteProblem(trimmedNote);
    m_confirmQuestion.clear();
    if (!m_correctionError.isEmpty()) {
        Q_EMIT errorsChanged();
        return false;
    }
    if (!confirmed) {
        m_confirmQuestion = farAboveQuestion(*value);
        if (!m_confirmQuestion.isEmpty()) {
            Q_EMIT errorsChanged();
            return false;
        }
    }
    auto corrected = goalchanges::correctCheckIn(m_store, checkInId, *value, trimmedNote);
    if (!corrected) {
        qCWarning(lcGoalDetail) << "Could not correct a check-in:" << corrected.error().message;
        m_correctionError = tr("The correction was not saved: %1").arg(corrected.error().message);
        Q_EMIT errorsChanged();
        return false;
    }
    refresh();
    return true;
}

bool GoalDetailModel::removeCheckIn(const QString &checkInId)
{
    auto removed = goalchanges::removeCheckIn(m_store, checkInId);
    return afterChange(
        removed ? nullptr : &removed.error(), tr("The check-in was not deleted: %1"));
}

bool GoalDetailModel::setStepDone(int index, bool done)
{
    auto changed = goalchanges::setStepDone(m_store, m_goalId, index, done);
    return afterChange(changed ? nullptr : &changed.error(), tr("The step was not saved: %1"));
}

bool GoalDetailModel::markReached()
{
    return changeStatus(v1::GOAL_STATUS_ACHIEVED);
}

bool GoalDetailModel::putAside()
{
    return changeStatus(v1::GOAL_STATUS_PAUSED);
}

bool GoalDetailModel::takeUpAgain()
{
    return changeStatus(v1::GOAL_STATUS_ACTIVE);
}

bool GoalDetailModel::changeStatus(int status)
{
    auto changed = goalchanges::setStatus(m_store, m_goalId, v1::GoalStatus(status));
    return afterChange(changed ? nullptr : &changed.error(), tr("The goal was not changed: %1"));
}

bool GoalDetailModel::removeGoal()
{
    auto removed = goalchanges::removeGoal(m_store, m_goalId);
    if (!removed)
        return afterChange(&removed.error(), tr("The goal was not deleted: %1"));
    m_goalId.clear();
    refresh();
    return true;
}

bool GoalDetailModel::afterChange(const Error *error, const QString &failure)
{
    if (error) {
        // The message names what failed in the store, never what the patient wrote.
        qCWarning(lcGoalDetail) << "Could not change a goal:" << error->message;
        refresh();
        m_error = failure.arg(error->message);
        Q_EMIT errorsChanged();
        return false;
    }
    refresh();
    return true;
}

void GoalDetailModel::clearErrors()
{
    if (m_valueError.isEmpty() && m_noteError.isEmpty() && m_error.isEmpty()
        && m_confirmQuestion.isEmpty() && m_correctionError.isEmpty())
        return;
    m_confirmQuestion.clear();
    m_correctionError.clear();
    m_valueError.clear();
    m_noteError.clear();
    m_error.clear();
    Q_EMIT errorsChanged();
}

void GoalDetailModel::buildChart()
{
    m_points.clear();
    m_targetY = 0;
    m_topLabel.clear();
    m_firstLabel.clear();
    m_lastLabel.clear();
    m_summary.clear();
    if (!m_loaded)
        return;

    const double target = m_goal.target_value();
    double highest = 0;
    for (const Row &row : m_rows)
        highest = std::max(highest, row.value);
    // Room above the higher of the target and the best check-in, so neither sits on the edge.
    const double top = std::max(1.0, std::ceil(std::max(target, highest) * 1.2));
    m_targetY = target / top;
    m_topLabel = goalNumberText(top);

    if (m_rows.empty()) {
        m_summary = tr("No check-ins yet. The target is %1.").arg(valueLabel(target));
        return;
    }
    // One point per day, that day's latest check-in (rows are newest first), so
    // two check-ins on one day are not drawn as a rise or a fall.
    struct DayPoint
    {
        QDate day;
        double value;
    };
    std::vector<DayPoint> days; // newest first
    for (const Row &row : m_rows) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(row.atMs, m_timeZone).date();
        if (days.empty() || days.back().day != day)
            days.push_back({ day, row.value });
    }
    const QDate first = days.back().day;
    const QDate last = days.front().day;
    const double span = double(first.daysTo(last));
    for (auto it = days.rbegin(); it != days.rend(); ++it) {
        // A single day sits in the middle of the time axis.
        const double x = span > 0 ? double(first.daysTo(it->day)) / span : 0.5;
        m_points.append(QVariantMap {
            { u"x"_s, x },
            { u"y"_s, it->value / top },
            { u"label"_s, valueLabel(it->value) },
        });
    }
    m_firstLabel = dayLabel(first);
    m_lastLabel = span > 0 ? dayLabel(last) : QString();
    const int count = int(m_rows.size());
    const QString latest = valueLabel(m_rows.front().value);
    if (count == 1)
        m_summary = tr("One check-in, on %1: %2, against a target of %3.")
                        .arg(dayLabel(first), latest, valueLabel(target));
    else if (span == 0)
        m_summary
            = tr("%n check-in(s), all on %1. The latest is %2 against a target of %3.", "", count)
                  .arg(dayLabel(first), latest, valueLabel(target));
    else
        m_summary = tr("%n check-in(s) from %1 to %2. The latest is %3 against a target of %4; "
                       "the highest is %5.",
            "", count)
                        .arg(dayLabel(first), dayLabel(last), latest, valueLabel(target),
                            valueLabel(highest));
}

QString GoalDetailModel::valueLabel(double value) const
{
    return GoalUnits::amountAgainst(value, m_goal.target_value(), qs(m_goal.unit()));
}

QString GoalDetailModel::dayLabel(const QDate &day) const
{
    return QLocale().toString(day, u"d MMM"_s);
}

} // namespace circle
