#include "goalbuilder.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "goalnumber.h"
#include "goalunits.h"
#include "repository.h"
#include "store.h"
#include "validation.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGoalBuilder, "circle.goals.builder")

namespace circle {

GoalBuilder::GoalBuilder(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
}

int GoalBuilder::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

QVariant GoalBuilder::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action &action = m_actions[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return action.text;
    case DoneRole:
        return action.done;
    }
    return {};
}

QHash<int, QByteArray> GoalBuilder::roleNames() const
{
    return { { TextRole, "text" }, { DoneRole, "done" } };
}

QString GoalBuilder::shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QDate GoalBuilder::parsedDue() const
{
    const QString typed = m_dueDate.trimmed();
    if (typed.isEmpty())
        return {};
    // Year-month-day always works; so does the way the patient's language writes a date.
    const QDate iso = QDate::fromString(typed, Qt::ISODate);
    if (iso.isValid() && typed.size() == 10)
        return iso;
    const QDate local = QLocale().toDate(typed, shortDateFormat());
    if (local.isValid())
        return local;
    return QLocale().toDate(typed, QLocale::LongFormat);
}

QString GoalBuilder::dueExample() const
{
    return QLocale().toString(today().addDays(30), shortDateFormat());
}

QString GoalBuilder::dueLabel() const
{
    const QDate due = parsedDue();
    return due.isValid() ? tr("By %1").arg(TimeFormat::fullDate(due)) : QString();
}

QStringList GoalBuilder::unitSuggestions() const
{
    return GoalUnits::suggestions();
}

QString GoalBuilder::targetLabel() const
{
    double value = 0;
    if (parseGoalNumber(m_target, QLocale(), true, &value) != NumberProblem::None)
        return {};
    return GoalUnits::amount(value, m_unit);
}

void GoalBuilder::setTitle(const QString &title)
{
    if (setDraftField(m_title, title))
        clearError(m_errors[Specific]);
}

void GoalBuilder::setTarget(const QString &target)
{
    if (setDraftField(m_target, target))
        clearError(m_targetError);
}

void GoalBuilder::setUnit(const QString &unit)
{
    if (setDraftField(m_unit, unit))
        clearError(m_unitError);
}

void GoalBuilder::setWhy(const QString &why)
{
    if (setDraftField(m_why, why))
        clearError(m_errors[WhyItMatters]);
}

void GoalBuilder::setDueDate(const QString &isoDate)
{
    if (setDraftField(m_dueDate, isoDate))
        clearError(m_errors[DueDate]);
}

void GoalBuilder::setNewStepText(const QString &text)
{
    setDraftField(m_newStep, text);
}

bool GoalBuilder::setDraftField(QString &field, const QString &value)
{
    if (value == field)
        return false;
    field = value;
    Q_EMIT draftChanged();
    return true;
}

void GoalBuilder::startNew()
{
    beginResetModel();
    m_actions.clear();
    endResetModel();
    m_goalId.clear();
    m_original.Clear();
    m_title.clear();
    m_target.clear();
    m_unit.clear();
    m_why.clear();
    m_dueDate.clear();
    m_newStep.clear();
    clearErrors();
    m_returnToReview = false;
    setStep(Specific);
    Q_EMIT currentStepChanged();
    Q_EMIT draftChanged();
    Q_EMIT started();
}

bool GoalBuilder::startEdit(const QString &goalId)
{
    auto goal = Repository<v1::Goal>(m_store).get(goalId);
    if (!goal) {
        qCWarning(lcGoalBuilder) << "Could not read a goal to edit:" << goal.error().message;
        m_errors[Review] = tr("This goal could not be read, so it cannot be changed now.");
        Q_EMIT errorsChanged();
        return false;
    }
    const v1::Goal &g = goal.value();
    beginResetModel();
    m_actions.clear();
    for (const auto &step : g.steps())
        m_actions.push_back({ qs(step.text()), step.done() });
    endResetModel();
    m_goalId = goalId;
    m_original = g;
    m_title = qs(g.title());
    m_target = goalNumberText(g.target_value());
    m_unit = qs(g.unit());
    m_why = qs(g.why());
    m_dueDate = qs(g.due_date());
    m_newStep.clear();
    clearErrors();
    m_returnToReview = false;
    // The goal exists already: the summary lets the patient open just the part to change.
    setStep(Review);
    Q_EMIT currentStepChanged();
    Q_EMIT draftChanged();
    Q_EMIT started();
    return true;
}

bool GoalBuilder::next()
{
    // A step typed but not yet added is what the patient meant to add.
    if (m_step == Achievable && !m_newStep.trimmed().isEmpty() && !addStep())
        return false;
    const bool ok = check(m_step);
    Q_EMIT errorsChanged();
    if (ok && m_returnToReview) {
        m_returnToReview = false;
        setStep(Review);
        Q_EMIT currentStepChanged();
    } else if (ok && m_step < Review) {
        setStep(m_step + 1);
    }
    return ok;
}

