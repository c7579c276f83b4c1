// The app's reminder loop as it runs in the app: the real encrypted store, the
// Linux notifier on a real bus with a recording notification server, and the
// ReminderService between them. "Now" is the wall clock plus an offset the test
// moves, so a reminder hours away can be made due in a fraction of a second and
// the service's own timer still has to fire for it to arrive.
#include "notificationserver.h"
#include "privatebus.h"

#include "clock.h"
#include "gtest-qt-printing.h"
#include "notifier_freedesktop.h"
#include "reminderservice.h"
#include "repository.h"
#include "store.h"

#include <QDBusError>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

constexpr qint64 Minute = 60 * 1000;

/** The wall clock moved by a fixed offset: time passes, and the test can jump it. */
class OffsetClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offset; }
    void jump(qint64 ms) { m_offset += ms; }

private:
    qint64 m_offset = 0;
};

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

class ReminderServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_bus.start(&error)) << error.toStdString();
        static int run = 0;
        ++run;
        m_serverName = u"service-server-%1"_s.arg(run);
        m_appName = u"service-app-%1"_s.arg(run);
        QDBusConnection serverBus = QDBusConnection::connectToBus(m_bus.address(), m_serverName);
        ASSERT_TRUE(serverBus.isConnected()) << serverBus.lastError().message().toStdString();
        m_server = std::make_unique<NotificationServer>(serverBus);
        ASSERT_TRUE(m_server->registerOnBus());
        m_notifier = std::make_unique<FreedesktopNotifier>(
            QDBusConnection::connectToBus(m_bus.address(), m_appName));

        ASSERT_TRUE(m_dir.isValid());
        openStore();
        v1::Group group;
        group.set_name("Thursday skills group");
        group.set_time_zone("America/New_York");
        auto stored = Repository<v1::Group>(*m_store).putFromClinic(group);
        ASSERT_TRUE(stored) << stored.error().message.toStdString();
        m_groupId = stored.value().meta().id();
    }

    void TearDown() override
    {
        m_service.reset();
        m_notifier.reset();
        m_server.reset();
        m_store.reset();
        QDBusConnection::disconnectFromBus(m_appName);
        QDBusConnection::disconnectFromBus(m_serverName);
    }

    void openStore()
    {
        StoreOptions options;
        options.dataDir = m_dir.path();
        options.key = QByteArray(Store::KeySize, 'r');
        options.clock = &m_clock;
        auto store = Store::open(options);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_store = std::move(store.value());
    }

    void startService()
    {
        m_service = std::make_unique<ReminderService>(*m_store, *m_notifier, m_clock);
        m_service->setPhoneZone(QTimeZone(QByteArrayLiteral("America/New_York")));
        m_service->start();
    }

    /** A session whose start is startInMs from now, with a topic and place that must stay private.
     */
    std::string addSession(qint64 startInMs)
    {
        v1::GroupSession session;
        session.set_group_id(m_groupId);
        session.set_start_ms(m_clock.nowMs() + startInMs);
        session.set_end_ms(session.start_ms() + 90 * Minute);
        session.set_time_zone("America/New_York");
        session.set_topic("Shame and relapse");
        session.set_place("Room 204");
        session.set_status(v1::SESSION_STATUS_SCHEDULED);
        auto stored = Repository<v1::GroupSession>(*m_store).putFromClinic(session);
        EXPECT_TRUE(stored);
        return stored ? stored.value().meta().id() : std::string();
    }

    /** The patient's "can't attend" for the session, as the Schedule page stores it. */
    bool answerCannotAttend(const std::string &sessionId)
    {
        v1::Rsvp rsvp;
        rsvp.set_session_id(sessionId);
        rsvp.set_response(v1::RSVP_RESPONSE_NOT_ATTENDING);
        return Repository<v1::Rsvp>(*m_store).create(rsvp).ok();
    }

    void expectNothingPrivateArrived()
    {
        for (const auto &r : m_server->received())
            for (const QString &text : { r.summary, r.body })
                EXPECT_FALSE(text.contains(u"Shame"_s) || text.contains(u"Room"_s)
                    || text.contains(u"Thursday skills"_s))
                    << text.toStdString();
    }

    PrivateBus m_bus;
    QString m_serverName;
    QString m_appName;
    std::unique_ptr<NotificationServer> m_server;
    std::unique_ptr<FreedesktopNotifier> m_notifier;
    QTemporaryDir m_dir;
    OffsetClock m_clock;
    std::unique_ptr<Store> m_store;
    std::string m_groupId;
    std::unique_ptr<ReminderService> m_service;
};

