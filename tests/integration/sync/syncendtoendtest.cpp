#include "phone.h"

#include "corefixture.h"
#include "samples.h"
#include "serverprocess.h"

#include "invite.h"
#include "outbox.h"
#include "recoverycode.h"
#include "sealer.h"
#include "textsearch.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace circle;
using namespace circle::test;
using namespace circle::servertest;
using namespace Qt::StringLiterals;

namespace {

/** The real circle-server on loopback with a demo clinic, and a patient's sync key. */
class EndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid());
        // A fixed port, so a server restarted after a crash is where phones expect it.
        ASSERT_TRUE(m_server.start(
            m_serverDir.path(), dbSpec(), { u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort()) }))
            << m_server.error().toStdString();
        auto seeded = m_server.admin({ u"seed-demo"_s });
        ASSERT_EQ(seeded[u"exit"_s], u"0"_s);
        m_groupId = seeded[u"group-id"_s];
        m_patientId = seeded[u"patient-id"_s];
        m_firstInvite = seeded[u"invite"_s];
        m_therapistToken = seeded[u"therapist-token"_s];
        ASSERT_FALSE(m_firstInvite.isEmpty());
        m_syncKey = Sealer::generateKey().value();
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QString dbSpec() const
    {
        const QByteArray pg = qgetenv("CIRCLE_TEST_PG_URL");
        return pg.isEmpty() ? m_serverDir.filePath(u"clinic.sqlite"_s) : QString::fromUtf8(pg);
    }

    /** Another invite for the same patient: a second phone, or a new one. */
    QString inviteForSamePatient()
    {
        auto made
            = m_server.admin({ u"invite"_s, u"--group"_s, m_groupId, u"--patient"_s, m_patientId });
        EXPECT_EQ(made[u"exit"_s], u"0"_s);
        return made[u"invite"_s];
    }

    std::unique_ptr<Phone> enrolledPhone(const QString &invite)
    {
        auto phone = std::make_unique<Phone>(m_clock);
        EXPECT_TRUE(phone->enroll(invite, m_syncKey)) << phone->error().toStdString();
        return phone;
    }

    template<typename T> static std::map<std::string, std::string> snapshot(Store &store)
    {
        std::map<std::string, std::string> out;
        PageRequest all;
        all.limit = 10000;
        all.includeDeleted = true;
        const auto page = Repository<T>(store).list(all);
        for (const auto &r : page.value().items)
            out[r.meta().id()] = r.SerializeAsString();
        return out;
    }

    QTemporaryDir m_serverDir;
    ServerProcess m_server;
    ManualClock m_clock { TestNowMs };
    QString m_groupId, m_patientId, m_firstInvite, m_therapistToken;

    /** What the group's therapist sees: record type and id of each shared item. */
    std::vector<std::pair<std::string, std::string>> therapistView()
    {
        auto invite = Invite::parse(m_firstInvite).value();
        HttpTransport::Config config;
        config.serverUrl = invite.serverUrl;
        config.pinSha256 = invite.pinSha256;
        HttpTransport therapist(config);
        therapist.setToken(m_therapistToken.toUtf8());
        v1::SharedItemsRequest request;
        request.set_protocol_version(1);
        request.set_group_id(utf8(m_groupId));
        QEventLoop loop;
        HttpTransport::Reply reply;
        therapist.post(u"/v1/therapist/shared"_s,
            QByteArray::fromStdString(request.SerializeAsString()),
            [&](const HttpTransport::Reply &r) {
                reply = r;
                loop.quit();
            });
        loop.exec();
        EXPECT_TRUE(reply.ok()) << reply.error.toStdString();
        v1::SharedItemsResponse answer;
        EXPECT_TRUE(answer.ParseFromArray(reply.body.constData(), int(reply.body.size())));
        std::vector<std::pair<std::string, std::string>> items;
        for (const auto &item : answer.items())
            items.emplace_back(item.record_type(), item.record_id());
        return items;
    }
    QByteArray m_syncKey;
};

} // namespace

