#include "notificationserver.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace circle::test {

namespace {
const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
} // namespace

NotificationServer::NotificationServer(const QDBusConnection &bus)
    : m_bus(bus)
{
}

NotificationServer::~NotificationServer()
{
    unregisterFromBus();
}

bool NotificationServer::registerOnBus()
{
    m_registered = m_bus.registerObject(Path, this, QDBusConnection::ExportScriptableContents)
        && m_bus.registerService(Service);
    return m_registered;
}

void NotificationServer::unregisterFromBus()
{
    if (!m_registered)
        return;
    m_bus.unregisterService(Service);
    m_bus.unregisterObject(Path);
    m_registered = false;
}

uint NotificationServer::Notify(const QString &appName, uint replacesId, const QString &,
    const QString &summary, const QString &body, const QStringList &actions,
    const QVariantMap &hints, int)
{
    Received r;
    r.id = replacesId != 0 ? replacesId : ++m_lastId;
    r.appName = appName;
    r.replacesId = replacesId;
    r.summary = summary;
    r.body = body;
    r.actions = actions;
    r.hints = hints;
    r.atMs = QDateTime::currentMSecsSinceEpoch();
    m_received.append(r);
    Q_EMIT arrived();
    return r.id;
}

void NotificationServer::CloseNotification(uint id)
{
    m_closeRequests.append(id);
    Q_EMIT NotificationClosed(id, 3); // 3: closed by a CloseNotification call
}

QStringList NotificationServer::GetCapabilities()
{
    return { u"actions"_s, u"body"_s };
}

QString NotificationServer::GetServerInformation(
    QString &vendor, QString &version, QString &specVersion)
{
    vendor = u"Circle tests"_s;
    version = u"1"_s;
    specVersion = u"1.2"_s;
    return u"circle-test-notifications"_s;
}

} // namespace circle::test
