#include "notifier_freedesktop.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

const QString Service = u"org.freedesktop.Notifications"_s;
const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;

// The longest the timer sleeps before looking at the wall clock again.
constexpr qint64 MaxSleepMs = 60 * 1000;
// NotificationClosed reasons from the spec.
constexpr uint ClosedByUser = 2;

struct ActionName
{
    const char *key;
    Notifier::Action action;
    const char *label;
};

// "default" is the spec's name for a click on the notification itself.
constexpr ActionName Actions[] = {
    { "default", Notifier::Action::Open, QT_TRANSLATE_NOOP("Notifier", "Open") },
    { "open", Notifier::Action::Open, QT_TRANSLATE_NOOP("Notifier", "Open") },
    { "snooze-10", Notifier::Action::Snooze10Minutes,
        QT_TRANSLATE_NOOP("Notifier", "Snooze 10 min") },
    { "snooze-60", Notifier::Action::Snooze1Hour, QT_TRANSLATE_NOOP("Notifier", "Snooze 1 hour") },
    { "snooze-tonight", Notifier::Action::SnoozeTonight,
        QT_TRANSLATE_NOOP("Notifier", "Snooze until tonight") },
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

std::unique_ptr<Notifier> Notifier::create(QObject *parent)
{
    return std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus(), parent);
}

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FreedesktopNotifier::showDue);
    // Matched by the well-known name: Qt D-Bus follows whichever process owns it,
    // also when the notification server starts after us or restarts.
    m_bus.connect(
        Service, Path, Interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
        SLOT(onNotificationClosed(uint, uint)));
}

QStringList FreedesktopNotifier::actionList()
{
    QStringList list;
    for (const auto &a : Actions)
        list << QString::fromLatin1(a.key) << QCoreApplication::translate("Notifier", a.label);
    return list;
}

void FreedesktopNotifier::schedule(const NotificationRequest &request)
{
    std::erase_if(m_pending, [&request](const auto &p) { return p.second.key == request.key; });
    m_pending.emplace(request.dueMs, request);
    rearm();
}

void FreedesktopNotifier::cancel(const QString &key)
{
    std::erase_if(m_pending, [&key](const auto &p) { return p.second.key == key; });
    rearm();
    if (m_inFlight.contains(key))
        m_closeOnArrival.insert(key);
    const auto id = m_idByKey.constFind(key);
    if (id == m_idByKey.constEnd())
        return;
    close(*id);
    m_keyById.remove(*id);
    m_idByKey.erase(id);
}

void FreedesktopNotifier::show(const NotificationRequest &request)
{
    std::erase_if(m_pending, [&request](const auto &p) { return p.second.key == request.key; });
    rearm();
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    const QVariantMap hints {
        { u"desktop-entry"_s, u"circle"_s },
        { u"urgency"_s, QVariant::fromValue(uchar(1)) }, // normal
    };
    call << u"Circle"_s << m_idByKey.value(request.key, 0u) << QString() << request.title
         << request.body << actionList() << hints << int(-1);
    m_inFlight.insert(request.key);
    m_closeOnArrival.remove(request.key);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, key = request.key](QDBusPendingCallWatcher *w) { notified(w, key); });
}

QStringList FreedesktopNotifier::pending() const
{
    QStringList keys;
    for (const auto &[due, request] : m_pending)
        keys << request.key;
    return keys;
}

void FreedesktopNotifier::notified(QDBusPendingCallWatcher *watcher, const QString &key)
{
    watcher->deleteLater();
    m_inFlight.remove(key);
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        Q_EMIT failed(key, reply.error().name());
        return;
    }
    const uint id = reply.value();
    if (m_closeOnArrival.remove(key)) { // cancelled while the server was answering
        close(id);
        return;
    }
    if (const uint old = m_idByKey.value(key, 0u); old != 0 && old != id)
        m_keyById.remove(old);
    m_idByKey.insert(key, id);
    m_keyById.insert(id, key);
    Q_EMIT shown(key, nowMs());
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const QString key = m_keyById.value(id);
    if (key.isEmpty())
        return; // another application's notification
    const auto *found = std::find_if(std::begin(Actions), std::end(Actions),
        [&actionKey](const ActionName &a) { return actionKey == QLatin1String(a.key); });
    if (found == std::end(Actions))
        return;
    // Most servers close a notification once acted on; some leave it up.
    close(id);
    Q_EMIT actionInvoked(key, found->action);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    const QString key = m_keyById.take(id);
    if (key.isEmpty())
        return;
    if (m_idByKey.value(key) == id)
        m_idByKey.remove(key);
    if (reason == ClosedByUser)
        Q_EMIT dismissed(key);
}

void FreedesktopNotifier::close(uint id)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, u"CloseNotification"_s);
    call << id;
    // The answer carries nothing we need; a server that already closed it may answer an error.
    m_bus.asyncCall(call);
}

void FreedesktopNotifier::showDue()
{
    const qint64 now = nowMs();
    while (!m_pending.empty() && m_pending.begin()->first <= now) {
        const NotificationRequest request = m_pending.begin()->second;
        m_pending.erase(m_pending.begin());
        show(request);
    }
    rearm();
}

void FreedesktopNotifier::rearm()
{
    if (m_pending.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_pending.begin()->first - nowMs(), 0, MaxSleepMs);
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace circle