TEST_F(EndToEnd, APhoneGetsItsClinicScheduleAndHomework)
{
    auto phone = enrolledPhone(m_firstInvite);
    QSignalSpy arrived(&phone->engine(), &SyncEngine::recordsArrived);
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    EXPECT_EQ(arrived.size(), 1) << "one signal for the whole sync, for reminders to re-plan";
    EXPECT_EQ(Repository<v1::Group>(phone->store()).count().value(), 1);
    EXPECT_GE(Repository<v1::GroupSession>(phone->store()).count().value(), 1);
    EXPECT_GE(Repository<v1::HomeworkAssignment>(phone->store()).count().value(), 1);
    EXPECT_FALSE(phone->engine().lastSuccess().isNull());
    // A second sync with nothing new changes nothing and succeeds.
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    EXPECT_EQ(arrived.size(), 1) << "nothing arrived, nothing to re-plan";
}

TEST_F(EndToEnd, TwoPhonesOfOnePatientConvergeAfterOfflineEdits)
{
    auto a = enrolledPhone(m_firstInvite);
    auto b = enrolledPhone(inviteForSamePatient());
    ASSERT_TRUE(a->sync());
    ASSERT_TRUE(b->sync());

    // Shared starting point: a goal and an entry, synced to both.
    auto goal = Repository<v1::Goal>(a->store()).create(test::goal(u"Meetings"_s)).value();
    auto entry = Repository<v1::JournalEntry>(a->store())
                     .create(journal(u"first draft"_s, TestNowMs))
                     .value();
    ASSERT_TRUE(a->sync());
    ASSERT_TRUE(b->sync());
    ASSERT_TRUE(Repository<v1::Goal>(b->store()).get(qs(goal.meta().id())).ok());

    // Offline on both: different goal fields, the same entry, new records each.
    m_clock.advance(1000);
    auto ga = Repository<v1::Goal>(a->store()).get(qs(goal.meta().id())).value();
    ga.set_title("Three meetings a week");
    ASSERT_TRUE(Repository<v1::Goal>(a->store()).update(ga).ok());
    auto ea = Repository<v1::JournalEntry>(a->store()).get(qs(entry.meta().id())).value();
    ea.set_text("edited on phone A");
    ASSERT_TRUE(Repository<v1::JournalEntry>(a->store()).update(ea).ok());
    ASSERT_TRUE(
        Repository<v1::MoodCheckIn>(a->store()).create(mood(u"from A"_s, 6, TestNowMs)).ok());

    m_clock.advance(1000);
    auto gb = Repository<v1::Goal>(b->store()).get(qs(goal.meta().id())).value();
    gb.set_status(v1::GOAL_STATUS_ACHIEVED);
    ASSERT_TRUE(Repository<v1::Goal>(b->store()).update(gb).ok());
    auto eb = Repository<v1::JournalEntry>(b->store()).get(qs(entry.meta().id())).value();
    eb.set_text("edited on phone B");
    ASSERT_TRUE(Repository<v1::JournalEntry>(b->store()).update(eb).ok());
    ASSERT_TRUE(Repository<v1::GoalCheckIn>(b->store())
                    .create(goalCheckIn(qs(goal.meta().id()), u"from B"_s, 2, TestNowMs))
                    .ok());

    // Back online, in any order, until both have nothing left to send.
    for (int round = 0; round < 3; ++round) {
        ASSERT_TRUE(a->sync()) << a->error().toStdString();
        ASSERT_TRUE(b->sync()) << b->error().toStdString();
    }
    EXPECT_EQ(Outbox(a->store()).pendingCount().value(), 0);
    EXPECT_EQ(Outbox(b->store()).pendingCount().value(), 0);

    // Both edits to the goal survive, on both phones.
    for (Phone *p : { a.get(), b.get() }) {
        auto g = Repository<v1::Goal>(p->store()).get(qs(goal.meta().id())).value();
        EXPECT_EQ(g.title(), "Three meetings a week");
        EXPECT_EQ(g.status(), v1::GOAL_STATUS_ACHIEVED);
    }
    // Both texts survive: one as the entry, one as a conflict copy.
    QStringList texts;
    const auto entries = Repository<v1::JournalEntry>(a->store()).list();
    for (const auto &e : entries.value().items)
        texts << qs(e.text());
    EXPECT_TRUE(texts.contains(u"edited on phone A"_s)) << texts.join(u" | "_s).toStdString();
    EXPECT_TRUE(texts.contains(u"edited on phone B"_s)) << texts.join(u" | "_s).toStdString();

    // And the two stores hold exactly the same records.
    EXPECT_EQ(snapshot<v1::JournalEntry>(a->store()), snapshot<v1::JournalEntry>(b->store()));
    EXPECT_EQ(snapshot<v1::Goal>(a->store()), snapshot<v1::Goal>(b->store()));
    EXPECT_EQ(snapshot<v1::GoalCheckIn>(a->store()), snapshot<v1::GoalCheckIn>(b->store()));
    EXPECT_EQ(snapshot<v1::MoodCheckIn>(a->store()), snapshot<v1::MoodCheckIn>(b->store()));
}

