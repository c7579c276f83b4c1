#include "corefixture.h"
#include "samples.h"

#include "invite.h"
#include "mutationcodec.h"
#include "sharing.h"
#include "syncengine.h"

#include <google/protobuf/util/message_differencer.h>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;
using google::protobuf::util::MessageDifferencer;

namespace {

class Codec : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto key = Sealer::generateKey();
        ASSERT_TRUE(key.ok());
        m_key = key.value();
        m_sealer = std::make_unique<Sealer>(Sealer::fromKey(m_key).value());
    }

    /** The mutation the newest queued change becomes. */
    v1::Mutation lastMutation()
    {
        auto entries = Outbox(*m_store).peek(1000).value();
        EXPECT_FALSE(entries.empty());
        auto m = MutationCodec(*m_store, *m_sealer).encode(entries.back());
        EXPECT_TRUE(m.ok()) << m.error().message.toStdString();
        return m.value();
    }

    QByteArray m_key;
    std::unique_ptr<Sealer> m_sealer;
};

} // namespace

TEST_F(Codec, PrivateRecordsLeaveOnlySealed)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"journalcanary"_s, TestNowMs)).ok());
    auto m = lastMutation();
    EXPECT_TRUE(m.has_sealed());
    EXPECT_EQ(m.sealed().find("journalcanary"), std::string::npos);
    EXPECT_EQ(m.record_type(), "journal_entry");

    ASSERT_TRUE(repo<v1::MoodCheckIn>().create(mood(u"moodcanary"_s, 3, TestNowMs)).ok());
    EXPECT_TRUE(lastMutation().has_sealed());
    ASSERT_TRUE(repo<v1::SafetyPlan>().create(safetyPlan(u"plancanary"_s)).ok());
    EXPECT_TRUE(lastMutation().has_sealed());
    ASSERT_TRUE(repo<v1::GratitudeEntry>().create(gratitude(u"gratcanary"_s, TestNowMs)).ok());
    EXPECT_TRUE(lastMutation().has_sealed());
}

TEST_F(Codec, AGoalAndItsCheckInsAreClearOnlyWhileShared)
{
    auto g = repo<v1::Goal>().create(goal(u"Walk daily"_s));
    ASSERT_TRUE(g.ok());
    EXPECT_TRUE(lastMutation().has_sealed());
    const QString goalId = qs(g.value().meta().id());
    ASSERT_TRUE(repo<v1::GoalCheckIn>().create(goalCheckIn(goalId, u"ok"_s, 1, TestNowMs)).ok());
    EXPECT_TRUE(lastMutation().has_sealed());

    auto shared = g.value();
    shared.set_shared_with_therapist(true);
    ASSERT_TRUE(repo<v1::Goal>().update(shared).ok());
    // The goal and a new version of its check-in are queued, both in the clear.
    auto entries = Outbox(*m_store).peek(1000).value();
    ASSERT_GE(entries.size(), 2u);
    for (size_t i = entries.size() - 2; i < entries.size(); ++i)
        EXPECT_TRUE(MutationCodec(*m_store, *m_sealer).encode(entries[i]).value().has_clear())
            << entries[i].recordType.toStdString();
    EXPECT_EQ(lastMutation().parent_id(), g.value().meta().id());

    auto unshared = repo<v1::Goal>().get(goalId).value();
    unshared.set_shared_with_therapist(false);
    ASSERT_TRUE(repo<v1::Goal>().update(unshared).ok());
    EXPECT_TRUE(lastMutation().has_sealed());
}

TEST_F(Codec, ASharedGoalAndItsCheckInsGoToTheGroupThePatientChose)
{
    repo<v1::Group>().putFromClinic(group(u"Tuesday"_s)).value();
    repo<v1::Group>().putFromClinic(group(u"Thursday"_s)).value();
    const auto groups = sharing::groupsInJoinOrder(*m_store).value();
    ASSERT_EQ(groups.size(), 2u);
    const std::string first = groups[0].meta().id();
    const std::string second = groups[1].meta().id();

    auto g = goal(u"Walk daily"_s);
    g.set_shared_with_therapist(true);
    auto stored = repo<v1::Goal>().create(g).value();
    EXPECT_EQ(lastMutation().group_id(), first) << "no choice made: the group joined first";

    stored.set_shared_group_id(second);
    stored = repo<v1::Goal>().update(stored).value();
    auto sent = lastMutation();
    ASSERT_TRUE(sent.has_clear());
    EXPECT_EQ(sent.group_id(), second);
    ASSERT_TRUE(repo<v1::GoalCheckIn>()
                    .create(goalCheckIn(qs(stored.meta().id()), u"ok"_s, 1, TestNowMs))
                    .ok());
    EXPECT_EQ(lastMutation().group_id(), second) << "a check-in follows its goal";

    // A group the patient is no longer in falls back to the first one.
    stored.set_shared_group_id("not-a-group-of-mine");
    ASSERT_TRUE(repo<v1::Goal>().update(stored).ok());
    EXPECT_EQ(lastMutation().group_id(), first);
}

