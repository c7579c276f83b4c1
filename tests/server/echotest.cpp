// A pull never hands a device back what it pushed itself (it has it already), the cursor
// still moves past those writes, and a database from before the server knew the writer is
// upgraded in place. Protocol 2's compact ids and stamps go through the real server too.
#include "clinicfixture.h"
#include "testbackend.h"
#include "wireform.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
using circle::v1::PushResult;

namespace {

class EchoTest : public ClinicTest
{
protected:
    void SetUp() override
    {
        ClinicTest::SetUp();
        const Therapist t = addTherapist(u"Mara Lind"_s);
        group = createGroup(t, u"Tuesday group"_s);
        a = newPatient(group, u"Two phones"_s);
        b = secondDevice(a);
        ASSERT_FALSE(b.token.isEmpty());
    }

    /** Record id → seq of the patient's own (not clinic) records a pull returned. */
    static QMap<QString, qint64> ownRecords(const QList<circle::v1::Change> &changes)
    {
        QMap<QString, qint64> out;
        for (const auto &c : changes) {
            if (!c.clinic_authored())
                out.insert(QString::fromStdString(c.mutation().record_id()), c.seq());
        }
        return out;
    }

    circle::v1::Mutation journal(const QString &id, qint64 ms, const QByteArray &text)
    {
        return sealedMutation(u"journal_entry"_s, id, hlcAt(ms), opaqueSealed(text));
    }

    QString group;
    Device a;
    Device b;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
};

TEST_F(EchoTest, APullLeavesOutTheDevicesOwnWritesAndTheCursorMovesPastThem)
{
    // Both phones have synced once already (the group's records), so they pull by cursor.
    qint64 cursorA = 0, cursorB = 0;
    pullAll(a, 0, &cursorA);
    pullAll(b, 0, &cursorB);
    const QString a1 = newId(), a2 = newId(), b1 = newId(), bGoal = newId();
    const auto fromA = push(a, { journal(a1, t0, "a one"_ba), journal(a2, t0 + 1, "a two"_ba) });
    for (const auto &r : fromA.results())
        ASSERT_EQ(r.status(), PushResult::STATUS_APPLIED);
    const auto fromB = push(
        b, { journal(b1, t0 + 2, "b one"_ba), clearGoal(bGoal, hlcAt(t0 + 3), group, u"Walk"_s) });
    for (const auto &r : fromB.results())
        ASSERT_EQ(r.status(), PushResult::STATUS_APPLIED);

    const auto seenByA = ownRecords(pullAll(a, cursorA, &cursorA));
    const auto seenByB = ownRecords(pullAll(b, cursorB, &cursorB));
    EXPECT_EQ(QSet<QString>(seenByA.keyBegin(), seenByA.keyEnd()), (QSet<QString> { b1, bGoal }))
        << "A gets B's writes and none of its own";
    EXPECT_EQ(QSet<QString>(seenByB.keyBegin(), seenByB.keyEnd()), (QSet<QString> { a1, a2 }))
        << "B gets A's writes and none of its own";
    EXPECT_GE(cursorA, seenByB.value(a2)) << "A's cursor passed A's own writes";
    EXPECT_GE(cursorB, seenByA.value(bGoal)) << "B's cursor passed B's own writes";

    // Written after the last pull: still left out, and the cursor still moves past it.
    const QString a3 = newId();
    ASSERT_EQ(push(a, { journal(a3, t0 + 4, "a three"_ba) }).results(0).status(),
        PushResult::STATUS_APPLIED);
    qint64 nextA = 0;
    EXPECT_TRUE(pullAll(a, cursorA, &nextA).isEmpty());
    qint64 nextB = 0;
    const auto newForB = ownRecords(pullAll(b, cursorB, &nextB));
    ASSERT_EQ(newForB.keys(), QList<QString> { a3 });
    EXPECT_GE(nextA, newForB.value(a3));
    qint64 again = 0;
    EXPECT_TRUE(pullAll(a, nextA, &again).isEmpty());
    EXPECT_EQ(again, nextA) << "nothing new: the cursor stays";

    // A record A created, changed on B: that version is B's, so A receives it.
    const auto edited = journal(a1, t0 + 10, "a one, edited on B"_ba);
    ASSERT_EQ(push(b, { edited }).results(0).status(), PushResult::STATUS_APPLIED);
    const auto changes = pullAll(a, nextA);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].mutation().record_id(), a1.toStdString());
    EXPECT_EQ(changes[0].mutation().sealed(), edited.sealed());
    EXPECT_TRUE(pullAll(b, nextB).isEmpty()) << "and B does not get its edit back";

    // A phone that starts over from nothing gets everything, its own writes included.
    const auto fromScratch = ownRecords(pullAll(a));
    EXPECT_EQ(QSet<QString>(fromScratch.keyBegin(), fromScratch.keyEnd()),
        (QSet<QString> { a1, a2, a3, b1, bGoal }));
}