TEST_F(ReminderServiceTest, ADueReminderArrivesOnceAndARestartDoesNotRepeatIt)
{
    // The one-hour reminder is 150 ms away: the service's timer has to fire for it.
    addSession(60 * Minute + 150);
    startService();
    ASSERT_EQ(m_service->planned().size(), 1u);
    EXPECT_EQ(m_service->planned().front().id.section(u':', 3), u"60"_s);
    EXPECT_TRUE(m_server->received().isEmpty());
    QSignalSpy delivered(m_service.get(), &ReminderService::delivered);

    ASSERT_TRUE(waitUntil([&] { return delivered.size() == 1; }));
    ASSERT_EQ(m_server->received().size(), 1);
    const auto shown = m_server->received().first();
    EXPECT_EQ(shown.summary, u"Circle"_s);
    EXPECT_EQ(shown.body, u"Circle: you have a reminder"_s);
    EXPECT_EQ(shown.actions, FreedesktopNotifier::actionList());
    EXPECT_TRUE(m_service->planned().empty());

    // Re-planning in the same run and after a restart (a new service on a
    // reopened store) shows nothing again.
    m_service->replan();
    m_service.reset();
    m_store.reset();
    openStore();
    startService();
    EXPECT_TRUE(m_service->planned().empty());
    QTest::qWait(200);
    EXPECT_EQ(m_server->received().size(), 1);
    expectNothingPrivateArrived();
}

TEST_F(ReminderServiceTest, SavingPreferencesReplansWithTheNewLeadAndDetail)
{
    addSession(3 * 60 * Minute + 150);
    startService();
    ASSERT_EQ(m_service->planned().size(), 1u); // the one-hour reminder, two hours away
    const qint64 oneHourDue = m_service->planned().front().dueMs;
    // Two hours away: the service wakes within the hour anyway, to re-plan.
    EXPECT_LE(m_service->nextWakeMs(), m_clock.nowMs() + ReminderService::MaxSleepMs);
    EXPECT_GT(m_service->nextWakeMs(), m_clock.nowMs() + ReminderService::MaxSleepMs - 5000);

    // The patient asks for a reminder three hours before, with detail on the lock screen.
    v1::ReminderPreferences prefs = ReminderPlanner::defaultPreferences();
    prefs.clear_session_lead_minutes();
    prefs.add_session_lead_minutes(180);
    prefs.add_session_lead_minutes(60);
    prefs.set_detail_on_lock_screen(true);
    ASSERT_TRUE(Repository<v1::ReminderPreferences>(*m_store).create(prefs));
    QSignalSpy delivered(m_service.get(), &ReminderService::delivered);
    m_service->replan();

    ASSERT_TRUE(waitUntil([&] { return delivered.size() == 1; }));
    ASSERT_EQ(m_server->received().size(), 1);
    EXPECT_TRUE(m_server->received().first().body.startsWith(u"Group session"_s))
        << m_server->received().first().body.toStdString();
    ASSERT_EQ(m_service->planned().size(), 1u);
    EXPECT_EQ(m_service->planned().front().dueMs, oneHourDue);
    expectNothingPrivateArrived();
}