TEST_F(EndToEnd, ANewPhoneWithTheRecoveryCodeGetsEverythingBack)
{
    auto old = enrolledPhone(m_firstInvite);
    ASSERT_TRUE(
        Repository<v1::JournalEntry>(old->store()).create(journal(u"kept safe"_s, TestNowMs)).ok());
    ASSERT_TRUE(Repository<v1::GratitudeEntry>(old->store())
                    .create(gratitude(u"the bus was on time"_s, TestNowMs))
                    .ok());
    ASSERT_TRUE(
        Repository<v1::SafetyPlan>(old->store()).create(safetyPlan(u"not sleeping"_s)).ok());
    ASSERT_TRUE(Repository<v1::MoodCheckIn>(old->store()).create(mood(u"ok"_s, 5, TestNowMs)).ok());
    ASSERT_TRUE(old->sync()) << old->error().toStdString();

    // The patient wrote the code down; the new phone has only that.
    const QString code = RecoveryCode::fromKey(m_syncKey).value();
    const QByteArray restoredKey = RecoveryCode::toKey(code.toLower()).value();
    auto fresh = std::make_unique<Phone>(m_clock);
    ASSERT_TRUE(fresh->enroll(inviteForSamePatient(), restoredKey)) << fresh->error().toStdString();
    ASSERT_TRUE(fresh->sync()) << fresh->error().toStdString();

    EXPECT_EQ(snapshot<v1::JournalEntry>(fresh->store()), snapshot<v1::JournalEntry>(old->store()));
    EXPECT_EQ(
        snapshot<v1::GratitudeEntry>(fresh->store()), snapshot<v1::GratitudeEntry>(old->store()));
    EXPECT_EQ(snapshot<v1::SafetyPlan>(fresh->store()), snapshot<v1::SafetyPlan>(old->store()));
    EXPECT_EQ(snapshot<v1::MoodCheckIn>(fresh->store()), snapshot<v1::MoodCheckIn>(old->store()));
    EXPECT_EQ(TextSearch(fresh->store()).search(u"kept"_s).value().size(), 1u);
}

TEST_F(EndToEnd, AnEntrySealedByAProtocolOnePhoneStillOpens)
{
    // An entry a phone pushed before it spoke protocol 2: the whole record sealed with only
    // its type and id bound, and every id and the stamp as text.
    auto old = std::make_unique<Phone>(m_clock);
    ASSERT_TRUE(Repository<v1::JournalEntry>(old->store())
                    .create(journal(u"from before the update"_s, TestNowMs))
                    .ok());
    const OutboxEntry queued = Outbox(old->store()).peek(1).value().front();
    const Sealer sealer = Sealer::fromKey(m_syncKey).value();
    v1::PushRequest push;
    push.set_protocol_version(1);
    v1::Mutation *m = push.add_mutations();
    m->set_mutation_id(utf8(queued.mutationId));
    m->set_record_type("journal_entry");
    m->set_record_id(utf8(queued.recordId));
    m->set_hlc(utf8(queued.hlc));
    m->set_sealed(
        sealer
            .seal(queued.payload, Sealer::associatedData("journal_entry", queued.recordId.toUtf8()))
            .toStdString());

    auto invite = Invite::parse(inviteForSamePatient()).value();
    HttpTransport::Config config;
    config.serverUrl = invite.serverUrl;
    config.pinSha256 = invite.pinSha256;
    HttpTransport transport(config);
    const auto call = [&](const QString &path, const google::protobuf::MessageLite &request) {
        QEventLoop loop;
        HttpTransport::Reply reply;
        transport.post(path, QByteArray::fromStdString(request.SerializeAsString()),
            [&](const HttpTransport::Reply &r) {
                reply = r;
                loop.quit();
            });
        loop.exec();
        return reply;
    };
    v1::EnrollRequest enroll;
    enroll.set_protocol_version(1);
    enroll.set_invite_code(utf8(invite.code));
    v1::EnrollResponse enrolled;
    const auto enrollReply = call(u"/v1/enroll"_s, enroll);
    ASSERT_TRUE(enrollReply.ok()) << enrollReply.error.toStdString();
    ASSERT_TRUE(
        enrolled.ParseFromArray(enrollReply.body.constData(), int(enrollReply.body.size())));
    transport.setToken(QByteArray::fromStdString(enrolled.device_token()));
    const auto pushReply = call(u"/v1/push"_s, push);
    ASSERT_TRUE(pushReply.ok()) << pushReply.error.toStdString();
    v1::PushResponse pushed;
    ASSERT_TRUE(pushed.ParseFromArray(pushReply.body.constData(), int(pushReply.body.size())));
    EXPECT_EQ(pushed.protocol_version(), 1) << "answered in the version it was asked in";
    ASSERT_EQ(pushed.results(0).status(), v1::PushResult::STATUS_APPLIED);

    // An updated phone of the same patient opens it and has exactly what was written.
    auto updated = enrolledPhone(inviteForSamePatient());
    ASSERT_TRUE(updated->sync()) << updated->error().toStdString();
    EXPECT_EQ(
        snapshot<v1::JournalEntry>(updated->store()), snapshot<v1::JournalEntry>(old->store()));
}

