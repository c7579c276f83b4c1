#include "corefixture.h"
#include "samples.h"

#include "outbox.h"
#include "uuid.h"

#include <google/protobuf/util/message_differencer.h>

#include <QStringList>

#include <set>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;
using google::protobuf::util::MessageDifferencer;

namespace {

class Repositories : public StoreTest
{
protected:
    qint64 outboxCount() { return Outbox(*m_store).pendingCount().value(); }

    QString addGroup()
    {
        auto g = repo<v1::Group>().putFromClinic(group(u"Tuesday group"_s));
        EXPECT_TRUE(g.ok());
        return qs(g.value().meta().id());
    }
};

// Create, get back equal, update, get back the update: for one record type.
template<typename T> void roundTrip(Store &store, T record, const std::function<void(T &)> &change)
{
    SCOPED_TRACE(RecordTraits<T>::typeName);
    Repository<T> repo(store);
    auto created = repo.create(record);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const QString id = qs(created.value().meta().id());
    EXPECT_TRUE(isCanonicalUuid(id));
    auto got = repo.get(id);
    ASSERT_TRUE(got.ok());
    EXPECT_TRUE(MessageDifferencer::Equals(got.value(), created.value()));

    T edited = got.value();
    change(edited);
    auto updated = repo.update(edited);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    auto again = repo.get(id);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(MessageDifferencer::Equals(again.value(), updated.value()));
    EXPECT_EQ(again.value().meta().created_ms(), created.value().meta().created_ms());
    EXPECT_GT(again.value().meta().hlc(), created.value().meta().hlc());
}

} // namespace

TEST_F(Repositories, CreateAssignsIdentityTimesAndClock)
{
    auto r = repo<v1::JournalEntry>().create(journal(u"first"_s, TestNowMs));
    ASSERT_TRUE(r.ok());
    const auto &meta = r.value().meta();
    EXPECT_TRUE(isCanonicalUuid(qs(meta.id())));
    EXPECT_EQ(meta.created_ms(), TestNowMs);
    EXPECT_EQ(meta.updated_ms(), TestNowMs);
    EXPECT_FALSE(meta.deleted());
    auto stamp = HlcStamp::parse(qs(meta.hlc()));
    ASSERT_TRUE(stamp.ok());
    EXPECT_EQ(stamp.value().node, m_store->deviceId());
}

