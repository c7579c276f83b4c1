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
 * "This week" means the last seven days up to now, not the calendar week: a
 * count that drops to zero every Monday would read as a reset of the patient's
 * effort, and seven rolling days compare like with like on any day.
 *
 * "Practice" is any exercise the patient did: a journal entry, gratitude, a
 * mood check-in, a goal check-in or work on homework. A day counts once however
 * much was done on it; the page shows the days, never a streak to lose.
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
    Q_PROPERTY(bool hasNextSession READ hasNextSession NOTIFY changed)
    Q_PROPERTY(QString nextSessionTitle READ nextSessionTitle NOTIFY changed)
    Q_PROPERTY(QString nextSessionTopic READ nextSessionTopic NOTIFY changed)
    Q_PROPERTY(QString nextSessionGroupName READ nextSessionGroupName NOTIFY changed)
    Q_PROPERTY(QDateTime nextSessionStart READ nextSessionStart NOTIFY changed)
    Q_PROPERTY(QDateTime nextSessionEnd READ nextSessionEnd NOTIFY changed)
    Q_PROPERTY(QString nextSessionWhen READ nextSessionWhen NOTIFY changed)
    Q_PROPERTY(QString nextSessionPlace READ nextSessionPlace NOTIFY changed)
    Q_PROPERTY(bool nextSessionMoved READ nextSessionMoved NOTIFY changed)
    Q_PROPERTY(bool nextSessionInProgress READ nextSessionInProgress NOTIFY changed)
    Q_PROPERTY(QString nextSessionId READ nextSessionId NOTIFY changed)
    /** "Starts in 3 hours"; empty once it has started. The page refreshes it every minute. */
    Q_PROPERTY(QString nextSessionStartsIn READ nextSessionStartsIn NOTIFY changed)
    /** The patient may still answer: the session has not started yet. */
    Q_PROPERTY(bool nextSessionCanRespond READ nextSessionCanRespond NOTIFY changed)
    Q_PROPERTY(bool nextSessionAttending READ nextSessionAttending NOTIFY changed)
    Q_PROPERTY(bool nextSessionNotAttending READ nextSessionNotAttending NOTIFY changed)
    /** The note given with "can't come", so the dialog edits rather than retypes it. */
    Q_PROPERTY(QString nextSessionReason READ nextSessionReason NOTIFY changed)
    /** "You're going", "You can't go; your facilitator knows", or empty. */
    Q_PROPERTY(QString nextSessionAnswer READ nextSessionAnswer NOTIFY changed)
    /**
     * Homework due (see above), soonest first, at most MaxHomeworkShown: maps
     * with assignmentId, title, dueText and overdue.
     */
    Q_PROPERTY(QVariantList homeworkDue READ homeworkDue NOTIFY changed)
    /** How many assignments are due, shown or not. */
    Q_PROPERTY(int homeworkDueCount READ homeworkDueCount NOTIFY changed)
    /** Days of the last seven, today included, with any practice. */
    Q_PROPERTY(int daysPracticedThisWeek READ daysPracticedThisWeek NOTIFY changed)
    /**
     * Those seven days, oldest first: maps with day (a short weekday name),
     * dayName (the full one, for screen readers), practiced and today.
     */
    Q_PROPERTY(QVariantList practiceDays READ practiceDays NOTIFY changed)
    /** A sentence about those days that never scolds. */
    Q_PROPERTY(QString practiceSummary READ practiceSummary NOTIFY changed)
    Q_PROPERTY(int journalEntriesThisWeek READ journalEntriesThisWeek NOTIFY changed)
    Q_PROPERTY(int gratitudeEntriesThisWeek READ gratitudeEntriesThisWeek NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    /** Length of the "this week" window. */
    static constexpr qint64 WeekMs = 7 * 24 * 60 * 60 * 1000LL;
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
    bool hasNextSession() const { return m_state.hasNextSession; }
    QString nextSessionTitle() const { return m_state.sessionTitle; }
    QString nextSessionTopic() const { return m_state.sessionTopic; }
    QString nextSessionGroupName() const { return m_state.sessionGroupName; }
    QDateTime nextSessionStart() const { return m_state.sessionStart; }
    QDateTime nextSessionEnd() const { return m_state.sessionEnd; }
    QString nextSessionWhen() const { return m_state.sessionWhen; }
    QString nextSessionPlace() const { return m_state.sessionPlace; }
    bool nextSessionMoved() const { return m_state.sessionMoved; }
    bool nextSessionInProgress() const { return m_state.sessionInProgress; }
    QString nextSessionId() const { return m_state.sessionId; }
    QString nextSessionStartsIn() const { return m_state.sessionStartsIn; }
    bool nextSessionCanRespond() const
    {
        return m_state.hasNextSession && !m_state.sessionInProgress;
    }
    bool nextSessionAttending() const { return m_state.attending; }
    bool nextSessionNotAttending() const { return m_state.notAttending; }
    QString nextSessionReason() const { return m_state.reason; }
    QString nextSessionAnswer() const { return m_state.answer; }
    QVariantList homeworkDue() const { return m_state.homework; }
    int homeworkDueCount() const { return m_state.homeworkCount; }
    int daysPracticedThisWeek() const { return m_state.daysPracticed; }
    QVariantList practiceDays() const { return m_state.practiceDays; }
    QString practiceSummary() const { return m_state.practiceSummary; }
    int journalEntriesThisWeek() const { return m_state.journalCount; }
    int gratitudeEntriesThisWeek() const { return m_state.gratitudeCount; }
    /** Why the store could not be read, for the patient; empty when all went well. */
    QString errorMessage() const { return m_state.error; }

    /** Reads everything again from the store at the clock's current time. */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    struct State
    {
        QString greeting;
        QString dateLabel;
        bool hasNextSession = false;
        QString sessionTitle;
        QString sessionTopic;
        QString sessionGroupName;
        QDateTime sessionStart;
        QDateTime sessionEnd;
        QString sessionWhen;
        QString sessionPlace;
        bool sessionMoved = false;
        bool sessionInProgress = false;
        QString sessionId;
        QString sessionStartsIn;
        bool attending = false;
        bool notAttending = false;
        QString reason;
        QString answer;
        QVariantList homework;
        int homeworkCount = 0;
        int daysPracticed = 0;
        QVariantList practiceDays;
        QString practiceSummary;
        int journalCount = 0;
        int gratitudeCount = 0;
        QString error;

        bool operator==(const State &other) const = default;
    };

    void readNextSession(State &state, qint64 nowMs) const;
    void readCounts(State &state, qint64 nowMs) const;
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