TEST_F(EndToEnd, JournalTextNeverReachesTheServersFilesOrLogs)
{
    auto phone = enrolledPhone(m_firstInvite);
    const QString canary = u"serverCanary7f3a"_s;
    ASSERT_TRUE(
        Repository<v1::JournalEntry>(phone->store()).create(journal(canary, TestNowMs)).ok());
    ASSERT_TRUE(Repository<v1::GratitudeEntry>(phone->store())
                    .create(gratitude(canary + u"g"_s, TestNowMs))
                    .ok());
    ASSERT_TRUE(
        Repository<v1::SafetyPlan>(phone->store()).create(safetyPlan(canary + u"s"_s)).ok());
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    m_server.stop();

    const QByteArray needle = canary.toUtf8();
    QByteArray everything = m_server.output();
    QDirIterator it(m_serverDir.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        everything += readFile(it.next());
        ++files;
    }
    EXPECT_GE(files, 1);
    EXPECT_FALSE(everything.contains(needle));
    EXPECT_FALSE(everything.contains(needle.toHex()));
    EXPECT_FALSE(everything.contains(needle.toBase64()));
}

TEST_F(EndToEnd, AServerKilledMidSyncLosesAndDuplicatesNothing)
{
    // Small batches and pages, and the server killed as soon as the first one
    // has landed: always mid-sync, however fast or slow the machine is.
    auto a = enrolledPhone(m_firstInvite);
    auto b = enrolledPhone(inviteForSamePatient());
    for (Phone *phone : { a.get(), b.get() }) {
        phone->setBatchSize(50);
        phone->restart();
    }
    const auto killWhen = [this](QTimer &watch, const std::function<bool()> &landed) {
        watch.setInterval(1);
        QObject::connect(&watch, &QTimer::timeout, [this, &watch, landed] {
            if (landed()) {
                watch.stop();
                m_server.kill();
            }
        });
        watch.start();
    };
    {
        sql::Transaction tx(a->store().connection());
        for (int i = 0; i < 1500; ++i)
            ASSERT_TRUE(Repository<v1::JournalEntry>(a->store())
                            .create(journal(u"entry %1"_s.arg(i), TestNowMs + i))
                            .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    // Kill the server while A pushes (30 batches), then while B pulls (30 pages).
    QTimer pushWatch;
    killWhen(pushWatch, [&a] { return Outbox(a->store()).pendingCount().value() < 1500; });
    a->startSync();
    EXPECT_FALSE(a->waitForSync());
    ASSERT_FALSE(pushWatch.isActive()) << "the server was never killed";
    EXPECT_GT(Outbox(a->store()).pendingCount().value(), 0) << "killed before the push ended";
    ASSERT_TRUE(m_server.restart()) << m_server.error().toStdString();
    ASSERT_TRUE(a->sync()) << a->error().toStdString();
    EXPECT_EQ(Outbox(a->store()).pendingCount().value(), 0);

    QTimer pullWatch;
    killWhen(
        pullWatch, [&b] { return Repository<v1::JournalEntry>(b->store()).count().value() > 0; });
    b->startSync();
    EXPECT_FALSE(b->waitForSync());
    ASSERT_FALSE(pullWatch.isActive()) << "the server was never killed";
    EXPECT_LT(Repository<v1::JournalEntry>(b->store()).count().value(), 1500)
        << "killed before the pull ended";
    ASSERT_TRUE(m_server.restart()) << m_server.error().toStdString();
    ASSERT_TRUE(b->sync()) << b->error().toStdString();

    EXPECT_EQ(Repository<v1::JournalEntry>(b->store()).count().value(), 1500);
    EXPECT_EQ(snapshot<v1::JournalEntry>(a->store()), snapshot<v1::JournalEntry>(b->store()));
    EXPECT_TRUE(b->store().integrityCheck().ok());
}

TEST_F(EndToEnd, ARefusedChangeIsListedAndDoesNotBlockTheRest)
{
    auto phone = enrolledPhone(m_firstInvite);
    ASSERT_TRUE(phone->sync());
    // A change the server must refuse: a clinic-authored record pushed from a
    // phone (as a damaged or outdated build might queue it).
    v1::Group forged = group(u"Made up on the phone"_s);
    forged.mutable_meta()->set_id("0190a0b0-0000-7000-8000-000000000001");
    forged.mutable_meta()->set_hlc(utf8(phone->store().hlc().now().toString()));
    OutboxEntry e;
    e.mutationId = u"0190a0b0-0000-7000-8000-0000000000aa"_s;
    e.recordType = u"group"_s;
    e.recordId = qs(forged.meta().id());
    e.hlc = qs(forged.meta().hlc());
    e.createdMs = TestNowMs;
    e.payload = QByteArray::fromStdString(forged.SerializeAsString());
    ASSERT_TRUE(Outbox(phone->store()).append(e).ok());
    ASSERT_TRUE(
        Repository<v1::JournalEntry>(phone->store()).create(journal(u"fine"_s, TestNowMs)).ok());

    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    EXPECT_EQ(Outbox(phone->store()).pendingCount().value(), 0);
    EXPECT_EQ(phone->engine().rejectedCount(), 1);
    const auto refused = Outbox(phone->store()).rejected().value();
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].mutationId, e.mutationId);
    EXPECT_FALSE(refused[0].reason.isEmpty());
}

