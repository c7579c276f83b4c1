#pragma once

#include "notifier.h"
#include "schedule/reminderplanner.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * The app's reminder loop: it reads the schedule, homework and preferences from
 * the store, asks the core ReminderPlanner what is due, keeps one timer armed
 * for the next reminder, shows it through the platform Notifier, and records
 * it in the ReminderLog so that it is never shown twice, also after a restart.
 *
 * It sits between core/ (planning, the log) and platform/ (the Notifier),
 * which must not know each other, so it lives with the app. It re-plans on
 * start, whenever requestReplan() is called (main() connects the view models
 * that change the schedule, homework or preferences, and sync bringing
 * records), after every delivery or snooze, and at least once an hour, which
 * also picks up a new day and a new phone time zone.
 *
 * The notifier is only asked to show a reminder once it is due (by the
 * injected clock), so tests can move time without waiting for it.
 */
class ReminderService : public QObject
{
    Q_OBJECT

public:
    /** The longest the timer sleeps before re-planning anyway. */
    static constexpr qint64 MaxSleepMs = 60 * 60 * 1000;

    ReminderService(
        Store &store, Notifier &notifier, const Clock &clock, QObject *parent = nullptr);

    /** The phone's zone (the system's by default); homework and practice times follow it. */
    void setPhoneZone(const QTimeZone &zone);

    /** Plans and arms the timer; call once the app is ready to show notifications. */
    void start();

    /** What is planned and not shown yet, soonest first (as of the last re-plan). */
    const std::vector<Reminder> &planned() const { return m_planned; }
    /** When the timer next fires, by the injected clock; 0 when it is not armed. */
    qint64 nextWakeMs() const { return m_nextWakeMs; }

    /** The page a reminder leads to: "schedule", "more/homework" or "journal". */
    static QString pageFor(const QString &reminderId);

public Q_SLOTS:
    /** Reads the inputs again, plans, shows what is due and arms the timer for the rest. */
    void replan();
    /**
     * replan() once control returns to the event loop, however often it is asked
     * before then: a sync or a list refresh may report many changes in a row.
     */
    void requestReplan();

Q_SIGNALS:
    /** The patient chose "Open" on a reminder: the window should show this page. */
    void openRequested(const QString &page);
    /** A reminder reached the screen and is in the log. */
    void delivered(const QString &reminderId);
    /** A plan was made; count reminders are waiting. */
    void replanned(int count);

private:
    void deliverDue();
    void arm();
    void onShown(const QString &key, qint64 atMs);
    void onAction(const QString &key, Notifier::Action action);
    void onFailed(const QString &key, const QString &reason);
    v1::ReminderPreferences preferences() const;

    Store &m_store;
    Notifier &m_notifier;
    const Clock &m_clock;
    ReminderPlanner m_planner;
    QTimer m_timer;
    QTimer m_replanSoon;
    std::vector<Reminder> m_planned;
    // Sent to the notifier, not yet confirmed shown: kept out of plans meanwhile.
    QHash<QString, Reminder> m_inFlight;
    // Refused by the notifier in this run: not retried until the next start,
    // so a missing notification server cannot turn into a busy loop.
    QSet<QString> m_refused;
    qint64 m_nextWakeMs = 0;
    bool m_started = false;
};

} // namespace circle
