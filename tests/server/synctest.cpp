// Push and pull between a patient's device and the real server.
#include "clinicfixture.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
using circle::v1::PushResult;

namespace {

class SyncTest : public ClinicTest
{
protected:
    void SetUp() override
    {
        ClinicTest::SetUp();
        therapist = addTherapist(u"Dana Whitfield"_s);
        group = createGroup(therapist, u"Thursday skills group"_s);
        phone = newPatient(group, u"Patient one"_s);
        ASSERT_FALSE(phone.token.isEmpty());
        reader = secondDevice(phone);
        ASSERT_FALSE(reader.token.isEmpty());
    }

    QList<circle::v1::Change> own(const QList<circle::v1::Change> &changes)
    {
        QList<circle::v1::Change> out;
        for (const auto &c : changes) {
            if (!c.clinic_authored())
                out.append(c);
        }
        return out;
    }

    Therapist therapist;
    QString group;
    Device phone;
    Device reader; ///< the same patient's other phone, which sees what `phone` pushes
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
};

TEST_F(SyncTest, PushedRecordsComeBackVerbatimInSequenceOrder)
{
    const QString journalId = newId();
    const QString goalId = newId();
    const QByteArray sealed = opaqueSealed("I walked past the bar and kept going."_ba);
    const auto journal = sealedMutation(u"journal_entry"_s, journalId, hlcAt(t0), sealed);
    const auto goal = clearGoal(goalId, hlcAt(t0 + 1), group, u"Three meetings a week"_s);
    const auto pushed = push(phone, { journal, goal });
    ASSERT_EQ(pushed.protocol_version(), 1);
    EXPECT_EQ(pushed.results(0).status(), PushResult::STATUS_APPLIED);
    EXPECT_EQ(pushed.results(1).status(), PushResult::STATUS_APPLIED);
    EXPECT_EQ(pushed.results(0).mutation_id(), journal.mutation_id());

    qint64 cursor = 0;
    const auto changes = own(pullAll(reader, 0, &cursor));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0].mutation().record_id(), journalId.toStdString());
    EXPECT_EQ(changes[0].mutation().sealed(), sealed.toStdString());
    EXPECT_EQ(changes[0].mutation().mutation_id(), journal.mutation_id());
    EXPECT_EQ(changes[1].mutation().clear(), goal.clear());
    EXPECT_EQ(changes[1].mutation().group_id(), group.toStdString());
    EXPECT_LT(changes[0].seq(), changes[1].seq());
    EXPECT_GE(cursor, changes[1].seq());
    EXPECT_TRUE(pullAll(reader, cursor).isEmpty()) << "nothing new after the cursor";
}

TEST_F(SyncTest, APushReplayedAHundredTimesIsAppliedOnce)
{
    QList<circle::v1::Mutation> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(
            sealedMutation(u"mood_check_in"_s, newId(), hlcAt(t0, i), opaqueSealed("mood"_ba)));
    const auto first = push(phone, batch);
    for (const auto &r : first.results())
        EXPECT_EQ(r.status(), PushResult::STATUS_APPLIED);
    qint64 cursor = 0;
    const auto before = own(pullAll(reader, 0, &cursor));
    ASSERT_EQ(before.size(), 5);

    for (int replay = 0; replay < 99; ++replay) {
        const auto again = push(phone, batch);
        for (const auto &r : again.results())
            ASSERT_EQ(r.status(), PushResult::STATUS_DUPLICATE) << "replay " << replay;
    }
    const auto after = own(pullAll(reader));
    ASSERT_EQ(after.size(), 5);
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].seq(), before[i].seq()) << "a duplicate must not make a new version";
    EXPECT_TRUE(pullAll(reader, cursor).isEmpty());
}

TEST_F(SyncTest, AnOlderVersionIsStaleAndTheNewerOneStays)
{
    const QString id = newId();
    const auto newer
        = sealedMutation(u"journal_entry"_s, id, hlcAt(t0 + 10), opaqueSealed("second edit"_ba));
    const auto older
        = sealedMutation(u"journal_entry"_s, id, hlcAt(t0 + 5), opaqueSealed("first edit"_ba));
    EXPECT_EQ(push(phone, { newer }).results(0).status(), PushResult::STATUS_APPLIED);
    const auto stale = push(phone, { older });
    EXPECT_EQ(stale.results(0).status(), PushResult::STATUS_STALE);
    const auto changes = own(pullAll(reader));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].mutation().sealed(), newer.sealed());
    EXPECT_EQ(changes[0].mutation().hlc(), newer.hlc());
}

TEST_F(SyncTest, ATombstoneReplacesTheRecord)
{
    const QString id = newId();
    push(phone,
        { sealedMutation(
            u"gratitude_entry"_s, id, hlcAt(t0), opaqueSealed("tea with my sister"_ba)) });
    circle::v1::Mutation tombstone;
    tombstone.set_mutation_id(newId().toStdString());
    tombstone.set_record_type("gratitude_entry");
    tombstone.set_record_id(id.toStdString());
    tombstone.set_hlc(hlcAt(t0 + 1).toStdString());
    tombstone.set_deleted(true);
    EXPECT_EQ(push(phone, { tombstone }).results(0).status(), PushResult::STATUS_APPLIED);
    const auto changes = own(pullAll(reader));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes[0].mutation().deleted());
    EXPECT_EQ(changes[0].mutation().body_case(), circle::v1::Mutation::BODY_NOT_SET);
}

