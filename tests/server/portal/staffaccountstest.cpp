// Staff accounts and portal sessions on a real database (SQLite, or PostgreSQL under
// with-postgres.sh), with the clock held by the test: set-up links, both factors at
// sign-in, reuse of a code, recovery codes, idle and absolute session expiry, disabled
// accounts, and the sign-in throttle.
#include "../testbackend.h"

#include "portalsessions.h"
#include "signinthrottle.h"
#include "staffaccounts.h"
#include "totp.h"

#include "clinicservices.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle::portal;
using circle::server::ClinicServices;
using circle::server::DatabaseSpec;
using circle::servertest::TestBackend;

namespace {

class HeldClock : public circle::server::ServerClock
{
public:
    qint64 nowMs() const override { return now; }
    qint64 now = 1767225600000; // 2026-01-01T00:00:00Z
};

const QString kPassword = u"Seven brisk otters paddle home"_s;

class StaffAccountsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        const QString db = TestBackend::newDatabase(m_dir.path(), &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        const auto spec = DatabaseSpec::parse(db, &error);
        ASSERT_TRUE(spec) << error.toStdString();
        s = ClinicServices::open(*spec, {}, &error);
        ASSERT_TRUE(s) << error.toStdString();
        accounts = std::make_unique<StaffAccounts>(*s->database, s->audit, clock);
        sessions = std::make_unique<PortalSessions>(*s->database, clock, *accounts, 15 * 60 * 1000);
    }

    /** An account through its set-up link; returns the TOTP secret. */
    QByteArray enrolled(const QString &name, NewStaff *created = nullptr)
    {
        const auto therapist = s->accounts.addTherapist(name);
        EXPECT_TRUE(therapist);
        const auto staff
            = accounts->add(StaffIdentity::Role::Therapist, name, therapist.value().id);
        EXPECT_TRUE(staff);
        const auto secret = accounts->setPassword(staff.value().setupToken, kPassword);
        EXPECT_TRUE(secret) << secret.error().message.toStdString();
        const auto codes = accounts->confirmFactor(
            staff.value().setupToken, totp::at(secret.value(), clock.now), u"127.0.0.1"_s);
        EXPECT_TRUE(codes);
        if (created)
            *created = staff.value();
        recovery = codes.value();
        return secret.value();
    }

    /** Moves the clock to the next TOTP step (the last code is spent). */
    void nextStep() { clock.now += totp::kStepMs; }

    QTemporaryDir m_dir;
    HeldClock clock;
    std::unique_ptr<ClinicServices> s;
    std::unique_ptr<StaffAccounts> accounts;
    std::unique_ptr<PortalSessions> sessions;
    QStringList recovery;
};

} // namespace

TEST_F(StaffAccountsTest, SetUpLinkIsSingleUseAndExpires)
{
    NewStaff staff;
    enrolled(u"Ana López"_s, &staff);
    EXPECT_EQ(staff.login, u"ana.lopez"_s);
    EXPECT_EQ(accounts->setupState(staff.setupToken).error().status, 404);
    EXPECT_EQ(recovery.size(), StaffAccounts::kRecoveryCodes);

    const auto late = accounts->add(StaffIdentity::Role::Admin, u"Ana López"_s, {});
    ASSERT_TRUE(late);
    EXPECT_EQ(late.value().login, u"ana.lopez2"_s);
    EXPECT_TRUE(accounts->setupState(late.value().setupToken));
    clock.now += StaffAccounts::kSetupLinkTtlMs;
    EXPECT_EQ(accounts->setupState(late.value().setupToken).error().status, 404);
}

