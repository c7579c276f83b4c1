// The clinic sync view models (qml/sync) against the real circle-server on
// 127.0.0.1, with the real encrypted store and the real system key store
// (run under tests/with-keyring.sh, as ./circle test does).
#include "serverprocess.h"
#include "testutil.h"

#include "sync/clinicenrollment.h"
#include "sync/clinicsync.h"

#include "clock.h"
#include "keystore.h"
#include "outbox.h"
#include "recoverycode.h"
#include "repository.h"
#include "store.h"
#include "syncaccount.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace circle;
using namespace circle::servertest;
using namespace Qt::StringLiterals;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

/** One phone: a real store in its own folder, and the view models the app builds over it. */
struct PhoneUi
{
    explicit PhoneUi(KeyStore &keys, const Clock &clock)
        : keys(keys)
    {
        StoreOptions o;
        o.dataDir = dir.path();
        o.key = test::testKey();
        o.clock = &clock;
        store = std::move(Store::open(o).value());
        sync = std::make_unique<ClinicSync>(*store, keys, dir.path(), clock);
        SyncEngine::Options options;
        options.afterChangeMs = 3'600'000; // the tests decide when to sync
        options.periodMs = 3'600'000;
        sync->setEngineOptions(options);
        sync->setTimeZone(QTimeZone::utc());
        enrollment = std::make_unique<ClinicEnrollment>(*store, keys, dir.path(), *sync);
        enrollment->setTimeoutMs(10'000);
    }
    ~PhoneUi()
    {
        enrollment.reset();
        sync.reset();
        // The test key store outlives the phone; leave nothing of it behind.
        for (const char *purpose : { SyncAccount::SyncKeyPurpose, SyncAccount::DeviceTokenPurpose })
            keys.remove(secretAccount(QString::fromLatin1(purpose), dir.path()));
    }

    KeyStore::KeyResult secret(const char *purpose)
    {
        return keys.load(secretAccount(QString::fromLatin1(purpose), dir.path()));
    }

    /** Joins and waits until the server has answered; the stage it ended in. */
    ClinicEnrollment::Stage join(const QString &invite, const QString &code = {})
    {
        if (!enrollment->join(invite, code))
            return enrollment->stage();
        EXPECT_EQ(enrollment->stage(), ClinicEnrollment::Stage::Joining);
        EXPECT_TRUE(enrollment->busy());
        waitUntil([&] { return enrollment->stage() != ClinicEnrollment::Stage::Joining; });
        return enrollment->stage();
    }

    /** Starts a sync (unless one is under way) and waits for the engine to finish one. */
    bool syncAndWait()
    {
        SyncEngine *engine = sync->engine();
        if (!engine)
            return false;
        QSignalSpy finished(engine, &SyncEngine::syncFinished);
        sync->syncNow();
        if (!waitUntil([&] { return !finished.isEmpty(); }))
            return false;
        return finished.last().at(0).toBool();
    }

    /** Nothing of an enrollment is kept: no account, no secrets. */
    void expectNothingStored()
    {
        auto account = SyncAccount::load(*store);
        ASSERT_TRUE(account.ok());
        EXPECT_FALSE(account.value().has_value());
        EXPECT_FALSE(secret(SyncAccount::SyncKeyPurpose).ok());
        EXPECT_FALSE(secret(SyncAccount::DeviceTokenPurpose).ok());
        EXPECT_FALSE(sync->enrolled());
        EXPECT_EQ(sync->state(), ClinicSync::State::NotEnrolled);
        EXPECT_EQ(sync->indicatorText(), QString());
    }

    KeyStore &keys;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<ClinicSync> sync;
    std::unique_ptr<ClinicEnrollment> enrollment;
};

class ClinicSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid());
        // A fixed port, so a server stopped and started again is where the phone expects it.
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ASSERT_TRUE(m_server.start(m_serverDir.path(), m_serverDir.filePath(u"clinic.sqlite"_s),
            { u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) }))
            << m_server.error().toStdString();
        auto seeded = m_server.admin({ u"seed-demo"_s });
        ASSERT_EQ(seeded[u"exit"_s], u"0"_s);
        m_invite = seeded[u"invite"_s];
        m_groupId = seeded[u"group-id"_s];
        m_patientId = seeded[u"patient-id"_s];
        ASSERT_FALSE(m_invite.isEmpty());
        m_keys = KeyStore::createDefault();
        // Without a key store there is nothing to test here: say so plainly.
        auto probeKey = m_keys->loadOrCreate(u"circle-test-probe"_s, 32);
        ASSERT_TRUE(probeKey.ok())
            << "no key store (run under tests/with-keyring.sh): " << probeKey.error.toStdString();
    }

    QString anotherInvite()
    {
        auto made
            = m_server.admin({ u"invite"_s, u"--group"_s, m_groupId, u"--patient"_s, m_patientId });
        EXPECT_EQ(made[u"exit"_s], u"0"_s);
        return made[u"invite"_s];
    }

    /** The invite with its one-time code swapped for one the server never issued. */
    QString inviteWithWrongCode() const
    {
        QString invite = m_invite;
        invite.replace(QRegularExpression(u"code=[^&]*"_s), u"code=ZZZZ-ZZZZ-ZZZZ"_s);
        EXPECT_NE(invite, m_invite);
        return invite;
    }

    QTemporaryDir m_serverDir;
    ServerProcess m_server;
    QString m_invite;
    QString m_groupId;
    QString m_patientId;
    std::unique_ptr<KeyStore> m_keys;
    ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() };
};

