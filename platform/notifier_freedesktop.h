#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <map>

class QDBusPendingCallWatcher;

namespace circle {

/**
 * Notifications on a Linux desktop through org.freedesktop.Notifications
 * (Desktop Notifications Specification 1.2) over Qt D-Bus.
 *
 * The spec has no scheduling, so this class holds pending notifications and
 * shows each when due, while the app runs. Its timer wakes at least once a
 * minute and compares with the wall clock, so a suspended laptop or a changed
 * clock delays a reminder by a minute at most instead of by the sleep.
 */
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT

public:
    /** bus: the session bus normally; tests pass a private bus of their own. */
    explicit FreedesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void schedule(const NotificationRequest &request) override;
    void cancel(const QString &key) override;
    void show(const NotificationRequest &request) override;
    QStringList pending() const override;

    static QStringList actionList();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void showDue();
    void rearm();
    void notified(QDBusPendingCallWatcher *watcher, const QString &key);
    void close(uint id);

    QDBusConnection m_bus;
    QTimer m_timer;
    // Pending by due time, so the earliest is at the front; keys stay unique.
    std::multimap<qint64, NotificationRequest> m_pending;
    QHash<QString, uint> m_idByKey;
    QHash<uint, QString> m_keyById;
    QSet<QString> m_inFlight; // Notify sent, no answer yet
    QSet<QString> m_closeOnArrival; // cancelled before the answer came
};

} // namespace circle
