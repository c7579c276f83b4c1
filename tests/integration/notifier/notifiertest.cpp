// The Linux notifier on a real D-Bus session bus, against a notification
// server that records what arrives: text, order and timing, actions, snooze.
#include "notificationserver.h"
#include "privatebus.h"

#include "gtest-qt-printing.h"
#include "notifier_freedesktop.h"

#include <QDBusError>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

NotificationRequest request(const QString &key, qint64 dueMs = 0)
{
    return { key, dueMs, u"Circle"_s, u"Circle: you have a reminder"_s };
}

class NotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_bus.start(&error)) << error.toStdString();
        static int run = 0;
        ++run;
        m_serverName = u"notification-server-%1"_s.arg(run);
        m_clientName = u"circle-%1"_s.arg(run);
        QDBusConnection serverBus = QDBusConnection::connectToBus(m_bus.address(), m_serverName);
        ASSERT_TRUE(serverBus.isConnected()) << serverBus.lastError().message().toStdString();
        m_server = std::make_unique<NotificationServer>(serverBus);
        ASSERT_TRUE(m_server->registerOnBus());
        QDBusConnection clientBus = QDBusConnection::connectToBus(m_bus.address(), m_clientName);
        ASSERT_TRUE(clientBus.isConnected());
        m_notifier = std::make_unique<FreedesktopNotifier>(clientBus);
    }

    void TearDown() override
    {
        m_notifier.reset();
        m_server.reset();
        QDBusConnection::disconnectFromBus(m_clientName);
        QDBusConnection::disconnectFromBus(m_serverName);
    }

    bool waitForArrivals(qsizetype count)
    {
        return waitUntil([&] { return m_server->received().size() >= count; });
    }

    PrivateBus m_bus;
    QString m_serverName;
    QString m_clientName;
    std::unique_ptr<NotificationServer> m_server;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
};

TEST_F(NotifierTest, ShowsTheTextWithOpenAndSnoozeActions)
{
    QSignalSpy shown(m_notifier.get(), &Notifier::shown);
    m_notifier->show(request(u"session:a:1:60"_s));
    ASSERT_TRUE(waitForArrivals(1));
    const auto &r = m_server->received().first();
    EXPECT_EQ(r.appName, u"Circle"_s);
    EXPECT_EQ(r.summary, u"Circle"_s);
    EXPECT_EQ(r.body, u"Circle: you have a reminder"_s);
    EXPECT_EQ(r.replacesId, 0u);
    EXPECT_EQ(r.actions,
        (QStringList { u"default"_s, u"Open"_s, u"open"_s, u"Open"_s, u"snooze-10"_s,
            u"Snooze 10 min"_s, u"snooze-60"_s, u"Snooze 1 hour"_s, u"snooze-tonight"_s,
            u"Snooze until tonight"_s }));
    EXPECT_EQ(r.hints.value(u"desktop-entry"_s).toString(), u"circle"_s);
    EXPECT_EQ(r.hints.value(u"urgency"_s).toInt(), 1);
    // The reminder's id is ours alone; it never reaches the server.
    for (const QString &field : { r.summary, r.body })
        EXPECT_FALSE(field.contains(u"session:"_s));
    ASSERT_TRUE(waitUntil([&] { return shown.size() == 1; }));
    EXPECT_EQ(shown.first().first().toString(), u"session:a:1:60"_s);
}

TEST_F(NotifierTest, DeliversInDueOrderAndNeverEarly)
{
    const qint64 start = now();
    const qint64 dueA = start + 600, dueB = start + 200, dueC = start + 400;
    m_notifier->schedule(request(u"a"_s, dueA));
    m_notifier->schedule(request(u"b"_s, dueB));
    m_notifier->schedule(request(u"c"_s, dueC));
    EXPECT_EQ(m_notifier->pending(), (QStringList { u"b"_s, u"c"_s, u"a"_s }));
    ASSERT_TRUE(waitForArrivals(3));
    const auto &got = m_server->received();
    EXPECT_GE(got[0].atMs, dueB);
    EXPECT_GE(got[1].atMs, dueC);
    EXPECT_GE(got[2].atMs, dueA);
    EXPECT_LT(got[0].atMs, got[1].atMs);
    EXPECT_LT(got[1].atMs, got[2].atMs);
    EXPECT_TRUE(m_notifier->pending().isEmpty());
}