void GoalBuilder::back()
{
    if (m_returnToReview) {
        // Save checks every step again, so nothing unchecked is stored.
        m_returnToReview = false;
        setStep(Review);
        Q_EMIT currentStepChanged();
    } else if (m_step > Specific) {
        setStep(m_step - 1);
    }
}

void GoalBuilder::changeStep(int step)
{
    if (step < Specific || step >= Review)
        return;
    m_returnToReview = true;
    setStep(step);
    Q_EMIT currentStepChanged();
}

bool GoalBuilder::addStep()
{
    const QString text = m_newStep.trimmed();
    QString problem;
    if (text.isEmpty())
        problem = tr("Write the step before adding it.");
    else if (text.size() > TextLimits::GoalStep)
        problem = tr("Keep a step under %1 characters; this one has %2.")
                      .arg(TextLimits::GoalStep)
                      .arg(text.size());
    else if (m_actions.size() >= size_t(TextLimits::MaxGoalSteps))
        problem = tr("A goal can have up to %1 steps. Remove one to add another.")
                      .arg(TextLimits::MaxGoalSteps);
    m_errors[Achievable] = problem;
    Q_EMIT errorsChanged();
    if (!problem.isEmpty())
        return false;
    const int row = int(m_actions.size());
    beginInsertRows({}, row, row);
    m_actions.push_back({ text, false });
    endInsertRows();
    m_newStep.clear();
    Q_EMIT draftChanged();
    return true;
}

void GoalBuilder::removeStep(int row)
{
    if (row < 0 || row >= int(m_actions.size()))
        return;
    beginRemoveRows({}, row, row);
    m_actions.erase(m_actions.begin() + row);
    endRemoveRows();
    Q_EMIT draftChanged();
}

void GoalBuilder::moveStep(int from, int to)
{
    const int count = int(m_actions.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    // beginMoveRows names the row the moved one goes before, in the old order.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    Action moved = std::move(m_actions[size_t(from)]);
    m_actions.erase(m_actions.begin() + from);
    m_actions.insert(m_actions.begin() + to, std::move(moved));
    endMoveRows();
}

void GoalBuilder::setDueInDays(int days)
{
    setDueDate(today().addDays(days).toString(Qt::ISODate));
}

namespace {
QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}
} // namespace

QDate GoalBuilder::calendarShown() const
{
    return m_calendarMonth.isValid() ? m_calendarMonth : firstOfMonth(today());
}

QString GoalBuilder::calendarTitle() const
{
    return TimeFormat::monthAndYear(calendarShown());
}

bool GoalBuilder::calendarCanGoBack() const
{
    return calendarShown() > firstOfMonth(today());
}

void GoalBuilder::openCalendar()
{
    // The calendar is a fresh try: a message about what was typed before would
    // greet the patient before they have picked anything.
    clearError(m_errors[DueDate]);
    const QDate due = parsedDue();
    const QDate shown = due.isValid() ? due : today();
    const QDate first = firstOfMonth(shown);
    if (first == m_calendarMonth)
        return;
    m_calendarMonth = first;
    Q_EMIT calendarChanged();
}

void GoalBuilder::showMonth(int delta)
{
    const QDate shown = calendarShown();
    const QDate thisMonth = firstOfMonth(today());
    QDate wanted = shown.addMonths(delta);
    // An old due date, kept while editing, may show an earlier month; going back stops here.
    if (delta < 0 && wanted < thisMonth)
        wanted = std::min(shown, thisMonth);
    if (wanted == m_calendarMonth)
        return;
    m_calendarMonth = wanted;
    Q_EMIT calendarChanged();
}

QVariantMap GoalBuilder::calendarDay(int year, int month, int day) const
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    const QDate now = today();
    const bool chosen = date == parsedDue();
    QString name = TimeFormat::weekdayAndFullDate(date);
    if (chosen)
        name = tr("%1, chosen").arg(name);
    else if (date == now)
        name = tr("%1, today").arg(name);
    return {
        { u"name"_s, name },
        { u"past"_s, date < now },
        { u"today"_s, date == now },
        { u"chosen"_s, chosen },
    };
}

bool GoalBuilder::pickDueDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    setDueDate(date.toString(Qt::ISODate));
    const bool ok = check(DueDate);
    Q_EMIT errorsChanged();
    if (ok)
        Q_EMIT dueDatePicked();
    return ok;
}