TEST_F(ClinicSyncTest, JoiningShowsTheRecoveryCodeOnceAndKeepsTheSecretsInTheKeyStore)
{
    PhoneUi phone(*m_keys, m_clock);
    phone.expectNothingStored();
    EXPECT_EQ(phone.enrollment->stage(), ClinicEnrollment::Stage::Entering);
    QSignalSpy changed(phone.sync.get(), &ClinicSync::changed);

    ASSERT_EQ(phone.join(m_invite), ClinicEnrollment::Stage::ShowingCode)
        << phone.enrollment->errorMessage().toStdString();
    EXPECT_EQ(phone.enrollment->errorMessage(), QString());

    // The code stands for exactly the sync key now in the key store.
    const QString code = phone.enrollment->recoveryCode();
    ASSERT_EQ(code.size(), RecoveryCode::Length + RecoveryCode::GroupCount - 1);
    const auto syncKey = phone.secret(SyncAccount::SyncKeyPurpose);
    ASSERT_TRUE(syncKey.ok()) << syncKey.error.toStdString();
    EXPECT_EQ(RecoveryCode::toKey(code).value(), syncKey.key);
    const auto token = phone.secret(SyncAccount::DeviceTokenPurpose);
    ASSERT_TRUE(token.ok());
    EXPECT_GE(token.key.size(), 32);

    // The store knows where it syncs, never the secrets.
    auto account = SyncAccount::load(*phone.store);
    ASSERT_TRUE(account.ok() && account.value().has_value());
    EXPECT_EQ(account.value()->serverUrl.host(), u"127.0.0.1"_s);
    EXPECT_EQ(account.value()->patientId, m_patientId);
    EXPECT_TRUE(phone.sync->enrolled());
    EXPECT_EQ(phone.sync->serverAddress(), u"127.0.0.1"_s);
    EXPECT_FALSE(changed.isEmpty());

    // Shown once: after "I have written it down" it is gone for good.
    phone.enrollment->confirmCodeWrittenDown();
    EXPECT_EQ(phone.enrollment->stage(), ClinicEnrollment::Stage::Joined);
    EXPECT_EQ(phone.enrollment->recoveryCode(), QString());

    // Joining started syncing: the clinic's group arrives without a restart.
    ASSERT_TRUE(waitUntil([&] { return phone.sync->lastSuccess().isValid(); }))
        << phone.sync->problem().toStdString();
    EXPECT_EQ(Repository<v1::Group>(*phone.store).count().value(), 1);
    EXPECT_EQ(phone.sync->state(), ClinicSync::State::UpToDate);
    EXPECT_EQ(phone.sync->lastSuccessText(), u"Synced just now"_s);
    EXPECT_EQ(phone.sync->indicatorText(), u"Synced just now"_s);
    EXPECT_EQ(phone.sync->problem(), QString());

    // A second join on an enrolled phone is refused and changes nothing.
    EXPECT_FALSE(phone.enrollment->join(anotherInvite()));
    EXPECT_FALSE(phone.enrollment->errorMessage().isEmpty());
    EXPECT_EQ(phone.secret(SyncAccount::SyncKeyPurpose).key, syncKey.key);
}