TEST_F(ReminderServiceTest, ASnoozedReminderComesBackOnceLaterAndOpenLeadsToTheSchedule)
{
    addSession(60 * Minute + 100);
    startService();
    QSignalSpy delivered(m_service.get(), &ReminderService::delivered);
    ASSERT_TRUE(waitUntil([&] { return delivered.size() == 1; }));
    const auto first = m_server->received().first();

    m_server->click(first.id, u"snooze-10"_s);
    ASSERT_TRUE(waitUntil([&] { return m_service->planned().size() == 1; }));
    const Reminder snoozed = m_service->planned().front();
    EXPECT_TRUE(snoozed.snoozed);
    EXPECT_GE(snoozed.dueMs - m_clock.nowMs(), 10 * Minute - 1000);
    EXPECT_EQ(m_service->nextWakeMs(), snoozed.dueMs);
    QTest::qWait(100);
    EXPECT_EQ(m_server->received().size(), 1); // not before its time

    // Ten minutes pass (less 150 ms): the service's timer brings it back.
    m_clock.jump(snoozed.dueMs - m_clock.nowMs() - 150);
    m_service->replan();
    ASSERT_TRUE(waitUntil([&] { return delivered.size() == 2; }));
    ASSERT_EQ(m_server->received().size(), 2);
    const auto again = m_server->received()[1];
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.replacesId, 0u);
    EXPECT_GE(m_clock.nowMs(), snoozed.dueMs);

    QSignalSpy open(m_service.get(), &ReminderService::openRequested);
    m_server->click(again.id, u"default"_s);
    ASSERT_TRUE(waitUntil([&] { return open.size() == 1; }));
    EXPECT_EQ(open.first().first().toString(), u"schedule"_s);

    m_service->replan();
    QTest::qWait(200);
    EXPECT_EQ(m_server->received().size(), 2);
    expectNothingPrivateArrived();
}

TEST_F(ReminderServiceTest, NothingForASessionThePatientCannotAttend)
{
    const std::string sessionId = addSession(60 * Minute + 100);
    ASSERT_TRUE(answerCannotAttend(sessionId));
    startService();
    EXPECT_TRUE(m_service->planned().empty());
    QTest::qWait(250);
    EXPECT_TRUE(m_server->received().isEmpty());
}

TEST_F(ReminderServiceTest, AKindNoteForADeclinedSessionWhenThePatientWantsOne)
{
    const std::string sessionId = addSession(60 * Minute + 150);
    ASSERT_TRUE(answerCannotAttend(sessionId));
    v1::ReminderPreferences prefs = ReminderPlanner::defaultPreferences();
    prefs.set_note_when_not_attending(true);
    ASSERT_TRUE(Repository<v1::ReminderPreferences>(*m_store).create(prefs));
    startService();
    ASSERT_EQ(m_service->planned().size(), 1u);
    QSignalSpy delivered(m_service.get(), &ReminderService::delivered);
    ASSERT_TRUE(waitUntil([&] { return delivered.size() == 1; }));
    ASSERT_EQ(m_server->received().size(), 1);
    // Lock-screen detail is off: the note says as little as any reminder.
    EXPECT_EQ(m_server->received().first().body, u"Circle: you have a reminder"_s);
    EXPECT_EQ(ReminderService::pageFor(delivered.first().first().toString()), u"schedule"_s);
    expectNothingPrivateArrived();
}

TEST_F(ReminderServiceTest, RequestsInOneTurnPlanOnceAndSeeWhatArrived)
{
    startService();
    EXPECT_TRUE(m_service->planned().empty());
    QSignalSpy replanned(m_service.get(), &ReminderService::replanned);
    // As sync does: a session lands in the store, then several changes are reported at once.
    addSession(5 * 60 * Minute);
    for (int i = 0; i < 5; ++i)
        m_service->requestReplan();
    EXPECT_EQ(replanned.size(), 0) << "nothing is planned before the event loop runs";
    ASSERT_TRUE(waitUntil([&] { return replanned.size() >= 1; }));
    QTest::qWait(50);
    EXPECT_EQ(replanned.size(), 1);
    EXPECT_EQ(replanned.first().first().toInt(), 1);
    ASSERT_EQ(m_service->planned().size(), 1u); // the one-hour reminder, four hours away
}

TEST(ReminderServicePages, EachKindOpensItsPage)
{
    EXPECT_EQ(ReminderService::pageFor(u"session:abc:1:60"_s), u"schedule"_s);
    EXPECT_EQ(ReminderService::pageFor(u"skipped:abc:1"_s), u"schedule"_s);
    EXPECT_EQ(ReminderService::pageFor(u"homework:abc:1:evening~5"_s), u"more/homework"_s);
    EXPECT_EQ(ReminderService::pageFor(u"practice:2024-03-12"_s), u"journal"_s);
}

} // namespace
} // namespace circle::test
