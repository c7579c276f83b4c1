#include "goaldetailmodel.h"

#include "appshell/timeformat.h"
#include "clock.h"
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
    return due.isValid() ? tr("By %1").arg(QLocale().toString(due, u"d MMMM yyyy"_s)) : QString();
}

QStringList GoalDetailModel::actionSteps() const
{
    QStringList steps;
    for (const auto &step : m_goal.steps())
        steps.append(step.done() ? tr("Done: %1").arg(qs(step.text())) : qs(step.text()));
    return steps;
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

bool GoalDetailModel::addCheckIn(const QString &valueText, const QString &note)
{
    double value = 0;
    switch (parseGoalNumber(valueText, QLocale(), false, &value)) {
    case NumberProblem::None:
        m_valueError.clear();
        break;
    case NumberProblem::Empty:
        m_valueError = tr("Enter a value, such as 2.");
        break;
    case NumberProblem::NotANumber:
        m_valueError = tr("\"%1\" is not a number. Use digits, such as 2 or 1.5.")
                           .arg(valueText.trimmed().left(40));
        break;
    case NumberProblem::Negative:
        m_valueError = tr("A check-in cannot be negative. Enter 0 or more.");
        break;
    case NumberProblem::NotAboveZero: // a check-in may be 0; not reported for one
    case NumberProblem::TooLarge:
        m_valueError = tr("That number is too large for a check-in.");
        break;
    }
    const QString trimmedNote = note.trimmed();
    m_noteError = trimmedNote.size() > MaxNoteLength
        ? tr("Keep the note under %1 characters; it has %2 now.")
              .arg(MaxNoteLength)
              .arg(trimmedNote.size())
        : QString();
    if (!m_loaded && m_valueError.isEmpty())
        m_valueError = tr("Open a goal before checking in.");
    if (!m_valueError.isEmpty() || !m_noteError.isEmpty()) {
        Q_EMIT errorsChanged();
        return false;
    }

    v1::GoalCheckIn checkIn;
    checkIn.set_goal_id(utf8(m_goalId));
    checkIn.set_value(value);
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

void GoalDetailModel::clearErrors()
{
    if (m_valueError.isEmpty() && m_noteError.isEmpty() && m_error.isEmpty())
        return;
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
    const qint64 first = m_rows.back().atMs;
    const qint64 last = m_rows.front().atMs;
    const double span = double(last - first);
    for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
        // One check-in, or several at one moment, sit in the middle of the time axis.
        const double x = span > 0 ? double(it->atMs - first) / span : 0.5;
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
    m_summary = count == 1
        ? tr("One check-in, on %1: %2, against a target of %3.")
              .arg(dayLabel(first), latest, valueLabel(target))
        : tr("%1 check-ins from %2 to %3. The latest is %4 against a target of %5; the highest is "
             "%6.")
              .arg(QString::number(count), dayLabel(first), dayLabel(last), latest,
                  valueLabel(target), valueLabel(highest));
}

QString GoalDetailModel::valueLabel(double value) const
{
    return GoalUnits::amount(value, qs(m_goal.unit()));
}

QString GoalDetailModel::dayLabel(qint64 ms) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, m_timeZone).date(), u"d MMM"_s);
}

} // namespace circle