TEST_F(StaffAccountsTest, SetUpRefusesAWeakPasswordAndAWrongCode)
{
    const auto staff = accounts->add(StaffIdentity::Role::Admin, u"Bo Dahl"_s, {});
    ASSERT_TRUE(staff);
    const auto weak = accounts->setPassword(staff.value().setupToken, u"password1234"_s);
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().status, 400);
    const auto secret = accounts->setPassword(staff.value().setupToken, kPassword);
    ASSERT_TRUE(secret);
    // Once set, the link cannot set it again.
    EXPECT_FALSE(accounts->setPassword(staff.value().setupToken, u"Another fine sentence here"_s));
    EXPECT_FALSE(accounts->confirmFactor(staff.value().setupToken, u"000000"_s, {}));
    EXPECT_TRUE(
        accounts->confirmFactor(staff.value().setupToken, totp::at(secret.value(), clock.now), {}));
}

TEST_F(StaffAccountsTest, SignInNeedsBothFactorsAndTakesACodeOnce)
{
    const QByteArray secret = enrolled(u"Cleo Park"_s);
    nextStep();
    const QString code = totp::at(secret, clock.now);
    EXPECT_EQ(accounts->signIn(u"cleo.park"_s, u"wrong password!"_s, code, {}).error().status, 401);
    EXPECT_EQ(accounts->signIn(u"cleo.park"_s, kPassword, u"000000"_s, {}).error().status, 401);
    EXPECT_EQ(accounts->signIn(u"nobody"_s, kPassword, code, {}).error().status, 401);
    const auto ok = accounts->signIn(u"Cleo.Park"_s, kPassword, code, {});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok.value().login, u"cleo.park"_s);
    // The same code again, within its window: refused.
    EXPECT_EQ(accounts->signIn(u"cleo.park"_s, kPassword, code, {}).error().status, 401);
    // A recovery code works once in its place.
    EXPECT_TRUE(accounts->signIn(u"cleo.park"_s, kPassword, recovery.first().toUpper(), {}));
    EXPECT_FALSE(accounts->signIn(u"cleo.park"_s, kPassword, recovery.first(), {}));
    nextStep();
    EXPECT_TRUE(accounts->signIn(u"cleo.park"_s, kPassword, totp::at(secret, clock.now), {}));

    bool read = false;
    const auto audit = s->audit.since(0, 1000, &read);
    int ok_ = 0, denied = 0;
    for (const auto &e : audit) {
        if (e.action == u"sign_in")
            (e.outcome == u"ok" ? ok_ : denied)++;
        EXPECT_FALSE(e.recordId.contains(kPassword));
    }
    EXPECT_EQ(ok_, 3);
    EXPECT_EQ(denied, 5);
}

TEST_F(StaffAccountsTest, SessionsEndWhenIdleAtTheAbsoluteLimitAndAtSignOut)
{
    const QByteArray secret = enrolled(u"Dana Ruiz"_s);
    nextStep();
    const auto staff = accounts->signIn(u"dana.ruiz"_s, kPassword, totp::at(secret, clock.now), {});
    ASSERT_TRUE(staff);

    auto idle = sessions->create(staff.value());
    ASSERT_TRUE(idle);
    const QByteArray cookie = idle.value().cookieValue.toLatin1();
    EXPECT_NE(idle.value().session.idHash, idle.value().cookieValue);
    clock.now += 14 * 60 * 1000;
    ASSERT_TRUE(sessions->resume(cookie)); // a request moves the idle timer
    clock.now += 14 * 60 * 1000;
    ASSERT_TRUE(sessions->resume(cookie));
    clock.now += 15 * 60 * 1000;
    EXPECT_EQ(sessions->resume(cookie).error().status, 401);
    clock.now -= 15 * 60 * 1000; // ended for good, even if the clock steps back
    EXPECT_EQ(sessions->resume(cookie).error().status, 401);

    // Busy all day: still ends 12 hours after sign-in.
    auto busy = sessions->create(staff.value());
    ASSERT_TRUE(busy);
    const QByteArray busyCookie = busy.value().cookieValue.toLatin1();
    for (int i = 0; i < 12 * 6 - 1; ++i) {
        clock.now += 10 * 60 * 1000;
        ASSERT_TRUE(sessions->resume(busyCookie)) << i;
    }
    clock.now += 10 * 60 * 1000;
    EXPECT_EQ(sessions->resume(busyCookie).error().status, 401);

    // Sign-ins sweep what is past the absolute limit; live sessions stay.
    clock.now += PortalSessions::kAbsoluteMs;
    auto fresh = sessions->create(staff.value());
    ASSERT_TRUE(fresh);
    QSqlQuery &count = s->database->prepare(u"SELECT COUNT(*) FROM portal_sessions"_s);
    ASSERT_TRUE(s->database->run(count) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 1);
    count.finish();
    EXPECT_TRUE(sessions->resume(fresh.value().cookieValue.toLatin1()));

    auto ended = sessions->create(staff.value());
    ASSERT_TRUE(ended);
    EXPECT_TRUE(sessions->end(ended.value().session.idHash));
    EXPECT_FALSE(sessions->resume(ended.value().cookieValue.toLatin1()));
    EXPECT_FALSE(sessions->resume("made-up"));
    EXPECT_FALSE(sessions->resume({}));
}