TEST_F(NotifierTest, ActionsComeBackAsSignalsForOurNotificationsOnly)
{
    QSignalSpy actions(m_notifier.get(), &Notifier::actionInvoked);
    QSignalSpy shown(m_notifier.get(), &Notifier::shown);
    m_notifier->show(request(u"first"_s));
    m_notifier->show(request(u"second"_s));
    ASSERT_TRUE(waitUntil([&] { return shown.size() == 2; }));
    const uint first = m_server->received()[0].id;
    const uint second = m_server->received()[1].id;

    m_server->click(second, u"snooze-10"_s);
    m_server->click(first, u"default"_s);
    m_server->click(first + second + 100, u"open"_s); // someone else's notification
    m_server->click(first, u"something-else"_s);
    ASSERT_TRUE(waitUntil([&] { return actions.size() == 2; }));
    QTest::qWait(100); // nothing more is coming
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions[0][0].toString(), u"second"_s);
    EXPECT_EQ(actions[0][1].value<Notifier::Action>(), Notifier::Action::Snooze10Minutes);
    EXPECT_EQ(actions[1][0].toString(), u"first"_s);
    EXPECT_EQ(actions[1][1].value<Notifier::Action>(), Notifier::Action::Open);
    // An acted-on notification is closed, in case the server leaves it up.
    ASSERT_TRUE(waitUntil([&] { return m_server->closeRequests().size() == 2; }));
    EXPECT_EQ(m_server->closeRequests(), (QList<uint> { second, first }));
}

TEST_F(NotifierTest, SchedulingAKeyAgainReplacesIt)
{
    QSignalSpy shown(m_notifier.get(), &Notifier::shown);
    m_notifier->show(request(u"practice:2026-11-23"_s));
    ASSERT_TRUE(waitUntil([&] { return shown.size() == 1; }));
    m_notifier->show(request(u"practice:2026-11-23"_s));
    ASSERT_TRUE(waitForArrivals(2));
    EXPECT_EQ(m_server->received()[1].replacesId, m_server->received()[0].id);

    m_notifier->schedule(request(u"later"_s, now() + 60 * 60 * 1000));
    m_notifier->schedule(request(u"later"_s, now() + 100));
    EXPECT_EQ(m_notifier->pending(), QStringList { u"later"_s });
    ASSERT_TRUE(waitForArrivals(3));
}

TEST_F(NotifierTest, CancelDropsPendingAndClosesShown)
{
    QSignalSpy shown(m_notifier.get(), &Notifier::shown);
    m_notifier->schedule(request(u"pending"_s, now() + 200));
    m_notifier->cancel(u"pending"_s);
    m_notifier->show(request(u"on-screen"_s));
    ASSERT_TRUE(waitUntil([&] { return shown.size() == 1; }));
    m_notifier->cancel(u"on-screen"_s);
    ASSERT_TRUE(waitUntil([&] { return m_server->closeRequests().size() == 1; }));
    EXPECT_EQ(m_server->closeRequests().first(), m_server->received().first().id);
    QTest::qWait(400);
    EXPECT_EQ(m_server->received().size(), 1); // the cancelled one never came
}

TEST_F(NotifierTest, ADismissalIsReported)
{
    QSignalSpy shown(m_notifier.get(), &Notifier::shown);
    QSignalSpy dismissed(m_notifier.get(), &Notifier::dismissed);
    m_notifier->show(request(u"k"_s));
    ASSERT_TRUE(waitUntil([&] { return shown.size() == 1; }));
    m_server->dismissByUser(m_server->received().first().id);
    ASSERT_TRUE(waitUntil([&] { return dismissed.size() == 1; }));
    EXPECT_EQ(dismissed.first().first().toString(), u"k"_s);
}

TEST_F(NotifierTest, NoServerOnTheBusIsAFailureNotASilence)
{
    m_server->unregisterFromBus();
    QSignalSpy failed(m_notifier.get(), &Notifier::failed);
    QSignalSpy shown(m_notifier.get(), &Notifier::shown);
    m_notifier->show(request(u"k"_s));
    ASSERT_TRUE(waitUntil([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed.first().first().toString(), u"k"_s);
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty());
    EXPECT_EQ(shown.size(), 0);
}

TEST_F(NotifierTest, TheFactoryUsesTheSessionBus)
{
    // Nothing in this process has asked for the session bus yet, so pointing
    // the variable at the private bus makes it the session bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
    std::unique_ptr<Notifier> notifier = Notifier::create();
    notifier->show(request(u"k"_s));
    ASSERT_TRUE(waitForArrivals(1));
}

} // namespace
} // namespace circle::test
