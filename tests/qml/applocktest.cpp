#include "storetestbase.h"

#include "lock/applock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace circle;
using namespace circle::test;

namespace {

class AppLockTest : public StoreTestBase
{
};

TEST_F(AppLockTest, BadPasscodesAreRefusedWithAReason)
{
    AppLock lock(*m_store, m_clock);
    EXPECT_FALSE(lock.isPasscodeSet());
    EXPECT_FALSE(lock.isLocked());
    EXPECT_FALSE(lock.setPasscode({}, u"12"_s, u"12"_s));
    EXPECT_TRUE(lock.errorMessage().contains(u"at least 4"_s)) << lock.errorMessage().toStdString();
    EXPECT_FALSE(lock.setPasscode({}, u"2468"_s, u"2486"_s));
    EXPECT_TRUE(lock.errorMessage().contains(u"not the same"_s));
    EXPECT_FALSE(lock.setPasscode({}, QString(65, u'7'), QString(65, u'7')));
    EXPECT_FALSE(lock.isPasscodeSet());
    EXPECT_EQ(m_store->setting(AppLock::HashKey).value(), QString());
}

TEST_F(AppLockTest, OnlyASlowHashIsStoredAndTheNextStartIsLocked)
{
    {
        AppLock lock(*m_store, m_clock);
        QSignalSpy set(&lock, &AppLock::passcodeSetChanged);
        // Emoji and right-to-left letters are fine in a passcode.
        ASSERT_TRUE(lock.setPasscode({}, u"שלום🙂42"_s, u"שלום🙂42"_s))
            << lock.errorMessage().toStdString();
        EXPECT_EQ(set.count(), 1);
        EXPECT_TRUE(lock.isPasscodeSet());
        // Setting one does not lock the person out of what they are doing.
        EXPECT_FALSE(lock.isLocked());
    }
    const QString hash = m_store->setting(AppLock::HashKey).value();
    EXPECT_TRUE(hash.startsWith(u"$argon2id$"_s)) << hash.toStdString();
    EXPECT_FALSE(hash.contains(u"42"_s.prepend(u"🙂"_s)));

    AppLock next(*m_store, m_clock);
    EXPECT_TRUE(next.isLocked());
    EXPECT_FALSE(next.unlock(u"0000"_s));
    EXPECT_TRUE(next.errorMessage().contains(u"not right"_s));
    EXPECT_TRUE(next.isLocked());
    EXPECT_FALSE(next.unlock({}));
    EXPECT_TRUE(next.unlock(u"שלום🙂42"_s));
    EXPECT_FALSE(next.isLocked());
    EXPECT_EQ(next.errorMessage(), QString());
}

TEST_F(AppLockTest, RepeatedWrongTriesMustWaitEvenAfterARestart)
{
    {
        AppLock lock(*m_store, m_clock);
        ASSERT_TRUE(lock.setPasscode({}, u"2468"_s, u"2468"_s));
    }
    {
        AppLock lock(*m_store, m_clock);
        for (int i = 0; i < AppLock::FreeTries - 1; ++i) {
            EXPECT_FALSE(lock.unlock(u"1111"_s));
            EXPECT_FALSE(lock.errorMessage().contains(u"Try again in"_s));
        }
        EXPECT_FALSE(lock.unlock(u"1111"_s));
        EXPECT_TRUE(lock.errorMessage().contains(u"Try again in 30 seconds"_s))
            << lock.errorMessage().toStdString();
    }
    // Quitting does not reset the count.
    AppLock lock(*m_store, m_clock);
    EXPECT_FALSE(lock.unlock(u"2468"_s));
    EXPECT_TRUE(lock.errorMessage().contains(u"Try again in 30 seconds"_s));
    EXPECT_TRUE(lock.isLocked());
    m_clock.advance(31 * 1000);
    EXPECT_FALSE(lock.unlock(u"1111"_s));
    // The next wait is twice as long.
    EXPECT_TRUE(lock.errorMessage().contains(u"Try again in 60 seconds"_s))
        << lock.errorMessage().toStdString();
    m_clock.advance(61 * 1000);
    EXPECT_TRUE(lock.unlock(u"2468"_s));
    EXPECT_EQ(m_store->setting(AppLock::FailuresKey).value(), u"0"_s);
}

TEST_F(AppLockTest, ChangingAndRemovingNeedTheCurrentPasscode)
{
    AppLock lock(*m_store, m_clock);
    ASSERT_TRUE(lock.setPasscode({}, u"2468"_s, u"2468"_s));
    EXPECT_FALSE(lock.setPasscode(u"9999"_s, u"1357"_s, u"1357"_s));
    EXPECT_TRUE(lock.errorMessage().contains(u"not right"_s));
    ASSERT_TRUE(lock.setPasscode(u"2468"_s, u"1357"_s, u"1357"_s));
    EXPECT_FALSE(lock.removePasscode(u"2468"_s));
    EXPECT_TRUE(lock.isPasscodeSet());
    ASSERT_TRUE(lock.removePasscode(u"1357"_s));
    EXPECT_FALSE(lock.isPasscodeSet());
    EXPECT_EQ(m_store->setting(AppLock::HashKey).value(), QString());
    AppLock next(*m_store, m_clock);
    EXPECT_FALSE(next.isLocked());
}

TEST_F(AppLockTest, LeavingTheAppLocksIt)
{
    AppLock lock(*m_store, m_clock);
    lock.handleApplicationState(Qt::ApplicationSuspended);
    EXPECT_FALSE(lock.isLocked()) << "no passcode, nothing to lock";
    ASSERT_TRUE(lock.setPasscode({}, u"2468"_s, u"2468"_s));
    QSignalSpy before(&lock, &AppLock::aboutToLock);
    lock.handleApplicationState(Qt::ApplicationInactive);
    EXPECT_FALSE(lock.isLocked()) << "a pulled-down shade is not leaving";
    lock.handleApplicationState(Qt::ApplicationHidden);
    EXPECT_TRUE(lock.isLocked());
    EXPECT_EQ(before.count(), 1);
}

TEST_F(AppLockTest, IdleTimeLocksAndATouchPutsItOff)
{
    AppLock lock(*m_store, m_clock);
    ASSERT_TRUE(lock.setPasscode({}, u"2468"_s, u"2468"_s));
    // Off by default: only leaving the app locks.
    EXPECT_EQ(lock.autoLockMinutes(), 0);
    lock.setAutoLockMinutes(7);
    EXPECT_EQ(lock.autoLockMinutes(), 0) << "not one of the choices";
    lock.setMinuteMs(1000);
    lock.setAutoLockMinutes(1);
    EXPECT_EQ(m_store->setting(AppLock::AutoLockKey).value(), u"1"_s);

    QObject target;
    QTest::qWait(600);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
    QCoreApplication::sendEvent(&target, &press);
    QTest::qWait(600);
    EXPECT_FALSE(lock.isLocked()) << "the key press should have put the lock off";
    EXPECT_TRUE(QTest::qWaitFor([&] { return lock.isLocked(); }, 5000));

    // The choice is remembered.
    AppLock next(*m_store, m_clock);
    EXPECT_EQ(next.autoLockMinutes(), 1);
}

} // namespace