TEST_F(EchoTest, ADatabaseFromSchemaVersionOneIsUpgradedInPlace)
{
    const QString before = newId();
    ASSERT_EQ(push(a, { journal(before, t0, "written under version 1"_ba) }).results(0).status(),
        PushResult::STATUS_APPLIED);

    // Turn the database back into what a version-1 server left behind.
    server().stop();
    QString error;
    TestBackend::execute(server().database(),
        { u"ALTER TABLE records DROP COLUMN writer_device"_s,
            // What version 3 (the clinic portal) added.
            u"ALTER TABLE records DROP COLUMN shared_since_ms"_s, u"DROP TABLE portal_sessions"_s,
            u"DROP TABLE staff_recovery_codes"_s, u"DROP TABLE staff_setup_links"_s,
            u"DROP TABLE staff"_s,
            // What version 4 (homework reviews in the portal) added.
            u"DROP TABLE homework_reviews"_s, u"UPDATE schema_version SET version = 1"_s },
        &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    restartServer();

    EXPECT_EQ(TestBackend::execute(
                  server().database(), { u"SELECT version FROM schema_version"_s }, &error),
        QStringList { u"4"_s });
    EXPECT_EQ(
        TestBackend::execute(server().database(),
            { u"SELECT writer_device FROM records WHERE record_id = '%1'"_s.arg(before) }, &error),
        QStringList { QString() })
        << "the server cannot know who wrote a version-1 row";
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    // Rows of unknown origin go to every device, as before the upgrade, even to one that
    // pulls by cursor; new ones do not echo.
    qint64 cursorA = 0, cursorB = 0;
    EXPECT_TRUE(ownRecords(pullAll(a, 0, &cursorA)).contains(before));
    const auto seenByB = ownRecords(pullAll(b, 0, &cursorB));
    ASSERT_TRUE(seenByB.contains(before));
    ASSERT_GT(seenByB.value(before), 1) << "the group came first, so this pulls by a cursor";
    circle::v1::PullRequest fromBefore;
    fromBefore.set_protocol_version(1);
    fromBefore.set_after_seq(seenByB.value(before) - 1);
    circle::v1::PullResponse page;
    ASSERT_EQ(api().call(u"/v1/pull"_s, fromBefore, &page, a.token), 200);
    bool found = false;
    for (const auto &c : page.changes())
        found = found || c.mutation().record_id() == before.toStdString();
    EXPECT_TRUE(found) << "its writer is unknown, so the device that wrote it gets it too";
    const QString after = newId();
    ASSERT_EQ(push(a, { journal(after, t0 + 1, "written under version 2"_ba) }).results(0).status(),
        PushResult::STATUS_APPLIED);
    EXPECT_TRUE(pullAll(a, cursorA).isEmpty());
    EXPECT_EQ(ownRecords(pullAll(b, cursorB)).keys(), QList<QString> { after });
}

TEST_F(EchoTest, ProtocolTwoCarriesIdsAndStampsAsBytes)
{
    const QString node = newId();
    const QString recordId = newId();
    auto textForm = sealedMutation(
        u"journal_entry"_s, recordId, hlcAt(t0, 7, node), opaqueSealed("compact"_ba));
    auto compactForm = textForm;
    circle::wire::compact(compactForm);
    ASSERT_EQ(compactForm.record_uuid().size(), 16u);
    ASSERT_EQ(compactForm.mutation_uuid().size(), 16u);
    ASSERT_EQ(compactForm.hlc_packed().size(), 25u);
    EXPECT_TRUE(compactForm.record_id().empty());
    EXPECT_TRUE(compactForm.hlc().empty());
    // A stamp whose node is not a UUID, and an id of the wrong length.
    auto textStamp = sealedMutation(
        u"mood_check_in"_s, newId(), hlcAt(t0, 1, u"phone-a"_s), opaqueSealed("m"_ba));
    circle::wire::compact(textStamp);
    EXPECT_TRUE(textStamp.hlc_packed().empty());
    EXPECT_FALSE(textStamp.hlc().empty());
    auto broken = sealedMutation(u"mood_check_in"_s, newId(), hlcAt(t0), opaqueSealed("m"_ba));
    circle::wire::compact(broken);
    broken.set_record_uuid(std::string(15, 'x'));

    circle::v1::PushRequest request;
    request.set_protocol_version(2);
    *request.add_mutations() = compactForm;
    *request.add_mutations() = textStamp;
    *request.add_mutations() = broken;
    circle::v1::PushResponse pushed;
    ASSERT_EQ(api().call(u"/v1/push"_s, request, &pushed, a.token), 200);
    EXPECT_EQ(pushed.protocol_version(), 2);
    ASSERT_EQ(pushed.results_size(), 3);
    EXPECT_EQ(pushed.results(0).status(), PushResult::STATUS_APPLIED);
    EXPECT_EQ(pushed.results(1).status(), PushResult::STATUS_APPLIED);
    EXPECT_EQ(pushed.results(2).status(), PushResult::STATUS_REJECTED);
    EXPECT_NE(pushed.results(2).reason().find("binary"), std::string::npos)
        << pushed.results(2).reason();
    EXPECT_TRUE(pushed.results(0).mutation_id().empty()) << "results go in request order";

    circle::v1::PullRequest pull;
    pull.set_protocol_version(2);
    circle::v1::PullResponse compactAnswer;
    ASSERT_EQ(api().call(u"/v1/pull"_s, pull, &compactAnswer, b.token), 200);
    EXPECT_EQ(compactAnswer.protocol_version(), 2);
    int found = 0;
    for (const auto &c : compactAnswer.changes()) {
        if (c.mutation().record_uuid() == compactForm.record_uuid()) {
            ++found;
            EXPECT_EQ(c.mutation().hlc_packed(), compactForm.hlc_packed());
            EXPECT_EQ(c.mutation().mutation_uuid(), compactForm.mutation_uuid());
            EXPECT_EQ(c.mutation().sealed(), compactForm.sealed());
            EXPECT_TRUE(c.mutation().record_id().empty());
        }
        if (c.mutation().record_uuid() == textStamp.record_uuid()) {
            ++found;
            EXPECT_EQ(c.mutation().hlc(), hlcAt(t0, 1, u"phone-a"_s).toStdString())
                << "a stamp whose node is no UUID comes back as text";
            EXPECT_TRUE(c.mutation().hlc_packed().empty());
        }
    }
    EXPECT_EQ(found, 2);

    // A protocol-1 phone of the same patient reads the same change as text.
    bool sawText = false;
    for (const auto &c : pullAll(b)) {
        if (c.mutation().record_id() == recordId.toStdString()) {
            sawText = true;
            EXPECT_EQ(c.mutation().hlc(), textForm.hlc());
            EXPECT_EQ(c.mutation().mutation_id(), textForm.mutation_id());
            EXPECT_TRUE(c.mutation().record_uuid().empty());
        }
    }
    EXPECT_TRUE(sawText);

    // A newer protocol than the server's is refused with a clear error, not misread.
    pull.set_protocol_version(3);
    circle::v1::ErrorResponse error;
    const HttpResult r
        = api().post(u"/v1/pull"_s, QByteArray::fromStdString(pull.SerializeAsString()), b.token);
    EXPECT_EQ(r.status, 400);
    ASSERT_TRUE(error.ParseFromArray(r.body.constData(), int(r.body.size())));
    EXPECT_EQ(error.code(), "unsupported_version");
}

} // namespace