TEST_F(Repositories, EveryPatientRecordTypeRoundTrips)
{
    const QString groupId = addGroup();
    auto sess = repo<v1::GroupSession>().putFromClinic(
        session(groupId, u"Boundaries"_s, TestNowMs + 3600'000));
    ASSERT_TRUE(sess.ok());
    auto hw = repo<v1::HomeworkAssignment>().putFromClinic(
        assignment(groupId, u"Letter"_s, TestNowMs + 86400'000));
    ASSERT_TRUE(hw.ok());
    auto g = repo<v1::Goal>().create(goal(u"Meetings"_s));
    ASSERT_TRUE(g.ok());

    roundTrip<v1::JournalEntry>(
        *m_store, journal(u"a"_s, TestNowMs), [](auto &r) { r.set_text("b"); });
    roundTrip<v1::GratitudeEntry>(
        *m_store, gratitude(u"tea"_s, TestNowMs), [](auto &r) { r.add_items("sun"); });
    roundTrip<v1::MoodCheckIn>(
        *m_store, mood(u"ok"_s, 5, TestNowMs), [](auto &r) { r.set_score(7); });
    roundTrip<v1::Goal>(
        *m_store, goal(u"Walk"_s), [](auto &r) { r.set_status(v1::GOAL_STATUS_ACHIEVED); });
    roundTrip<v1::Rsvp>(*m_store, rsvp(qs(sess.value().meta().id()), u"sick"_s),
        [](auto &r) { r.set_response(v1::RSVP_RESPONSE_ATTENDING); });
    roundTrip<v1::HomeworkResponse>(*m_store,
        homeworkResponse(qs(hw.value().meta().id()), u"done"_s), [](auto &r) { r.set_done(true); });
    roundTrip<v1::ReminderPreferences>(
        *m_store, reminderPreferences(), [](auto &r) { r.set_daily_cap(2); });
    roundTrip<v1::SafetyPlan>(
        *m_store, safetyPlan(u"not sleeping"_s), [](auto &r) { r.add_coping_steps("tea"); });
    roundTrip<v1::AgreementAck>(
        *m_store, agreementAck(groupId, TestNowMs), [](auto &r) { r.set_agreement_version(2); });

    auto checkIn = repo<v1::GoalCheckIn>().create(
        goalCheckIn(qs(g.value().meta().id()), u"two"_s, 2, TestNowMs));
    ASSERT_TRUE(checkIn.ok());
    EXPECT_EQ(repo<v1::GoalCheckIn>().listByParent(qs(g.value().meta().id())).value().size(), 1u);
}

TEST_F(Repositories, EachWriteQueuesExactlyOneOutboxRowWithTheRecord)
{
    auto r = repo<v1::JournalEntry>().create(journal(u"queued"_s, TestNowMs));
    ASSERT_TRUE(r.ok());
    auto entries = Outbox(*m_store).peek(10).value();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].recordType, u"journal_entry"_s);
    EXPECT_EQ(entries[0].recordId, qs(r.value().meta().id()));
    EXPECT_EQ(entries[0].op, OutboxEntry::Op::Upsert);
    EXPECT_EQ(entries[0].hlc, qs(r.value().meta().hlc()));
    v1::JournalEntry fromOutbox;
    ASSERT_TRUE(
        fromOutbox.ParseFromArray(entries[0].payload.constData(), int(entries[0].payload.size())));
    EXPECT_TRUE(MessageDifferencer::Equals(fromOutbox, r.value()));

    ASSERT_TRUE(repo<v1::JournalEntry>().remove(qs(r.value().meta().id())).ok());
    entries = Outbox(*m_store).peek(10).value();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[1].op, OutboxEntry::Op::Delete);

    ASSERT_TRUE(Outbox(*m_store).acknowledge({ entries[0].mutationId }).ok());
    EXPECT_EQ(outboxCount(), 1);
}

TEST_F(Repositories, AFailedOutboxWriteStoresNothing)
{
    // Make the outbox refuse rows: the record must not be stored without one.
    ASSERT_TRUE(m_store->connection()
                    .exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON outbox "
                          "BEGIN SELECT RAISE(ABORT, 'outbox refused'); END",
                        "t")
                    .ok());
    auto r = repo<v1::JournalEntry>().create(journal(u"orphan"_s, TestNowMs));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(repo<v1::JournalEntry>().count(true).value(), 0);
}

TEST_F(Repositories, DeleteLeavesATombstoneWithoutTheText)
{
    auto r = repo<v1::JournalEntry>().create(journal(u"private words"_s, TestNowMs));
    ASSERT_TRUE(r.ok());
    const QString id = qs(r.value().meta().id());
    m_clock.advance(1000);
    ASSERT_TRUE(repo<v1::JournalEntry>().remove(id).ok());

    auto hidden = repo<v1::JournalEntry>().get(id);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().code, Error::Code::NotFound);
    auto tomb = repo<v1::JournalEntry>().get(id, true);
    ASSERT_TRUE(tomb.ok());
    EXPECT_TRUE(tomb.value().meta().deleted());
    EXPECT_TRUE(tomb.value().text().empty());
    EXPECT_EQ(tomb.value().meta().updated_ms(), TestNowMs + 1000);
    EXPECT_EQ(repo<v1::JournalEntry>().count().value(), 0);
    EXPECT_EQ(repo<v1::JournalEntry>().count(true).value(), 1);
    EXPECT_EQ(repo<v1::JournalEntry>().remove(id).error().code, Error::Code::NotFound);
}