TEST_F(StaffAccountsTest, ADisabledAccountLosesItsSessionsAndCannotSignIn)
{
    const QByteArray secret = enrolled(u"Eli Stone"_s);
    nextStep();
    const auto staff = accounts->signIn(u"eli.stone"_s, kPassword, totp::at(secret, clock.now), {});
    ASSERT_TRUE(staff);
    const auto session = sessions->create(staff.value());
    ASSERT_TRUE(session);
    ASSERT_TRUE(accounts->setDisabled(u"eli.stone"_s, true));
    EXPECT_EQ(sessions->resume(session.value().cookieValue.toLatin1()).error().status, 401);
    nextStep();
    EXPECT_FALSE(accounts->signIn(u"eli.stone"_s, kPassword, totp::at(secret, clock.now), {}));
    // Enabled again, the old session stays ended.
    ASSERT_TRUE(accounts->setDisabled(u"eli.stone"_s, false));
    EXPECT_FALSE(sessions->resume(session.value().cookieValue.toLatin1()));
}

TEST_F(StaffAccountsTest, ResetFactorsEndsSessionsAndNeedsANewEnrolment)
{
    const QByteArray secret = enrolled(u"Fay Lund"_s);
    nextStep();
    const auto staff = accounts->signIn(u"fay.lund"_s, kPassword, totp::at(secret, clock.now), {});
    ASSERT_TRUE(staff);
    const auto session = sessions->create(staff.value());
    const auto reset = accounts->resetFactors(u"fay.lund"_s);
    ASSERT_TRUE(reset);
    EXPECT_FALSE(sessions->resume(session.value().cookieValue.toLatin1()));
    nextStep();
    EXPECT_FALSE(accounts->signIn(u"fay.lund"_s, kPassword, totp::at(secret, clock.now), {}));
    EXPECT_TRUE(accounts->setupState(reset.value().setupToken));
}

TEST(SignInThrottle, SlowsRepeatedFailuresWithoutLockingOutForGood)
{
    SignInThrottle throttle(5, 5000, 15 * 60 * 1000);
    qint64 now = 1000000;
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(throttle.waitMs(u"a"_s, now), 0);
        throttle.failed(u"a"_s, now);
    }
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 0);
    throttle.failed(u"a"_s, now);
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 5000);
    EXPECT_EQ(throttle.waitMs(u"b"_s, now), 0) << "other keys are not affected";
    now += 5000;
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 0);
    throttle.failed(u"a"_s, now);
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 10000);
    // 10,000 guesses: the wait grows to the ceiling and no further.
    for (int i = 0; i < 10000; ++i)
        throttle.failed(u"a"_s, now);
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 15 * 60 * 1000);
    now += 15 * 60 * 1000;
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 0) << "never a permanent lockout";
    throttle.succeeded(u"a"_s);
    throttle.failed(u"a"_s, now);
    EXPECT_EQ(throttle.waitMs(u"a"_s, now), 0);
}