TEST_F(SyncTest, RejectedMutationsNeverBlockTheOthers)
{
    auto clearJournal = sealedMutation(u"journal_entry"_s, newId(), hlcAt(t0), {});
    clearJournal.set_clear("written in the clear by a buggy phone");
    clearJournal.set_group_id(group.toStdString());
    auto clinicType = sealedMutation(u"group_session"_s, newId(), hlcAt(t0), opaqueSealed("x"_ba));
    auto unknownType = sealedMutation(u"diary"_s, newId(), hlcAt(t0), opaqueSealed("x"_ba));
    auto badHlc = sealedMutation(u"journal_entry"_s, newId(), u"yesterday"_s, opaqueSealed("x"_ba));
    auto foreignGroup = clearGoal(newId(), hlcAt(t0), newId(), u"Not my group"_s);
    auto noGroup = clearGoal(newId(), hlcAt(t0), {}, u"Shared with nobody"_s);
    auto wrongId = clearGoal(newId(), hlcAt(t0), group, u"Mismatched"_s);
    wrongId.set_record_id(newId().toStdString());
    auto notAGoal = clearGoal(newId(), hlcAt(t0), group, {});
    notAGoal.set_clear("\xff\xff\xff\xff");
    const auto good = sealedMutation(u"safety_plan"_s, newId(), hlcAt(t0), opaqueSealed("plan"_ba));

    const auto response = push(phone,
        { clearJournal, clinicType, unknownType, badHlc, foreignGroup, noGroup, wrongId, notAGoal,
            good });
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(response.results(i).status(), PushResult::STATUS_REJECTED) << "mutation " << i;
        EXPECT_FALSE(response.results(i).reason().empty()) << "mutation " << i;
    }
    EXPECT_EQ(response.results(8).status(), PushResult::STATUS_APPLIED);
    const auto changes = own(pullAll(reader));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].mutation().record_id(), good.record_id());
}

TEST_F(SyncTest, PullPagesByCursorAndCapsTheLimit)
{
    QList<circle::v1::Mutation> batch;
    for (int i = 0; i < 1100; ++i) {
        batch.append(sealedMutation(
            u"mood_check_in"_s, newId(), hlcAt(t0, i), opaqueSealed(QByteArray::number(i))));
        if (batch.size() == 500 || i == 1099) {
            push(phone, batch);
            batch.clear();
        }
    }
    circle::v1::PullRequest request;
    request.set_protocol_version(1);
    request.set_limit(7);
    circle::v1::PullResponse page;
    ASSERT_EQ(api().call(u"/v1/pull"_s, request, &page, reader.token), 200);
    EXPECT_EQ(page.changes_size(), 7);
    EXPECT_TRUE(page.more());
    EXPECT_EQ(page.cursor(), page.changes(6).seq());

    request.set_limit(5000);
    ASSERT_EQ(api().call(u"/v1/pull"_s, request, &page, reader.token), 200);
    EXPECT_EQ(page.changes_size(), 1000) << "the server never returns more than 1000";
    EXPECT_TRUE(page.more());

    const auto all = pullAll(reader);
    QSet<std::string> ids;
    qint64 lastSeq = 0;
    for (const auto &c : all) {
        EXPECT_GT(c.seq(), lastSeq);
        lastSeq = c.seq();
        ids.insert(c.mutation().record_id());
    }
    EXPECT_EQ(own(all).size(), 1100);
    EXPECT_EQ(ids.size(), all.size());
}

TEST_F(SyncTest, MoreThanFiveHundredMutationsIsABadRequest)
{
    circle::v1::PushRequest request;
    request.set_protocol_version(1);
    for (int i = 0; i < 501; ++i)
        *request.add_mutations()
            = sealedMutation(u"mood_check_in"_s, newId(), hlcAt(t0, i), opaqueSealed("m"_ba));
    circle::v1::ErrorResponse error;
    const HttpResult r = api().post(
        u"/v1/push"_s, QByteArray::fromStdString(request.SerializeAsString()), phone.token);
    EXPECT_EQ(r.status, 400);
    ASSERT_TRUE(error.ParseFromArray(r.body.constData(), int(r.body.size())));
    EXPECT_EQ(error.code(), "bad_request");
    EXPECT_TRUE(own(pullAll(reader)).isEmpty()) << "nothing of a refused batch is applied";
}

TEST_F(SyncTest, SealingAgainReplacesTheClearCopyEvenWithTheSameStamp)
{
    const QString goalId = newId();
    const QString stamp = hlcAt(t0 + 3);
    push(phone, { clearGoal(goalId, stamp, group, u"Call my sponsor daily"_s) });
    ASSERT_EQ(shared(therapist, group).size(), 1);
    auto resealed
        = sealedMutation(u"goal"_s, goalId, stamp, opaqueSealed("Call my sponsor daily"_ba));
    EXPECT_EQ(push(phone, { resealed }).results(0).status(), PushResult::STATUS_APPLIED);
    EXPECT_TRUE(shared(therapist, group).isEmpty())
        << "unsharing removes it from the therapist's view";
    const auto changes = own(pullAll(reader));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].mutation().sealed(), resealed.sealed());
}

} // namespace