TEST_F(Repositories, PagesNewestFirstWithoutGapsOrRepeats)
{
    // Pairs share a sort key, so the id must break ties for paging to be stable.
    for (int i = 0; i < 250; ++i)
        ASSERT_TRUE(repo<v1::JournalEntry>()
                        .create(journal(u"e%1"_s.arg(i), TestNowMs + (i / 2) * 1000))
                        .ok());
    std::set<QString> seen;
    qint64 lastKey = std::numeric_limits<qint64>::max();
    PageRequest request;
    request.limit = 100;
    int pages = 0;
    for (;;) {
        auto page = repo<v1::JournalEntry>().list(request);
        ASSERT_TRUE(page.ok());
        ++pages;
        for (const auto &e : page.value().items) {
            EXPECT_TRUE(seen.insert(qs(e.meta().id())).second);
            EXPECT_LE(e.written_ms(), lastKey);
            lastKey = e.written_ms();
        }
        if (!page.value().next)
            break;
        request.after = page.value().next;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen.size(), 250u);
}

TEST_F(Repositories, RangeQueriesUseTheSortKey)
{
    for (int day = 0; day < 10; ++day)
        ASSERT_TRUE(
            repo<v1::JournalEntry>().create(journal(u"d"_s, TestNowMs - day * 86400'000)).ok());
    const qint64 weekAgo = TestNowMs - 7 * 86400'000 + 1;
    EXPECT_EQ(repo<v1::JournalEntry>().countBetween(weekAgo, TestNowMs + 1).value(), 7);
    auto asc = repo<v1::JournalEntry>()
                   .listBetween(weekAgo, TestNowMs + 1, SortOrder::Ascending)
                   .value();
    ASSERT_EQ(asc.size(), 7u);
    EXPECT_LT(asc.front().written_ms(), asc.back().written_ms());
}

TEST_F(Repositories, InvalidInputIsNamedAndChangesNothing)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"kept"_s, TestNowMs)).ok());
    const auto check = [&](Result<void> r, const QString &needle) {
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Error::Code::Invalid);
        EXPECT_TRUE(r.error().message.contains(needle)) << r.error().message.toStdString();
    };
    const auto asVoid
        = [](auto r) -> Result<void> { return r.ok() ? Result<void>() : Result<void>(r.error()); };

    check(asVoid(repo<v1::JournalEntry>().create(journal(u"   \n"_s, TestNowMs))), u"empty"_s);
    auto badMood = journal(u"x"_s, TestNowMs);
    badMood.set_mood(11);
    check(asVoid(repo<v1::JournalEntry>().create(badMood)), u"mood"_s);
    auto negative = goal(u"Run"_s);
    negative.set_target_value(-2);
    check(asVoid(repo<v1::Goal>().create(negative)), u"target"_s);
    auto backwards = goal(u"Run"_s);
    backwards.set_due_date("2026-01-01");
    check(asVoid(repo<v1::Goal>().create(backwards)), u"due date"_s);
    auto tooMany = gratitude(u"a"_s, TestNowMs);
    tooMany.add_items("b");
    tooMany.add_items("c");
    check(asVoid(repo<v1::GratitudeEntry>().create(tooMany)), u"one to three"_s);
    check(asVoid(repo<v1::GoalCheckIn>().create(goalCheckIn(makeUuidV7(1), u"x"_s, 1, TestNowMs))),
        u"goal it belongs to does not exist"_s);

    EXPECT_EQ(repo<v1::JournalEntry>().count().value(), 1);
    EXPECT_EQ(repo<v1::Goal>().count().value(), 0);
    EXPECT_EQ(outboxCount(), 1);
}

