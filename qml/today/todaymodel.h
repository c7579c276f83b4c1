#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace circle {

class Clock;
class Store;

/**
 * What the Today page shows: a greeting; the next group session (or the one
 * running right now), how long until it starts and the patient's answer to it;
 * the homework that is due; and how much practice happened lately.
 *
 * "This week" means today and the six days before it, midnight to midnight in
 * the patient's zone, not the calendar week: a count that drops to zero every
 * Monday would read as a reset of the patient's effort, and seven rolling days
 * compare like with like on any day. The counts and the practice row share it.
 *
 * "Practice" is any exercise the patient did: a journal entry, gratitude, a
 * mood check-in, a goal check-in or work on homework (on the day the answer
 * was last changed: an answer is one record, kept by its latest change). A day
 * counts once however much was done on it; the page shows the days, never a
 * streak to lose.
 *
 * Homework "due" is what is not done and falls due within the next seven days,
 * or fell due within the last two weeks: older missed work stays on the
 * Homework page, where it is named kindly, rather than weighing on every start.
 *
 * The values are read from the store on refresh(); the page calls it when it
 * becomes visible and when the app comes back to the foreground. changed() is
 * emitted only when something the page shows differs.
 */
class TodayModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString greeting READ greeting NOTIFY changed)
    Q_PROPERTY(QString dateLabel READ dateLabel NOTIFY changed)
    Q_PROPERTY(bool hasNextSession READ hasNextSession NOTIFY sessionChanged)
    Q_PROPERTY(QString nextSessionTitle READ nextSessionTitle NOTIFY sessionChanged)
    Q_PROPERTY(QString nextSessionTopic READ nextSessionTopic NOTIFY sessionChanged)
    Q_PROPERTY(QString nextSessionGroupName READ nextSessionGroupName NOTIFY sessionChanged)
    Q_PROPERTY(QDateTime nextSessionStart READ nextSessionStart NOTIFY sessionChanged)
    Q_PROPERTY(QDateTime nextSessionEnd READ nextSessionEnd NOTIFY sessionChanged)
    Q_PROPERTY(QString nextSessionWhen READ nextSessionWhen NOTIFY sessionChanged)
    Q_PROPERTY(QString nextSessionPlace READ nextSessionPlace NOTIFY sessionChanged)
    Q_PROPERTY(bool nextSessionMoved READ nextSessionMoved NOTIFY sessionChanged)
    Q_PROPERTY(bool nextSessionInProgress READ nextSessionInProgress NOTIFY sessionChanged)
    Q_PROPERTY(QString nextSessionId READ nextSessionId NOTIFY sessionChanged)
    /** "Starts in 3 hours"; empty once it has started. The page refreshes it every minute. */
    Q_PROPERTY(QString nextSessionStartsIn READ nextSessionStartsIn NOTIFY sessionChanged)
    /** The patient may still answer: the session has not started yet. */
    Q_PROPERTY(bool nextSessionCanRespond READ nextSessionCanRespond NOTIFY sessionChanged)
    Q_PROPERTY(bool nextSessionAttending READ nextSessionAttending NOTIFY sessionChanged)
    Q_PROPERTY(bool nextSessionNotAttending READ nextSessionNotAttending NOTIFY sessionChanged)
    /** The note given with "can't come", so the dialog edits rather than retypes it. */
    Q_PROPERTY(QString nextSessionReason READ nextSessionReason NOTIFY sessionChanged)
    /** "You're going", "You can't go; your facilitator knows", or empty. */
    Q_PROPERTY(QString nextSessionAnswer READ nextSessionAnswer NOTIFY sessionChanged)
    /**
     * Homework due (see above), soonest first, at most MaxHomeworkShown: maps
     * with assignmentId, title, dueText and overdue.
     */
    Q_PROPERTY(QVariantList homeworkDue READ homeworkDue NOTIFY homeworkChanged)
    /** How many assignments are due, shown or not. */
    Q_PROPERTY(int homeworkDueCount READ homeworkDueCount NOTIFY homeworkChanged)
    /** The homework could not be read: the card says so rather than "nothing due". */
    Q_PROPERTY(bool homeworkUnreadable READ homeworkUnreadable NOTIFY homeworkChanged)
    /** Days of the last seven, today included, with any practice. */
    Q_PROPERTY(int daysPracticedThisWeek READ daysPracticedThisWeek NOTIFY practiceChanged)
    /**
     * Those seven days, oldest first: maps with day (a short weekday name),
     * dayName (the full one, for screen readers), practiced and today.
     */
    Q_PROPERTY(QVariantList practiceDays READ practiceDays NOTIFY practiceChanged)
    /** A sentence about those days that never scolds. */
    Q_PROPERTY(QString practiceSummary READ practiceSummary NOTIFY practiceChanged)
    Q_PROPERTY(int journalEntriesThisWeek READ journalEntriesThisWeek NOTIFY practiceChanged)
    Q_PROPERTY(int gratitudeEntriesThisWeek READ gratitudeEntriesThisWeek NOTIFY practiceChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    /** The days "this week" covers: today and the six before it. */
    static constexpr int DaysShown = 7;
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;
    /** Homework due within this many days ahead is shown. */
    static constexpr int HomeworkAheadDays = 7;
    /** Missed homework stays on Today for this many days. */
    static constexpr int HomeworkMissedDays = 14;
    static constexpr int MaxHomeworkShown = 3;

    TodayModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    /** The zone "today", the greeting and session times are shown in; the system's by default. */
    void setTimeZone(const QTimeZone &zone);

    QString greeting() const { return m_state.greeting; }
    QString dateLabel() const { return m_state.dateLabel; }
    bool hasNextSession() const { return m_state.session.hasNextSession; }
    QString nextSessionTitle() const { return m_state.session.title; }
    QString nextSessionTopic() const { return m_state.session.topic; }
    QString nextSessionGroupName() const { return m_state.session.groupName; }
    QDateTime nextSessionStart() const { return m_state.session.start; }
    QDateTime nextSessionEnd() const { return m_state.session.end; }
    QString nextSessionWhen() const { return m_state.session.when; }
    QString nextSessionPlace() const { return m_state.session.place; }
    bool nextSessionMoved() const { return m_state.session.moved; }
    bool nextSessionInProgress() const { return m_state.session.inProgress; }
    QString nextSessionId() const { return m_state.session.id; }
    QString nextSessionStartsIn() const { return m_state.session.startsIn; }
    bool nextSessionCanRespond() const
    {
        return m_state.session.hasNextSession && !m_state.session.inProgress;
    }
    bool nextSessionAttending() const { return m_state.session.attending; }
    bool nextSessionNotAttending() const { return m_state.session.notAttending; }
    QString nextSessionReason() const { return m_state.session.reason; }
    QString nextSessionAnswer() const;
    QVariantList homeworkDue() const { return m_state.homework.items; }
    int homeworkDueCount() const { return m_state.homework.count; }
    bool homeworkUnreadable() const { return m_state.homework.unreadable; }
    int daysPracticedThisWeek() const { return m_state.practice.daysPracticed; }
    QVariantList practiceDays() const { return m_state.practice.practiceDays; }
    QString practiceSummary() const;
    int journalEntriesThisWeek() const { return m_state.practice.journalCount; }
    int gratitudeEntriesThisWeek() const { return m_state.practice.gratitudeCount; }
    /** Why the store could not be read, for the patient; empty when all went well. */
    QString errorMessage() const { return m_state.error; }

    /** Reads everything again from the store at the clock's current time. */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    /** Anything shown changed; the greeting, the date and the error notify with it. */
    void changed();
    void sessionChanged();
    void homeworkChanged();
    void practiceChanged();

private:
    // In three parts, each with its own signal: a minute passing changes the
    // countdown, and the homework and practice rows should not be rebuilt for it.
    struct SessionState
    {
        bool hasNextSession = false;
        QString title;
        QString topic;
        QString groupName;
        QDateTime start;
        QDateTime end;
        QString when;
        QString place;
        bool moved = false;
        bool inProgress = false;
        QString id;
        QString startsIn;
        bool attending = false;
        bool notAttending = false;
        QString reason;

        bool operator==(const SessionState &other) const = default;
    };
    struct HomeworkState
    {
        QVariantList items;
        int count = 0;
        bool unreadable = false;

        bool operator==(const HomeworkState &other) const = default;
    };
    struct PracticeState
    {
        int daysPracticed = 0;
        QVariantList practiceDays;
        int journalCount = 0;
        int gratitudeCount = 0;

        bool operator==(const PracticeState &other) const = default;
    };
    struct State
    {
        QString greeting;
        QString dateLabel;
        QString error;
        SessionState session;
        HomeworkState homework;
        PracticeState practice;

        bool operator==(const State &other) const = default;
    };

    void readNextSession(State &state, const QDateTime &now) const;
    void readCounts(State &state, const QDateTime &now) const;
    /** Midnight at the start of the first of the days shown, in the patient's zone. */
    qint64 weekStart(const QDateTime &now) const;
    void readAnswer(State &state) const;
    void readHomework(State &state, qint64 nowMs) const;
    void readPracticeDays(State &state, const QDateTime &now) const;
    static QString greetingFor(const QTime &time);

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    State m_state;
};

} // namespace circle
