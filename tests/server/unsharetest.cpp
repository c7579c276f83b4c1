// What a patient stops sharing leaves the disk, not only the therapist's view: the clear
// text is gone from every file of the data directory (the WAL included) once the push that
// unshares or deletes it is answered, and a stopped server leaves no WAL behind.
#include "clinicfixture.h"
#include "rawclient.h"
#include "testbackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
using circle::v1::PushResult;

namespace {

QByteArray canary(const char *kind)
{
    return QByteArray(kind) + '-'
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

class UnshareTest : public ClinicTest
{
protected:
    void SetUp() override
    {
        ClinicTest::SetUp();
        const Therapist t = addTherapist(u"Ola Berg"_s);
        group = createGroup(t, u"Group"_s);
        phone = newPatient(group, u"Patient"_s);
    }

    QStringList filesWith(const QByteArray &needle) const
    {
        QStringList hits;
        for (const QString &path : TestBackend::storageFiles(dataDir())) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits.append(path);
        }
        return hits;
    }

    void expectApplied(const QList<circle::v1::Mutation> &mutations)
    {
        const auto r = push(phone, mutations);
        ASSERT_EQ(r.results_size(), mutations.size());
        for (const auto &result : r.results())
            ASSERT_EQ(result.status(), PushResult::STATUS_APPLIED) << result.reason();
    }

    static circle::v1::Mutation deletion(const QString &type, const QString &id, int at)
    {
        circle::v1::Mutation m;
        m.set_mutation_id(newId().toStdString());
        m.set_record_type(type.toStdString());
        m.set_record_id(id.toStdString());
        m.set_hlc(hlcAt(at).toStdString());
        m.set_deleted(true);
        return m;
    }

    QString group;
    Device phone;
};

TEST_F(UnshareTest, UnsharedAndDeletedTextIsGoneFromEveryFile)
{
    if (TestBackend::isPostgres())
        GTEST_SKIP() << "PostgreSQL keeps old row versions until VACUUM; the WAL rule is "
                        "SQLite's (docs/server.md)";
    const QByteArray goalText = canary("goal");
    const QByteArray noteText = canary("check-in");
    const QString goal = newId();
    const QString checkIn = newId();
    expectApplied({ clearGoal(goal, hlcAt(1), group, QString::fromLatin1(goalText)),
        clearCheckIn(checkIn, goal, hlcAt(1), group, QString::fromLatin1(noteText)) });
    // The search can see them while they are shared, so "not found" below means gone.
    ASSERT_FALSE(filesWith(goalText).isEmpty());
    ASSERT_FALSE(filesWith(noteText).isEmpty());

    // Unshare the goal (sealed from now on) and delete the check-in.
    expectApplied({ sealedMutation(u"goal"_s, goal, hlcAt(2), opaqueSealed("private now"_ba)),
        deletion(u"goal_check_in"_s, checkIn, 2) });
    EXPECT_EQ(filesWith(goalText), QStringList()) << "unshared goal text still on disk";
    EXPECT_EQ(filesWith(noteText), QStringList()) << "deleted check-in text still on disk";
}

TEST_F(UnshareTest, SigtermFinishesTheRequestInFlightAndLeavesNoWal)
{
    const QByteArray goalText = canary("goal");
    const QString goal = newId();
    expectApplied({ clearGoal(goal, hlcAt(1), group, QString::fromLatin1(goalText)) });
    expectApplied({ sealedMutation(u"goal"_s, goal, hlcAt(2), opaqueSealed("private"_ba)) });
    for (int i = 0; i < 5; ++i)
        expectApplied({ sealedMutation(
            u"journal_entry"_s, newId(), hlcAt(10 + i), opaqueSealed("entry"_ba)) });
    const bool sqlite = !TestBackend::isPostgres();
    const QString wal = dataDir() + u"/circle.db-wal"_s;
    if (sqlite) {
        ASSERT_TRUE(QFile::exists(wal)) << "a running server in WAL mode has its WAL";
    }

    // A request whose header is in but whose body is not: it is in flight when the
    // signal comes, and must still be answered.
    circle::v1::PullRequest pull;
    pull.set_protocol_version(1);
    const QByteArray body = QByteArray::fromStdString(pull.SerializeAsString());
    RawClient client(quint16(server().url().port()), server().certificate());
    ASSERT_TRUE(client.handshake());
    client.send("POST /v1/pull HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
                "Authorization: Bearer "
        + phone.token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n");
    QThread::msleep(300);
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(::kill(pid_t(server().pid()), SIGTERM), 0);
    QThread::msleep(200);
    client.send(body);
    const QList<RawResponse> answer = client.read(1, 5000);
    ASSERT_EQ(answer.size(), 1) << "the request in flight is answered";
    EXPECT_EQ(answer.first().status, 200);
    EXPECT_EQ(answer.first().header("connection"), "close");

    server().stop(); // waits for the exit (SIGTERM again is harmless)
    EXPECT_LT(timer.elapsed(), 6000) << "ms from SIGTERM to exit";
    EXPECT_EQ(server().exitDescription(), u"exited with 0"_s);
    if (sqlite) {
        EXPECT_FALSE(QFile::exists(wal)) << "the WAL is checkpointed and removed";
        EXPECT_EQ(filesWith(goalText), QStringList());
    }
    EXPECT_TRUE(server().output().contains("stopped")) << "a clean stop, logged";

    restartServer();
    int journal = 0;
    for (const circle::v1::Change &change : pullAll(secondDevice(phone)))
        journal += change.mutation().record_type() == "journal_entry" ? 1 : 0;
    EXPECT_EQ(journal, 5) << "what was committed is all there";
}

} // namespace
