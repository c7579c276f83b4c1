#pragma once

#include "records.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimeZone>
#include <QVariantMap>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * The step-by-step goal builder, for a new goal and for changing one.
 *
 * The steps follow how a group sets goals: what exactly (specific), how much
 * and of what (measurable), the small actions that make it doable
 * (achievable), why it matters, and by when. Everything typed lives here
 * rather than in the page, so moving between steps, a failed check or a save
 * the store refuses never loses a word.
 *
 * The rows are the action steps, in order; they can be added, removed and
 * moved. Each builder step is checked when the patient moves on from it, and
 * all of them again on save, with one message per field naming the problem.
 */
class GoalBuilder : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString goalId READ goalId NOTIFY started)
    Q_PROPERTY(bool editing READ editing NOTIFY started)
    Q_PROPERTY(int currentStep READ currentStep NOTIFY currentStepChanged)
    /**
     * True while one step is open from the summary ("Change" there): moving on
     * from it goes back to the summary instead of through the steps after it.
     */
    Q_PROPERTY(bool returnsToReview READ returnsToReview NOTIFY currentStepChanged)
    /** An example due date a month ahead, as the patient's language writes dates. */
    Q_PROPERTY(QString dueExample READ dueExample NOTIFY started)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY draftChanged)
    Q_PROPERTY(QString target READ target WRITE setTarget NOTIFY draftChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY draftChanged)
    /** Units offered as one-tap choices, in the language of the moment the builder opened. */
    Q_PROPERTY(QStringList unitSuggestions READ unitSuggestions NOTIFY started)
    Q_PROPERTY(QString why READ why WRITE setWhy NOTIFY draftChanged)
    Q_PROPERTY(QString dueDate READ dueDate WRITE setDueDate NOTIFY draftChanged)
    Q_PROPERTY(QString newStepText READ newStepText WRITE setNewStepText NOTIFY draftChanged)
    Q_PROPERTY(int actionCount READ actionCount NOTIFY draftChanged)
    Q_PROPERTY(QString dueLabel READ dueLabel NOTIFY draftChanged)
    Q_PROPERTY(QString targetLabel READ targetLabel NOTIFY draftChanged)
    Q_PROPERTY(QString titleError READ titleError NOTIFY errorsChanged)
    Q_PROPERTY(QString targetError READ targetError NOTIFY errorsChanged)
    Q_PROPERTY(QString unitError READ unitError NOTIFY errorsChanged)
    Q_PROPERTY(QString stepsError READ stepsError NOTIFY errorsChanged)
    Q_PROPERTY(QString whyError READ whyError NOTIFY errorsChanged)
    Q_PROPERTY(QString dueError READ dueError NOTIFY errorsChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY errorsChanged)
    /** The month the due-date calendar shows (year, and 1-12). */
    Q_PROPERTY(int calendarYear READ calendarYear NOTIFY calendarChanged)
    Q_PROPERTY(int calendarMonth READ calendarMonth NOTIFY calendarChanged)
    /** "April 2024", the calendar's heading. */
    Q_PROPERTY(QString calendarTitle READ calendarTitle NOTIFY calendarChanged)
    /** False on this month: every earlier day has passed, so there is nothing to go back for. */
    Q_PROPERTY(bool calendarCanGoBack READ calendarCanGoBack NOTIFY calendarChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        DoneRole,
    };
    Q_ENUM(Role)

    /** The builder's steps, in the order the patient meets them. */
    enum Step { Specific, Measurable, Achievable, WhyItMatters, DueDate, Review, StepCount };
    Q_ENUM(Step)

    GoalBuilder(Store &store, const Clock &clock, QObject *parent = nullptr);

    /** The zone "today" is taken in, for due dates; the system's by default. */
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString goalId() const { return m_goalId; }
    bool editing() const { return !m_goalId.isEmpty(); }
    int currentStep() const { return m_step; }
    bool returnsToReview() const { return m_returnToReview; }
    QString dueExample() const;
    int stepCount() const { return StepCount; }
    QString title() const { return m_title; }
    QString target() const { return m_target; }
    QString unit() const { return m_unit; }
    QStringList unitSuggestions() const;
    QString why() const { return m_why; }
    QString dueDate() const { return m_dueDate; }
    QString newStepText() const { return m_newStep; }
    int actionCount() const { return int(m_actions.size()); }
    /** "By 30 April 2024" when the typed due date is a date; empty otherwise. */
    QString dueLabel() const;
    /** "3 meetings a week" when the typed target is a number; empty otherwise. */
    QString targetLabel() const;
    QString titleError() const { return m_errors[Specific]; }
    QString targetError() const { return m_targetError; }
    QString unitError() const { return m_unitError; }
    QString stepsError() const { return m_errors[Achievable]; }
    QString whyError() const { return m_errors[WhyItMatters]; }
    QString dueError() const { return m_errors[DueDate]; }
    QString saveError() const { return m_errors[Review]; }

    void setTitle(const QString &title);
    void setTarget(const QString &target);
    void setUnit(const QString &unit);
    void setWhy(const QString &why);
    void setDueDate(const QString &isoDate);
    void setNewStepText(const QString &text);

    /** An empty draft for a new goal, at the first step. */
    Q_INVOKABLE void startNew();
    /**
     * The stored goal as a draft, at the summary, where each part has its own
     * "Change"; false if it cannot be read.
     */
    Q_INVOKABLE bool startEdit(const QString &goalId);

    /** Checks the current step; moves to the next one only if it is fine. */
    Q_INVOKABLE bool next();
    /** Back one step (or to the summary from a step opened there); nothing is lost. */
    Q_INVOKABLE void back();
    /** Opens one step from the summary; next() and back() then return to the summary. */
    Q_INVOKABLE void changeStep(int step);

    /** Adds newStepText as an action step and clears it; false with stepsError if it cannot. */
    Q_INVOKABLE bool addStep();
    Q_INVOKABLE void removeStep(int row);
    /** Moves an action step to another place in the order. */
    Q_INVOKABLE void moveStep(int from, int to);

    /** Sets the due date to today plus days, in the builder's zone. */
    Q_INVOKABLE void setDueInDays(int days);

    int calendarYear() const { return calendarShown().year(); }
    int calendarMonth() const { return calendarShown().month(); }
    QString calendarTitle() const;
    bool calendarCanGoBack() const;
    /**
     * Shows the month of the due date in the calendar, or this month when none
     * is set yet, and forgets the message about a date typed before.
     */
    Q_INVOKABLE void openCalendar();
    /** Moves the calendar by whole months (negative: back), never before this month. */
    Q_INVOKABLE void showMonth(int delta);
    /**
     * How the calendar shows one day: { name: "Tuesday 30 April 2024", past,
     * today, chosen }. month is 1-12. The name is what a screen reader says.
     */
    Q_INVOKABLE QVariantMap calendarDay(int year, int month, int day) const;
    /**
     * Takes a day tapped in the calendar as the due date and checks it at once,
     * so a past day gets its message (dueError) while the calendar is still open.
     */
    Q_INVOKABLE bool pickDueDate(int year, int month, int day);

    /**
     * Checks every step and stores the goal. On a problem, shows the first
     * step that has one and keeps the draft exactly as typed.
     */
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void started();
    void currentStepChanged();
    void draftChanged();
    void errorsChanged();
    void calendarChanged();
    /** A day tapped in the calendar was taken as the due date; the calendar can close. */
    void dueDatePicked();
    /** The goal is stored; goalId names it. */
    void saved(const QString &goalId);

private:
    struct Action
    {
        QString text;
        bool done = false;
    };

    bool check(int step);
    /** The due date typed or chosen: year-month-day, or as the patient's language writes dates. */
    QDate parsedDue() const;
    /** The locale's short date format with the year in full, so "5/1/27" never means 1927. */
    static QString shortDateFormat();
    QDate today() const;
    /** The first day of the month the calendar shows; this month until it first opens. */
    QDate calendarShown() const;
    void setStep(int step);
    /** Takes a new value of a draft field; false (and no signal) when it is the same. */
    bool setDraftField(QString &field, const QString &value);
    void clearErrors();
    void clearError(QString &error);

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;

    QString m_goalId;
    v1::Goal m_original; // the stored goal when editing, so unchanged fields keep their stamps
    int m_step = Specific;
    bool m_returnToReview = false;
    QString m_title;
    QString m_target;
    QString m_unit;
    QString m_why;
    QString m_dueDate;
    QString m_newStep;
    std::vector<Action> m_actions;
    QString m_errors[StepCount];
    QString m_targetError;
    QString m_unitError;
    QDate m_calendarMonth; // first day of the month the calendar shows
};

} // namespace circle
