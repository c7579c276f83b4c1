#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

namespace circle {

class Clock;
class Store;

/**
 * What the Today page shows: a greeting, the next group session (or the one
 * running right now), and how much journaling and gratitude happened lately.
 *
 * "This week" means the last seven days up to now, not the calendar week: a
 * count that drops to zero every Monday would read as a reset of the patient's
 * effort, and seven rolling days compare like with like on any day.
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
    Q_PROPERTY(int journalEntriesThisWeek READ journalEntriesThisWeek NOTIFY changed)
    Q_PROPERTY(int gratitudeEntriesThisWeek READ gratitudeEntriesThisWeek NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    /** Length of the "this week" window. */
    static constexpr qint64 WeekMs = 7 * 24 * 60 * 60 * 1000LL;

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
        int journalCount = 0;
        int gratitudeCount = 0;
        QString error;

        bool operator==(const State &other) const = default;
    };

    void readNextSession(State &state, qint64 nowMs) const;
    void readCounts(State &state, qint64 nowMs) const;
    static QString greetingFor(const QTime &time);

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    State m_state;
};

} // namespace circle
