#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace circle {

/** One notification: when it is due and what it says. */
struct NotificationRequest
{
    /**
     * Stable identity (the reminder id). Scheduling a key again replaces the
     * earlier notification; the key itself never reaches the OS's display.
     */
    QString key;
    /** Unix milliseconds when to show it; 0 or a time already past shows it now. */
    qint64 dueMs = 0;
    QString title;
    /** Already reduced to what may appear on a lock screen (see ReminderPlanner). */
    QString body;
};

/**
 * Shows reminders through the operating system and reports what the patient
 * did with them. One implementation per OS, picked in platform/CMakeLists.txt:
 * notifier_freedesktop.cpp on Linux; Android and iOS are described in
 * docs/notifications.md. Callers never branch on the platform.
 *
 * Every notification offers "Open" and three snoozes. The notifier does not
 * decide anything: the app records shown() in the reminder log, turns a snooze
 * into a new time with ReminderPlanner::snoozeUntil(), re-plans and schedules
 * again.
 */
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Action { Open, Snooze10Minutes, Snooze1Hour, SnoozeTonight };
    Q_ENUM(Action)

    using QObject::QObject;
    ~Notifier() override = default;

    /** Shows the request at its due time; replaces a pending or shown one with its key. */
    virtual void schedule(const NotificationRequest &request) = 0;
    /** Drops a pending notification and takes a shown one off the screen. */
    virtual void cancel(const QString &key) = 0;
    /** Shows the request now, whatever its due time. */
    virtual void show(const NotificationRequest &request) = 0;
    /** Keys scheduled and not shown yet, earliest first. */
    virtual QStringList pending() const = 0;

    /** The notifier of the platform this build is for, on its usual channel. */
    static std::unique_ptr<Notifier> create(QObject *parent = nullptr);

Q_SIGNALS:
    /** The OS accepted the notification for display at atMs. */
    void shown(const QString &key, qint64 atMs);
    void actionInvoked(const QString &key, circle::Notifier::Action action);
    /** The patient swiped it away without acting on it. */
    void dismissed(const QString &key);
    /** The OS refused it; reason is for logs and never contains the text. */
    void failed(const QString &key, const QString &reason);
};

} // namespace circle
