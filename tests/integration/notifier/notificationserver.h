#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace circle::test {

/**
 * A desktop's notification server, reduced to what a test needs: it owns
 * org.freedesktop.Notifications on a real bus, records every Notify and
 * CloseNotification, and sends ActionInvoked and NotificationClosed on demand,
 * as a person clicking a button would make a real server do.
 */
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        qint64 atMs = 0;
    };

    explicit NotificationServer(const QDBusConnection &bus);
    ~NotificationServer() override;

    bool registerOnBus();
    void unregisterFromBus();

    const QList<Received> &received() const { return m_received; }
    const QList<uint> &closeRequests() const { return m_closeRequests; }

    void click(uint id, const QString &actionKey) { Q_EMIT ActionInvoked(id, actionKey); }
    void dismissByUser(uint id) { Q_EMIT NotificationClosed(id, 2); }

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int expireTimeout);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QStringList GetCapabilities();
    Q_SCRIPTABLE QString GetServerInformation(
        QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    /** Not on the bus: lets a test wait for the next Notify. */
    void arrived();

private:
    QDBusConnection m_bus;
    QList<Received> m_received;
    QList<uint> m_closeRequests;
    uint m_lastId = 0;
    bool m_registered = false;
};

} // namespace circle::test