TEST_F(ClinicSyncTest, AnUnconfirmedRecoveryCodeIsShownAgainAfterARestart)
{
    PhoneUi phone(*m_keys, m_clock);
    ASSERT_EQ(phone.join(m_invite), ClinicEnrollment::Stage::ShowingCode)
        << phone.enrollment->errorMessage().toStdString();
    const QString code = phone.enrollment->recoveryCode();
    ASSERT_FALSE(code.isEmpty());

    // The app is closed with the code on screen, then opened again.
    phone.enrollment
        = std::make_unique<ClinicEnrollment>(*phone.store, *m_keys, phone.dir.path(), *phone.sync);
    EXPECT_EQ(phone.enrollment->stage(), ClinicEnrollment::Stage::ShowingCode);
    EXPECT_EQ(phone.enrollment->recoveryCode(), code);
    // Only a flag is kept in the store; the code itself nowhere.
    EXPECT_EQ(phone.store->setting("sync_recovery_code_unconfirmed").value(), u"1"_s);

    phone.enrollment->confirmCodeWrittenDown();
    phone.enrollment
        = std::make_unique<ClinicEnrollment>(*phone.store, *m_keys, phone.dir.path(), *phone.sync);
    EXPECT_EQ(phone.enrollment->stage(), ClinicEnrollment::Stage::Joined);
    EXPECT_EQ(phone.enrollment->recoveryCode(), QString());
}

TEST_F(ClinicSyncTest, AWrongInviteOrRecoveryCodeSaysWhyAndStoresNothing)
{
    PhoneUi phone(*m_keys, m_clock);

    EXPECT_FALSE(phone.enrollment->join(u"   "_s));
    EXPECT_TRUE(phone.enrollment->errorMessage().contains(u"circle-invite:"_s))
        << phone.enrollment->errorMessage().toStdString();
    phone.expectNothingStored();

    EXPECT_FALSE(phone.enrollment->join(u"hello from the clinic"_s));
    EXPECT_TRUE(phone.enrollment->errorMessage().contains(u"circle-invite:"_s));
    phone.expectNothingStored();

    // Well formed, but the server never issued this code.
    EXPECT_EQ(phone.join(inviteWithWrongCode()), ClinicEnrollment::Stage::Entering);
    EXPECT_TRUE(phone.enrollment->errorMessage().contains(u"new one"_s))
        << phone.enrollment->errorMessage().toStdString();
    EXPECT_FALSE(phone.enrollment->errorMessage().contains(u"HTTP"_s))
        << phone.enrollment->errorMessage().toStdString();
    EXPECT_EQ(phone.enrollment->recoveryCode(), QString());
    phone.expectNothingStored();

    // A recovery code with a typo is caught before anything is sent, naming the group.
    const QString goodCode = RecoveryCode::fromKey(QByteArray(32, 'r')).value();
    QString typo = goodCode;
    typo[5] = typo[5] == u'7' ? u'8' : u'7';
    EXPECT_FALSE(phone.enrollment->join(m_invite, typo));
    EXPECT_TRUE(phone.enrollment->errorMessage().contains(u"group 2"_s))
        << phone.enrollment->errorMessage().toStdString();
    phone.expectNothingStored();

    // None of that used the invite up: it still works.
    EXPECT_EQ(phone.join(m_invite), ClinicEnrollment::Stage::ShowingCode)
        << phone.enrollment->errorMessage().toStdString();
    EXPECT_EQ(phone.enrollment->errorMessage(), QString());
}

TEST_F(ClinicSyncTest, ANewPhoneJoinsWithTheRecoveryCodeAndReadsTheSealedEntries)
{
    PhoneUi first(*m_keys, m_clock);
    ASSERT_EQ(first.join(m_invite), ClinicEnrollment::Stage::ShowingCode);
    const QString code = first.enrollment->recoveryCode();
    first.enrollment->confirmCodeWrittenDown();
    v1::JournalEntry entry;
    entry.set_text("Only I can read this");
    entry.set_written_ms(m_clock.nowMs());
    ASSERT_TRUE(Repository<v1::JournalEntry>(*first.store).create(entry).ok());
    ASSERT_TRUE(first.syncAndWait()) << first.sync->problem().toStdString();
    EXPECT_EQ(first.sync->pendingCount(), 0);

    PhoneUi second(*m_keys, m_clock);
    // Written as a person might copy it: lower case, spaces instead of dashes.
    QString typed = code.toLower();
    typed.replace(u'-', u' ');
    ASSERT_EQ(second.join(anotherInvite(), typed), ClinicEnrollment::Stage::Joined)
        << second.enrollment->errorMessage().toStdString();
    EXPECT_EQ(second.enrollment->recoveryCode(), QString()) << "a restored key shows no new code";
    EXPECT_EQ(second.secret(SyncAccount::SyncKeyPurpose).key,
        first.secret(SyncAccount::SyncKeyPurpose).key);
    ASSERT_TRUE(waitUntil([&] { return second.sync->lastSuccess().isValid(); }))
        << second.sync->problem().toStdString();
    auto entries = Repository<v1::JournalEntry>(*second.store).list();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries.value().items.size(), 1u);
    EXPECT_EQ(entries.value().items[0].text(), "Only I can read this");
}