TEST_F(EndToEnd, TheTherapistSeesASharedGoalUntilItIsUnshared)
{
    auto phone = enrolledPhone(m_firstInvite);
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    auto g = Repository<v1::Goal>(phone->store())
                 .create(test::goal(u"Three meetings a week"_s))
                 .value();
    const std::string goalId = g.meta().id();
    auto checkIn = Repository<v1::GoalCheckIn>(phone->store())
                       .create(goalCheckIn(qs(goalId), u"went to two"_s, 2, TestNowMs))
                       .value();
    ASSERT_TRUE(
        Repository<v1::JournalEntry>(phone->store()).create(journal(u"private"_s, TestNowMs)).ok());
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    EXPECT_TRUE(therapistView().empty()) << "nothing is shared yet";

    g.set_shared_with_therapist(true);
    ASSERT_TRUE(Repository<v1::Goal>(phone->store()).update(g).ok());
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    EXPECT_EQ(phone->engine().rejectedCount(), 0);
    auto shared = therapistView();
    const auto has = [&](const char *type, const std::string &id) {
        return std::find(
                   shared.begin(), shared.end(), std::pair<std::string, std::string>(type, id))
            != shared.end();
    };
    EXPECT_TRUE(has("goal", goalId));
    EXPECT_TRUE(has("goal_check_in", checkIn.meta().id()));
    for (const auto &[type, id] : shared)
        EXPECT_NE(type, "journal_entry");

    auto unshared = Repository<v1::Goal>(phone->store()).get(qs(goalId)).value();
    unshared.set_shared_with_therapist(false);
    ASSERT_TRUE(Repository<v1::Goal>(phone->store()).update(unshared).ok());
    ASSERT_TRUE(phone->sync()) << phone->error().toStdString();
    shared = therapistView();
    EXPECT_FALSE(has("goal", goalId));
    EXPECT_FALSE(has("goal_check_in", checkIn.meta().id()));
}