TEST_F(Repositories, StoresHugeEmojiAndRightToLeftTextExactly)
{
    const QString huge = QString(100'000, u'ж');
    const QString mixed
        = u"שלום 👋🏽 مرحبا — “quotes” \u200F and a NUL-free end 🧠"_s;
    for (const QString &text : { huge, mixed }) {
        auto r = repo<v1::JournalEntry>().create(journal(text, TestNowMs));
        ASSERT_TRUE(r.ok());
        reopen();
        auto got = repo<v1::JournalEntry>().get(qs(r.value().meta().id()));
        ASSERT_TRUE(got.ok());
        EXPECT_EQ(qs(got.value().text()), text);
    }
}

TEST_F(Repositories, ClinicRecordsAreReadOnlyOnThePhone)
{
    auto created = repo<v1::Group>().create(group(u"Mine"_s));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, Error::Code::ReadOnly);

    const QString id = addGroup();
    EXPECT_EQ(outboxCount(), 0); // clinic data is never pushed back
    EXPECT_EQ(repo<v1::Group>().remove(id).error().code, Error::Code::ReadOnly);

    // A later version from the clinic replaces ours.
    auto fromClinic = repo<v1::Group>().get(id).value();
    fromClinic.set_name("Renamed by the clinic");
    fromClinic.mutable_meta()->set_hlc(utf8(HlcStamp { TestNowMs + 5, 0, u"server"_s }.toString()));
    ASSERT_TRUE(repo<v1::Group>().putFromClinic(fromClinic).ok());
    EXPECT_EQ(repo<v1::Group>().get(id).value().name(), "Renamed by the clinic");
}

TEST_F(Repositories, CheckInsAreAppendOnly)
{
    auto g = repo<v1::Goal>().create(goal(u"Walk"_s));
    ASSERT_TRUE(g.ok());
    auto c = repo<v1::GoalCheckIn>().create(
        goalCheckIn(qs(g.value().meta().id()), u"n"_s, 1, TestNowMs));
    ASSERT_TRUE(c.ok());
    auto edited = c.value();
    edited.set_value(5);
    auto r = repo<v1::GoalCheckIn>().update(edited);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::ReadOnly);
    EXPECT_EQ(repo<v1::GoalCheckIn>().get(qs(c.value().meta().id())).value().value(), 1);
}

