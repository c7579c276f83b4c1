// From plan to screen and back: the reminder planner's output delivered by the
// Linux notifier over a real bus, a snooze pressed on the server, the re-plan
// that follows, and the snoozed reminder arriving once. This is the loop the
// app runs; only "now" is moved by hand so a ten-minute snooze takes a moment.
#include "notificationserver.h"
#include "privatebus.h"

#include "clock.h"
#include "gtest-qt-printing.h"
#include "notifier_freedesktop.h"
#include "schedule/reminderplanner.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

constexpr qint64 Minute = 60 * 1000;

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

TEST(RemindersOnTheBus, ASnoozedSessionReminderComesBackOnce)
{
    PrivateBus bus;
    QString error;
    ASSERT_TRUE(bus.start(&error)) << error.toStdString();
    {
        QDBusConnection serverBus = QDBusConnection::connectToBus(bus.address(), u"server"_s);
        NotificationServer server(serverBus);
        ASSERT_TRUE(server.registerOnBus());
        FreedesktopNotifier notifier(QDBusConnection::connectToBus(bus.address(), u"app"_s));

        // A session 61 minutes away with the default reminders: the 1-hour one is due now.
        const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
        ManualClock clock(realNow);
        ReminderPlanner planner(clock, QTimeZone(QByteArrayLiteral("America/New_York")));
        ReminderInputs in;
        in.preferences = ReminderPlanner::defaultPreferences();
        v1::GroupSession session;
        session.mutable_meta()->set_id("0190f0c8-0000-7000-8000-000000000001");
        session.set_start_ms(realNow + 60 * Minute + 300);
        session.set_end_ms(session.start_ms() + 90 * Minute);
        session.set_time_zone("America/New_York");
        session.set_topic("Shame and relapse");
        session.set_place("Room 204");
        session.set_status(v1::SESSION_STATUS_SCHEDULED);
        in.sessions = { session };

        // What the app does: deliver the plan, log what was shown, act on snoozes.
        const auto deliver = [&] {
            for (const Reminder &r : planner.plan(in))
                notifier.schedule({ r.id, r.dueMs, u"Circle"_s, r.displayText() });
        };
        QObject::connect(&notifier, &Notifier::shown,
            [&](const QString &key, qint64) { in.delivered.insert(key); });
        QObject::connect(
            &notifier, &Notifier::actionInvoked, [&](const QString &key, Notifier::Action action) {
                ASSERT_EQ(action, Notifier::Action::Snooze10Minutes);
                // Set "now" back ten minutes less 300 ms: the snooze ends 300 ms from now.
                clock.set(QDateTime::currentMSecsSinceEpoch() - 10 * Minute + 300);
                in.snoozes.push_back(
                    { key, planner.snoozeUntil(SnoozeChoice::TenMinutes, in.preferences) });
                clock.set(QDateTime::currentMSecsSinceEpoch());
                deliver();
            });

        deliver();
        ASSERT_TRUE(waitUntil([&] { return server.received().size() == 1; }));
        const auto first = server.received().first();
        EXPECT_EQ(first.body, u"Circle: you have a reminder"_s);
        ASSERT_TRUE(waitUntil([&] { return in.delivered.size() == 1; }));

        server.click(first.id, u"snooze-10"_s);
        ASSERT_TRUE(waitUntil([&] { return server.received().size() == 2; }));
        const auto again = server.received()[1];
        EXPECT_GE(again.atMs, in.snoozes.front().untilMs);
        EXPECT_EQ(again.body, first.body);
        EXPECT_EQ(again.replacesId, 0u); // a new notification, not an edit of the old one
        ASSERT_TRUE(waitUntil([&] { return in.delivered.size() == 2; }));

        // Re-planning now (as after a restart) delivers nothing twice.
        deliver();
        QTest::qWait(300);
        EXPECT_EQ(server.received().size(), 2);
        for (const auto &r : server.received())
            for (const QString &text : { r.summary, r.body })
                EXPECT_FALSE(text.contains(u"Shame"_s) || text.contains(u"Room"_s));
    }
    QDBusConnection::disconnectFromBus(u"app"_s);
    QDBusConnection::disconnectFromBus(u"server"_s);
}

} // namespace
} // namespace circle::test