TEST_F(Codec, RsvpsAndSubmittedHomeworkAreClear)
{
    auto grp = repo<v1::Group>().putFromClinic(group(u"G"_s)).value();
    auto sess = repo<v1::GroupSession>()
                    .putFromClinic(session(qs(grp.meta().id()), u"t"_s, TestNowMs))
                    .value();
    auto hw = repo<v1::HomeworkAssignment>()
                  .putFromClinic(assignment(qs(grp.meta().id()), u"a"_s, TestNowMs))
                  .value();
    ASSERT_TRUE(repo<v1::Rsvp>().create(rsvp(qs(sess.meta().id()), u"r"_s)).ok());
    EXPECT_TRUE(lastMutation().has_clear());
    auto draft = homeworkResponse(qs(hw.meta().id()), u"draft"_s);
    ASSERT_TRUE(repo<v1::HomeworkResponse>().create(draft).ok());
    EXPECT_TRUE(lastMutation().has_sealed());
    draft.set_shared(true);
    ASSERT_TRUE(repo<v1::HomeworkResponse>().create(draft).ok());
    EXPECT_TRUE(lastMutation().has_clear());
}

TEST_F(Codec, AnotherPhoneWithTheSameKeyGetsTheRecordBack)
{
    auto created = repo<v1::JournalEntry>().create(journal(u"carried across"_s, TestNowMs));
    ASSERT_TRUE(created.ok());
    v1::Change change;
    change.set_seq(1);
    *change.mutable_mutation() = lastMutation();

    QTemporaryDir otherDir;
    StoreOptions o = options();
    o.dataDir = otherDir.path();
    auto other = Store::open(o);
    ASSERT_TRUE(other.ok());
    auto sameKey = Sealer::fromKey(m_key).value();
    ASSERT_TRUE(MutationCodec(*other.value(), sameKey).apply(change).ok());
    auto got = Repository<v1::JournalEntry>(*other.value()).get(qs(created.value().meta().id()));
    ASSERT_TRUE(got.ok());
    EXPECT_TRUE(MessageDifferencer::Equals(got.value(), created.value()));
    EXPECT_EQ(Outbox(*other.value()).pendingCount().value(), 0); // not echoed back

    // A phone with another key cannot read it, and says so.
    auto otherKey = Sealer::fromKey(Sealer::generateKey().value()).value();
    QTemporaryDir thirdDir;
    o.dataDir = thirdDir.path();
    auto third = Store::open(o);
    auto r = MutationCodec(*third.value(), otherKey).apply(change);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"could not be opened"_s));
}

TEST_F(Codec, RefusesClinicDataUnderTheWrongAuthority)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"mine"_s, TestNowMs)).ok());
    v1::Change change;
    *change.mutable_mutation() = lastMutation();
    change.set_clinic_authored(true);
    EXPECT_FALSE(MutationCodec(*m_store, *m_sealer).apply(change).ok());
}

TEST(Invite, ParsesAValidInvite)
{
    const QByteArray pin(32, '\x07');
    auto i = Invite::parse(
        u"circle-invite:1?url=https://127.0.0.1:8443&code=AB12-CD34&pin="_s + Invite::pinText(pin));
    ASSERT_TRUE(i.ok()) << i.error().message.toStdString();
    EXPECT_EQ(i.value().serverUrl.port(), 8443);
    EXPECT_EQ(i.value().code, u"AB12-CD34"_s);
    EXPECT_EQ(i.value().pinSha256, pin);
}

TEST(Invite, NamesWhatIsWrong)
{
    const auto error = [](const QString &text) { return Invite::parse(text).error().message; };
    EXPECT_TRUE(error(u"hello"_s).contains(u"circle-invite:"_s));
    EXPECT_TRUE(error(u"circle-invite:2?url=x"_s).contains(u"newer"_s));
    EXPECT_TRUE(error(u"circle-invite:1?code=A&pin=sha256:AAAA"_s).contains(u"server address"_s));
    EXPECT_TRUE(error(u"circle-invite:1?url=https://h&pin=sha256:AAAA"_s).contains(u"code"_s));
    EXPECT_TRUE(
        error(u"circle-invite:1?url=https://h&code=A&pin=sha256:AAAA"_s).contains(u"SHA-256"_s));
    EXPECT_TRUE(
        error(u"circle-invite:1?url=ftp://h&code=A&pin=sha256:AAAA"_s).contains(u"https"_s));
}

TEST(Backoff, GrowsExponentiallyWithJitterUpToTheCap)
{
    SyncEngine::Options o;
    o.backoffBaseMs = 1000;
    o.backoffMaxMs = 60'000;
    for (int failures = 1; failures <= 12; ++failures) {
        const double nominal = std::min(1000.0 * (1 << (failures - 1)), 60'000.0);
        const int d = SyncEngine::backoffDelayMs(failures, o);
        EXPECT_GE(d, int(nominal * 0.8) - 1) << failures;
        EXPECT_LE(d, int(nominal * 1.2) + 1) << failures;
    }
    std::set<int> seen;
    for (int i = 0; i < 20; ++i)
        seen.insert(SyncEngine::backoffDelayMs(3, o));
    EXPECT_GT(seen.size(), 1u); // phones do not retry in lockstep
}