TEST_F(Repositories, MergeKeepsTheLaterEditByClock)
{
    auto r = repo<v1::SafetyPlan>().create(safetyPlan(u"local sign"_s));
    ASSERT_TRUE(r.ok());
    const QString id = qs(r.value().meta().id());
    auto older = r.value();
    older.set_warning_signs(0, "older remote sign");
    older.mutable_meta()->set_hlc(utf8(HlcStamp { 1, 0, u"other"_s }.toString()));
    EXPECT_EQ(repo<v1::SafetyPlan>().merge(older).value(), MergeOutcome::KeptLocal);

    auto newer = r.value();
    newer.set_warning_signs(0, "newer remote sign");
    newer.mutable_meta()->set_hlc(utf8(HlcStamp { TestNowMs + 60'000, 0, u"other"_s }.toString()));
    EXPECT_EQ(repo<v1::SafetyPlan>().merge(newer).value(), MergeOutcome::Updated);
    EXPECT_EQ(repo<v1::SafetyPlan>().merge(newer).value(), MergeOutcome::Unchanged);
    EXPECT_EQ(repo<v1::SafetyPlan>().get(id).value().warning_signs(0), "newer remote sign");
    // Local edits after the merge order after the remote stamp.
    EXPECT_LT(HlcStamp::parse(qs(newer.meta().hlc())).value(), m_store->hlc().now());
}

TEST_F(Repositories, PulledRecordsAreNotSentBack)
{
    auto r = repo<v1::SafetyPlan>().create(safetyPlan(u"sign"_s));
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(
        Outbox(*m_store).acknowledge({ Outbox(*m_store).peek(1).value().at(0).mutationId }).ok());
    auto remote = r.value();
    remote.set_warning_signs(0, "from my other phone");
    remote.mutable_meta()->set_hlc(utf8(HlcStamp { TestNowMs + 1000, 0, u"other"_s }.toString()));
    EXPECT_EQ(
        repo<v1::SafetyPlan>().merge(remote, MergeOrigin::Sync).value(), MergeOutcome::Updated);
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(Repositories, GoalsMergeFieldByField)
{
    // Two phones of one patient edit different fields of one goal while offline.
    auto created = repo<v1::Goal>().create(goal(u"Meetings"_s));
    ASSERT_TRUE(created.ok());
    auto here = created.value();
    here.set_title("Three meetings a week");
    m_clock.advance(1000);
    ASSERT_TRUE(repo<v1::Goal>().update(here).ok());

    // The other phone marked it achieved, later by the clock, never seeing the title.
    auto there = created.value();
    const std::string thereStamp = utf8(HlcStamp { TestNowMs + 5000, 0, u"other"_s }.toString());
    there.set_status(v1::GOAL_STATUS_ACHIEVED);
    auto *stamp = there.add_field_stamps();
    stamp->set_field("status");
    stamp->set_hlc(thereStamp);
    there.mutable_meta()->set_hlc(thereStamp);

    const qint64 queuedBefore = outboxCount();
    ASSERT_EQ(repo<v1::Goal>().merge(there, MergeOrigin::Sync).value(), MergeOutcome::Updated);
    auto merged = repo<v1::Goal>().get(qs(created.value().meta().id())).value();
    EXPECT_EQ(merged.title(), "Three meetings a week");
    EXPECT_EQ(merged.status(), v1::GOAL_STATUS_ACHIEVED);
    // Neither phone had this version: it is queued so the other phone gets the title.
    EXPECT_EQ(outboxCount(), queuedBefore + 1);
    EXPECT_GT(merged.meta().hlc(), thereStamp);
}

TEST_F(Repositories, TextEditedOnTwoPhonesKeepsBothVersions)
{
    auto created = repo<v1::JournalEntry>().create(journal(u"first draft"_s, TestNowMs));
    ASSERT_TRUE(created.ok());
    auto mine = created.value();
    mine.set_text("my edit on this phone");
    ASSERT_TRUE(repo<v1::JournalEntry>().update(mine).ok()); // not yet pushed

    auto theirs = created.value();
    theirs.set_text("an edit on the other phone");
    theirs.mutable_meta()->set_hlc(utf8(HlcStamp { TestNowMs + 60'000, 0, u"other"_s }.toString()));
    ASSERT_EQ(
        repo<v1::JournalEntry>().merge(theirs, MergeOrigin::Sync).value(), MergeOutcome::Updated);

    auto all = repo<v1::JournalEntry>().list().value().items;
    ASSERT_EQ(all.size(), 2u);
    QStringList texts;
    for (const auto &e : all) {
        texts << qs(e.text());
        if (qs(e.text()) == u"my edit on this phone"_s) {
            EXPECT_EQ(e.conflict_of(), created.value().meta().id());
        }
    }
    EXPECT_TRUE(texts.contains(u"an edit on the other phone"_s));
    EXPECT_TRUE(texts.contains(u"my edit on this phone"_s));
}

namespace {

// The sync queue emptied, as after a push the server acknowledged.
void markPushed(Store &store)
{
    const auto queued = Outbox(store).peek(1000);
    ASSERT_TRUE(queued.ok());
    std::vector<QString> ids;
    for (const auto &entry : queued.value())
        ids.push_back(entry.mutationId);
    ASSERT_TRUE(Outbox(store).acknowledge(ids).ok());
}

// Another phone's version of @p from: its text, its stamp, and what it was edited from.
v1::JournalEntry versionFromOtherPhone(
    v1::JournalEntry from, const char *text, qint64 wallMs, const std::string &editedFrom)
{
    from.set_text(text);
    from.mutable_meta()->set_hlc(utf8(HlcStamp { wallMs, 0, u"other"_s }.toString()));
    from.mutable_meta()->set_base_hlc(editedFrom);
    return from;
}

} // namespace

TEST_F(Repositories, AnEditRemembersTheVersionItWasMadeFrom)
{
    auto created = repo<v1::JournalEntry>().create(journal(u"first draft"_s, TestNowMs)).value();
    EXPECT_TRUE(created.meta().base_hlc().empty());

    // A run of edits here all start from the version the first one started from.
    m_clock.advance(1000);
    created.set_text("second");
    auto second = repo<v1::JournalEntry>().update(created).value();
    EXPECT_EQ(second.meta().base_hlc(), created.meta().hlc());
    m_clock.advance(1000);
    second.set_text("third");
    second.mutable_meta()->set_base_hlc("whatever the caller had"); // not the caller's to say
    auto third = repo<v1::JournalEntry>().update(second).value();
    EXPECT_EQ(third.meta().base_hlc(), created.meta().hlc());

    // An edit of a version from another phone starts from that version.
    const auto theirs = versionFromOtherPhone(
        third, "from the other phone", TestNowMs + 60'000, third.meta().hlc());
    ASSERT_EQ(
        repo<v1::JournalEntry>().merge(theirs, MergeOrigin::Sync).value(), MergeOutcome::Updated);
    m_clock.advance(120'000);
    auto mine = repo<v1::JournalEntry>().get(qs(created.meta().id())).value();
    mine.set_text("and back here");
    EXPECT_EQ(repo<v1::JournalEntry>().update(mine).value().meta().base_hlc(), theirs.meta().hlc());

    // A conflict copy is a record of its own, edited from nothing.
    markPushed(*m_store);
    const auto apart
        = versionFromOtherPhone(mine, "apart again", TestNowMs + 600'000, theirs.meta().hlc());
    ASSERT_EQ(
        repo<v1::JournalEntry>().merge(apart, MergeOrigin::Sync).value(), MergeOutcome::Updated);
    const auto all = repo<v1::JournalEntry>().list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().items.size(), 2u);
    for (const auto &e : all.value().items) {
        if (!e.conflict_of().empty()) {
            EXPECT_TRUE(e.meta().base_hlc().empty());
        }
    }
}

TEST_F(Repositories, TextEditedOnTwoPhonesKeepsBothVersionsEvenWhenBothWerePushed)
{
    // Both phones pushed their edit before either pulled the other's: nothing in
    // the queue says they met, only what each was edited from.
    auto created = repo<v1::JournalEntry>().create(journal(u"first draft"_s, TestNowMs)).value();
    markPushed(*m_store);
    m_clock.advance(1000);
    auto mine = created;
    mine.set_text("my edit on this phone");
    ASSERT_TRUE(repo<v1::JournalEntry>().update(mine).ok());
    markPushed(*m_store);

    const auto theirs = versionFromOtherPhone(
        created, "an edit on the other phone", TestNowMs + 60'000, created.meta().hlc());
    ASSERT_EQ(
        repo<v1::JournalEntry>().merge(theirs, MergeOrigin::Sync).value(), MergeOutcome::Updated);

    const auto all = repo<v1::JournalEntry>().list().value().items;
    ASSERT_EQ(all.size(), 2u);
    for (const auto &e : all) {
        if (e.meta().id() == created.meta().id()) {
            EXPECT_EQ(e.text(), "an edit on the other phone");
        } else {
            EXPECT_EQ(e.text(), "my edit on this phone");
            EXPECT_EQ(e.conflict_of(), created.meta().id());
        }
    }
    EXPECT_EQ(outboxCount(), 1) << "the copy travels to the other phone";
}

TEST_F(Repositories, AnEarlierEditMadeApartIsCopiedByThePhoneThatWroteIt)
{
    // The other phone's edit is the earlier one: it stays its phone's to copy when
    // that phone meets ours, so one pair of edits never makes two copies.
    auto created = repo<v1::JournalEntry>().create(journal(u"first draft"_s, TestNowMs)).value();
    markPushed(*m_store);
    m_clock.advance(60'000);
    auto mine = created;
    mine.set_text("my later edit");
    ASSERT_TRUE(repo<v1::JournalEntry>().update(mine).ok());
    markPushed(*m_store);

    const auto theirs = versionFromOtherPhone(
        created, "their earlier edit", TestNowMs + 1000, created.meta().hlc());
    ASSERT_EQ(
        repo<v1::JournalEntry>().merge(theirs, MergeOrigin::Sync).value(), MergeOutcome::KeptLocal);
    const auto all = repo<v1::JournalEntry>().list().value().items;
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text(), "my later edit");
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(Repositories, AnEditMadeFromThisPhonesVersionReplacesItWithoutACopy)
{
    auto created = repo<v1::JournalEntry>().create(journal(u"first draft"_s, TestNowMs)).value();
    m_clock.advance(1000);
    auto mine = created;
    mine.set_text("my edit");
    mine = repo<v1::JournalEntry>().update(mine).value();
    markPushed(*m_store);

    const auto theirs
        = versionFromOtherPhone(mine, "their edit of mine", TestNowMs + 60'000, mine.meta().hlc());
    ASSERT_EQ(
        repo<v1::JournalEntry>().merge(theirs, MergeOrigin::Sync).value(), MergeOutcome::Updated);
    const auto all = repo<v1::JournalEntry>().list().value().items;
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text(), "their edit of mine");
}

TEST_F(Repositories, AVersionWithABrokenEditedFromStampIsRefusedAndChangesNothing)
{
    auto created = repo<v1::JournalEntry>().create(journal(u"first draft"_s, TestNowMs)).value();
    auto broken = versionFromOtherPhone(created, "changed", TestNowMs + 60'000, "yesterday");
    auto merged = repo<v1::JournalEntry>().merge(broken, MergeOrigin::Sync);
    ASSERT_FALSE(merged.ok());
    EXPECT_TRUE(merged.error().message.contains(u"edited from"_s))
        << merged.error().message.toStdString();
    EXPECT_TRUE(merged.error().message.contains(u"yesterday"_s))
        << merged.error().message.toStdString();
    EXPECT_TRUE(MessageDifferencer::Equals(
        repo<v1::JournalEntry>().get(qs(created.meta().id())).value(), created));
}

TEST_F(Repositories, SharingAGoalMakesItsCheckInsTravelAgain)
{
    auto g = repo<v1::Goal>().create(goal(u"Walk"_s));
    ASSERT_TRUE(g.ok());
    ASSERT_TRUE(repo<v1::GoalCheckIn>()
                    .create(goalCheckIn(qs(g.value().meta().id()), u"n"_s, 1, TestNowMs))
                    .ok());
    const qint64 before = outboxCount();
    auto shared = g.value();
    shared.set_shared_with_therapist(true);
    ASSERT_TRUE(repo<v1::Goal>().update(shared).ok());
    EXPECT_EQ(outboxCount(), before + 2); // the goal and its one check-in
}

TEST_F(Repositories, ARefusedChangeMovesToTheVisibleListWithItsReason)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"a"_s, TestNowMs)).ok());
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"b"_s, TestNowMs)).ok());
    auto queued = Outbox(*m_store).peek(10).value();
    ASSERT_EQ(queued.size(), 2u);
    ASSERT_TRUE(Outbox(*m_store).reject(queued[0].mutationId, u"the server refused it"_s).ok());
    EXPECT_EQ(outboxCount(), 1);
    auto refused = Outbox(*m_store).rejected().value();
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].reason, u"the server refused it"_s);
    EXPECT_EQ(refused[0].recordId, queued[0].recordId);
}

TEST_F(Repositories, ADismissedRefusalLeavesTheListAndNothingElse)
{
    for (const auto &text : { u"a"_s, u"b"_s, u"c"_s })
        ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(text, TestNowMs)).ok());
    auto queued = Outbox(*m_store).peek(10).value();
    ASSERT_EQ(queued.size(), 3u);
    ASSERT_TRUE(Outbox(*m_store).reject(queued[0].mutationId, u"refused"_s).ok());
    ASSERT_TRUE(Outbox(*m_store).reject(queued[1].mutationId, u"refused"_s).ok());
    ASSERT_TRUE(Outbox(*m_store).dismissRejected(queued[0].mutationId).ok());
    auto refused = Outbox(*m_store).rejected().value();
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].mutationId, queued[1].mutationId);
    EXPECT_EQ(outboxCount(), 1) << "the queue itself is untouched";
}