TEST_F(ClinicSyncTest, SyncNowSetsTheLastSuccessAndAProblemIsToldInPlainWords)
{
    PhoneUi phone(*m_keys, m_clock);
    ASSERT_EQ(phone.join(m_invite), ClinicEnrollment::Stage::ShowingCode);
    phone.enrollment->confirmCodeWrittenDown();
    ASSERT_TRUE(waitUntil([&] { return phone.sync->lastSuccess().isValid(); }));
    const QDateTime first = phone.sync->lastSuccess();

    m_clock.advance(5 * 60'000);
    phone.sync->refresh();
    EXPECT_EQ(phone.sync->lastSuccessText(), u"Synced 5 min ago"_s);

    // A change waits until the next sync; Sync now sends it.
    v1::MoodCheckIn mood;
    mood.set_score(6);
    mood.set_at_ms(m_clock.nowMs());
    ASSERT_TRUE(Repository<v1::MoodCheckIn>(*phone.store).create(mood).ok());
    phone.sync->refresh();
    EXPECT_EQ(phone.sync->pendingCount(), 1);
    EXPECT_EQ(phone.sync->state(), ClinicSync::State::Waiting);
    EXPECT_EQ(phone.sync->indicatorText(), u"Waiting to sync: 1"_s);
    ASSERT_TRUE(phone.syncAndWait()) << phone.sync->problem().toStdString();
    EXPECT_EQ(phone.sync->pendingCount(), 0);
    EXPECT_GT(phone.sync->lastSuccess(), first);
    EXPECT_EQ(phone.sync->lastSuccessText(), u"Synced just now"_s);

    // The last success outlives a restart of the app.
    {
        ClinicSync again(*phone.store, *m_keys, phone.dir.path(), m_clock);
        EXPECT_EQ(again.lastSuccess(), phone.sync->lastSuccess());
        EXPECT_TRUE(again.enrolled());
    }

    // The server goes away: the phone is offline, which is no alarm, and the
    // message is the app's own words, not Qt's.
    m_server.stop();
    EXPECT_FALSE(phone.syncAndWait());
    EXPECT_EQ(phone.sync->engine()->lastProblem(), SyncEngine::Problem::Offline);
    EXPECT_EQ(phone.sync->problem(), ClinicSync::problemText(SyncEngine::Problem::Offline));
    EXPECT_EQ(phone.sync->state(), ClinicSync::State::Waiting);
    EXPECT_FALSE(phone.sync->problem().contains(u"refused"_s));

    // Back again: the next sync clears the problem.
    ASSERT_TRUE(m_server.restart()) << m_server.error().toStdString();
    ASSERT_TRUE(phone.syncAndWait()) << phone.sync->problem().toStdString();
    EXPECT_EQ(phone.sync->problem(), QString());
    EXPECT_EQ(phone.sync->state(), ClinicSync::State::UpToDate);
}

TEST_F(ClinicSyncTest, ARefusedChangeIsListedWithTheServersReasonAndCanBeDismissed)
{
    PhoneUi phone(*m_keys, m_clock);
    ASSERT_EQ(phone.join(m_invite), ClinicEnrollment::Stage::ShowingCode);
    phone.enrollment->confirmCodeWrittenDown();
    ASSERT_TRUE(waitUntil([&] { return phone.sync->lastSuccess().isValid(); }));
    NotSyncedModel *list = phone.sync->notSynced();
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(list->rowCount(), 0);

    // A change the server must refuse: a clinic-authored record pushed from a
    // phone (as a damaged or outdated build might queue it).
    v1::Group forged;
    forged.set_name("Made up on the phone");
    forged.mutable_meta()->set_id("0190a0b0-0000-7000-8000-000000000001");
    forged.mutable_meta()->set_hlc(phone.store->hlc().now().toString().toStdString());
    OutboxEntry e;
    e.mutationId = u"0190a0b0-0000-7000-8000-0000000000aa"_s;
    e.recordType = u"group"_s;
    e.recordId = qs(forged.meta().id());
    e.hlc = qs(forged.meta().hlc());
    e.createdMs = m_clock.nowMs();
    e.payload = QByteArray::fromStdString(forged.SerializeAsString());
    ASSERT_TRUE(Outbox(*phone.store).append(e).ok());
    v1::JournalEntry fine;
    fine.set_text("this one goes through");
    fine.set_written_ms(m_clock.nowMs());
    ASSERT_TRUE(Repository<v1::JournalEntry>(*phone.store).create(fine).ok());

    QSignalSpy countChanged(list, &NotSyncedModel::countChanged);
    ASSERT_TRUE(phone.syncAndWait()) << phone.sync->problem().toStdString();
    EXPECT_EQ(phone.sync->pendingCount(), 0) << "the refusal held nothing else up";
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_FALSE(countChanged.isEmpty());
    const QModelIndex row = list->index(0);
    EXPECT_EQ(row.data(NotSyncedModel::MutationIdRole).toString(), e.mutationId);
    EXPECT_EQ(row.data(NotSyncedModel::KindRole).toString(), u"Group"_s);
    EXPECT_EQ(row.data(NotSyncedModel::RecordTypeRole).toString(), u"group"_s);
    const auto refused = Outbox(*phone.store).rejected().value();
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_FALSE(refused[0].reason.isEmpty());
    EXPECT_EQ(row.data(NotSyncedModel::ReasonRole).toString(), refused[0].reason);
    EXPECT_FALSE(row.data(NotSyncedModel::WhenRole).toString().isEmpty());
    EXPECT_EQ(phone.sync->rejectedCount(), 1);
    EXPECT_EQ(phone.sync->state(), ClinicSync::State::Attention);
    EXPECT_EQ(phone.sync->indicatorText(), u"Not synced: 1"_s);

    // Dismissed once read: gone from the list and from the store.
    EXPECT_FALSE(list->dismiss(1));
    EXPECT_TRUE(list->dismiss(0));
    EXPECT_EQ(list->rowCount(), 0);
    EXPECT_TRUE(Outbox(*phone.store).rejected().value().empty());
    EXPECT_EQ(phone.sync->rejectedCount(), 0);
    EXPECT_EQ(phone.sync->state(), ClinicSync::State::UpToDate);
    list->refresh();
    EXPECT_EQ(list->rowCount(), 0);
}

TEST(ClinicSyncWords, EveryKindOfTroubleHasItsOwnPlainMessage)
{
    using P = SyncEngine::Problem;
    const auto problem = [](int status, bool untrusted = false) {
        HttpTransport::Reply r;
        r.httpStatus = status;
        r.error = u"x"_s;
        r.untrusted = untrusted;
        return SyncEngine::problemOf(r);
    };
    EXPECT_EQ(problem(0), P::Offline);
    EXPECT_EQ(problem(0, true), P::Untrusted);
    EXPECT_EQ(problem(401), P::NotAuthorized);
    EXPECT_EQ(problem(403), P::NotAuthorized);
    EXPECT_EQ(problem(429), P::ServerTrouble);
    EXPECT_EQ(problem(503), P::ServerTrouble);
    EXPECT_EQ(problem(400), P::Refused);
    EXPECT_EQ(SyncEngine::problemOf(HttpTransport::Reply { 200, {}, {} }), P::None);

    EXPECT_EQ(ClinicSync::problemText(P::None), QString());
    QSet<QString> seen;
    for (P p : { P::Offline, P::Untrusted, P::NotAuthorized, P::ServerTrouble, P::Refused,
             P::NewerProtocol, P::Local }) {
        const QString text = ClinicSync::problemText(p);
        EXPECT_FALSE(text.isEmpty());
        EXPECT_FALSE(text.contains(u"HTTP"_s));
        seen.insert(text);
    }
    EXPECT_EQ(seen.size(), 7);
    EXPECT_EQ(NotSyncedModel::kindName(u"journal_entry"_s), u"Journal entry"_s);
    EXPECT_EQ(NotSyncedModel::kindName(u"something_new"_s), u"Other change (something_new)"_s);
}

} // namespace
