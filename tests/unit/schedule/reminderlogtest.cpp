#include "corefixture.h"

#include "schedule/reminderlog.h"

using namespace Qt::StringLiterals;

namespace circle::test {
namespace {

/** The reminder log on a real encrypted store, with its schema step applied by hand. */
class ReminderLogTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp(); // the log's tables come with the store's migrations
    }

    static Reminder reminder(const QString &id, qint64 dueMs)
    {
        Reminder r;
        r.id = id;
        r.baseId = id;
        r.dueMs = dueMs;
        return r;
    }
};

TEST_F(ReminderLogTest, RemembersWhatWasShownAcrossARestart)
{
    ReminderLog log(*m_store);
    ASSERT_TRUE(log.markDelivered(reminder(u"session:a:1:60"_s, 1000), 1005).ok());
    ASSERT_TRUE(log.markDelivered(reminder(u"practice:2026-11-23"_s, 5000), 5001).ok());
    ASSERT_TRUE(
        log.markDelivered(reminder(u"practice:2026-11-23"_s, 5000), 9000).ok()); // again: no-op

    reopen();
    ReminderLog after(*m_store);
    auto all = after.delivered(0);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value(), (QSet<QString> { u"session:a:1:60"_s, u"practice:2026-11-23"_s }));
    EXPECT_EQ(after.delivered(2000).value(), QSet<QString> { u"practice:2026-11-23"_s });
}

TEST_F(ReminderLogTest, ALaterSnoozeReplacesTheEarlierOne)
{
    ReminderLog log(*m_store);
    ASSERT_TRUE(log.snooze(u"session:a:1:60"_s, 2000).ok());
    ASSERT_TRUE(log.snooze(u"homework:b:9:evening"_s, 1500).ok());
    ASSERT_TRUE(log.snooze(u"session:a:1:60~2000"_s, 2600).ok()); // snoozed again from the snooze
    auto snoozes = log.snoozes();
    ASSERT_TRUE(snoozes.ok());
    ASSERT_EQ(snoozes.value().size(), 2u);
    EXPECT_EQ(snoozes.value()[0].reminderId, u"homework:b:9:evening"_s);
    EXPECT_EQ(snoozes.value()[1].reminderId, u"session:a:1:60"_s);
    EXPECT_EQ(snoozes.value()[1].untilMs, 2600);
}

TEST_F(ReminderLogTest, PruneForgetsWhatIsLongPast)
{
    ReminderLog log(*m_store);
    ASSERT_TRUE(log.markDelivered(reminder(u"old"_s, 100), 100).ok());
    ASSERT_TRUE(log.markDelivered(reminder(u"new"_s, 900), 900).ok());
    ASSERT_TRUE(log.snooze(u"old"_s, 200).ok());
    auto removed = log.prune(500);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), 2);
    EXPECT_EQ(log.delivered(0).value(), QSet<QString> { u"new"_s });
    EXPECT_TRUE(log.snoozes().value().empty());
}

TEST_F(ReminderLogTest, AStoreFromBeforeTheLogGainsItOnOpen)
{
    closeStore();
    QTemporaryDir other;
    m_dataDir = other.path();
    {
        StoreOptions o = options();
        o.migrateUpTo = 3; // as a build without the reminder log left it
        auto old = Store::open(o);
        ASSERT_TRUE(old.ok());
        EXPECT_FALSE(ReminderLog(*old.value()).delivered(0).ok());
    }
    reopen();
    auto r = ReminderLog(*m_store).delivered(0);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r.value().isEmpty());
}

} // namespace
} // namespace circle::test