bool GoalBuilder::save()
{
    if (!m_newStep.trimmed().isEmpty() && !addStep()) {
        setStep(Achievable);
        return false;
    }
    int firstProblem = -1;
    for (int step = Specific; step < Review; ++step)
        if (!check(step) && firstProblem < 0)
            firstProblem = step;
    m_errors[Review].clear();
    Q_EMIT errorsChanged();
    if (firstProblem >= 0) {
        setStep(firstProblem);
        return false;
    }

    v1::Goal goal = m_original;
    goal.set_title(utf8(m_title.trimmed()));
    double target = 0;
    parseGoalNumber(m_target, QLocale(), true, &target);
    goal.set_target_value(target);
    goal.set_unit(utf8(m_unit.trimmed()));
    goal.set_why(utf8(m_why.trimmed()));
    goal.set_due_date(utf8(parsedDue().toString(Qt::ISODate)));
    if (!editing()) {
        goal.set_start_date(utf8(today().toString(Qt::ISODate)));
        goal.set_status(v1::GOAL_STATUS_ACTIVE);
    }
    goal.clear_steps();
    for (const Action &action : m_actions) {
        auto *step = goal.add_steps();
        step->set_text(utf8(action.text));
        step->set_done(action.done);
    }

    Repository<v1::Goal> goals(m_store);
    auto stored = editing() ? goals.update(goal) : goals.create(goal);
    if (!stored) {
        // The message names the field, never what the patient wrote in it.
        qCWarning(lcGoalBuilder) << "Could not store a goal:" << stored.error().message;
        m_errors[Review] = tr("Your goal was not saved: %1").arg(stored.error().message);
        Q_EMIT errorsChanged();
        return false;
    }
    m_goalId = qs(stored.value().meta().id());
    m_original = stored.value();
    Q_EMIT started();
    Q_EMIT saved(m_goalId);
    return true;
}

bool GoalBuilder::check(int step)
{
    QString problem;
    switch (step) {
    case Specific: {
        const QString title = m_title.trimmed();
        if (title.isEmpty())
            problem = tr("Write what you want to do, in a few words.");
        else if (title.size() > TextLimits::GoalTitle)
            problem = tr("Keep the goal under %1 characters; it has %2 now.")
                          .arg(TextLimits::GoalTitle)
                          .arg(title.size());
        break;
    }
    case Measurable: {
        switch (parseGoalNumber(m_target, QLocale(), true, nullptr)) {
        case NumberProblem::None:
            m_targetError.clear();
            break;
        case NumberProblem::Empty:
            m_targetError = tr("Enter a number for your target, such as 3.");
            break;
        case NumberProblem::NotANumber:
            m_targetError = tr("\"%1\" is not a number. Use digits, such as 3 or 2.5.")
                                .arg(m_target.trimmed().left(40));
            break;
        case NumberProblem::Negative:
            m_targetError = tr("The target cannot be negative.");
            break;
        case NumberProblem::NotAboveZero:
            m_targetError = tr("The target needs to be more than 0.");
            break;
        case NumberProblem::TooLarge:
            m_targetError = tr("That number is too large for a target.");
            break;
        }
        const QString unit = m_unit.trimmed();
        if (unit.isEmpty())
            m_unitError = tr("Say what you will count, such as \"meetings a week\".");
        else if (unit.size() > TextLimits::GoalUnit)
            m_unitError = tr("Keep the unit under %1 characters.").arg(TextLimits::GoalUnit);
        else
            m_unitError.clear();
        return m_targetError.isEmpty() && m_unitError.isEmpty();
    }
    case Achievable:
        if (m_actions.empty())
            problem = tr("Add at least one small step you can take.");
        break;
    case WhyItMatters:
        if (m_why.trimmed().size() > TextLimits::GoalWhy)
            problem = tr("Keep this under %1 characters; it has %2 now.")
                          .arg(TextLimits::GoalWhy)
                          .arg(m_why.trimmed().size());
        break;
    case DueDate: {
        const QString typed = m_dueDate.trimmed();
        const QDate due = parsedDue();
        const bool unchanged
            = editing() && due == QDate::fromString(qs(m_original.due_date()), Qt::ISODate);
        const QDate start
            = editing() ? QDate::fromString(qs(m_original.start_date()), Qt::ISODate) : today();
        if (typed.isEmpty())
            problem = tr("Choose the day you want to reach this goal by.");
        else if (!due.isValid())
            problem = tr("\"%1\" is not a date Circle can read. Write it like %2, or pick a "
                         "day from the calendar.")
                          .arg(typed.left(40), dueExample());
        else if (!unchanged && !dueDateAcceptable(due, today()))
            problem = tr("That day has already passed. Choose today or a day after it.");
        else if (start.isValid() && due < start)
            problem = tr("The due date cannot be before the goal started (%1).")
                          .arg(TimeFormat::fullDate(start));
        break;
    }
    default:
        break;
    }
    if (step >= 0 && step < StepCount)
        m_errors[step] = problem;
    return problem.isEmpty();
}

QDate GoalBuilder::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_timeZone).date();
}

void GoalBuilder::setStep(int step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT currentStepChanged();
}

void GoalBuilder::clearError(QString &error)
{
    // A message about text that has since changed would describe something no longer there.
    if (error.isEmpty())
        return;
    error.clear();
    Q_EMIT errorsChanged();
}

void GoalBuilder::clearErrors()
{
    for (QString &error : m_errors)
        error.clear();
    m_targetError.clear();
    m_unitError.clear();
    Q_EMIT errorsChanged();
}

} // namespace circle
