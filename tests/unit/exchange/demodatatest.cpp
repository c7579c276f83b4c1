#include "exchangefixture.h"

#include "demodata.h"
#include "validation.h"

#include <QDateTime>
#include <QTimeZone>

#include <set>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

namespace {

class DemoData : public ExchangeTest
{
protected:
    template<typename T> std::vector<T> all(Store &store)
    {
        return Repository<T>(store).list(PageRequest { 1000, {}, true }).value().items;
    }

    void seed()
    {
        auto r = seedDemoData(a());
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }
};

const std::map<std::string, qint64> expectedCounts = {
    { "journal_entry", 7 },
    { "gratitude_entry", 7 },
    { "mood_check_in", 7 },
    { "goal", 2 },
    { "goal_check_in", 7 },
    { "group", 1 },
    { "group_session", 12 },
    { "rsvp", 1 },
    { "homework_assignment", 1 },
    { "homework_response", 0 },
    { "reminder_preferences", 1 },
    { "safety_plan", 1 },
    { "agreement_ack", 0 },
};

} // namespace

TEST_F(DemoData, SeedsTheExpectedWeek)
{
    seed();
    EXPECT_EQ(counts(a()), expectedCounts);
}

TEST_F(DemoData, EveryRecordPassesValidation)
{
    seed();
    forEachRecordType([&]<typename T>() {
        for (const T &r : all<T>(a())) {
            SCOPED_TRACE(RecordTraits<T>::typeName);
            auto meta = validateMeta(r.meta(), RecordTraits<T>::typeName);
            EXPECT_TRUE(meta.ok()) << meta.error().message.toStdString();
            auto v = validate(r);
            EXPECT_TRUE(v.ok()) << v.error().message.toStdString();
            EXPECT_FALSE(r.meta().deleted());
        }
    });
}

TEST_F(DemoData, TheWeekLiesInThePastOneEntryPerDay)
{
    seed();
    const qint64 now = m_clock.nowMs();
    std::set<std::string> days;
    for (const auto &e : all<v1::JournalEntry>(a())) {
        EXPECT_LT(e.written_ms(), now);
        EXPECT_GT(e.written_ms(), now - 8 * 86'400'000LL);
        EXPECT_FALSE(e.topic().empty());
    }
    int withMood = 0;
    for (const auto &e : all<v1::JournalEntry>(a()))
        withMood += e.has_mood() ? 1 : 0;
    EXPECT_GT(withMood, 0);
    EXPECT_LT(withMood, 7) << "some entries come without a mood";
    for (const auto &g : all<v1::GratitudeEntry>(a())) {
        EXPECT_GE(g.items_size(), 1);
        EXPECT_LE(g.items_size(), 3);
        days.insert(g.day());
    }
    EXPECT_EQ(days.size(), 7u);
}

TEST_F(DemoData, GoalsHaveCheckInsAndTheMeetingsGoalIsMeasurable)
{
    seed();
    const auto goals = all<v1::Goal>(a());
    bool meetings = false;
    for (const auto &g : goals) {
        const auto checkIns
            = Repository<v1::GoalCheckIn>(a()).listByParent(qs(g.meta().id())).value();
        EXPECT_GE(checkIns.size(), 3u) << g.title();
        if (g.title() == "Go to three support meetings a week") {
            meetings = true;
            EXPECT_EQ(g.target_value(), 3);
            EXPECT_EQ(g.unit(), "meetings a week");
        }
    }
    EXPECT_TRUE(meetings);
}

TEST_F(DemoData, TheGroupHasTwelveNumberedSessionsSomePastOneCancelled)
{
    seed();
    const auto groups = all<v1::Group>(a());
    ASSERT_EQ(groups.size(), 1u);
    const auto &group = groups.front();
    EXPECT_EQ(group.kind(), v1::GROUP_KIND_PROCESS);
    EXPECT_FALSE(group.open());
    EXPECT_EQ(group.time_zone(), "America/New_York");
    EXPECT_EQ(group.agreement_version(), 1);
    for (const char *rule :
        { "stays here", "pass", "dignity", "violence", "alcohol or drugs", "goodbye" })
        EXPECT_NE(group.agreement_text().find(rule), std::string::npos) << rule;

    auto sessions = Repository<v1::GroupSession>(a()).listByParent(qs(group.meta().id())).value();
    ASSERT_EQ(sessions.size(), 12u);
    std::sort(sessions.begin(), sessions.end(),
        [](const auto &x, const auto &y) { return x.number() < y.number(); });
    const qint64 now = m_clock.nowMs();
    int past = 0;
    int cancelled = 0;
    const QTimeZone zone("America/New_York");
    for (int i = 0; i < 12; ++i) {
        const auto &s = sessions[size_t(i)];
        EXPECT_EQ(s.number(), i + 1);
        past += s.start_ms() < now ? 1 : 0;
        cancelled += s.status() == v1::SESSION_STATUS_CANCELLED ? 1 : 0;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.start_ms(), zone);
        EXPECT_EQ(start.date().dayOfWeek(), Qt::Tuesday);
        EXPECT_EQ(start.time(), QTime(18, 0)) << "18:00 local, also across a DST change";
    }
    EXPECT_EQ(past, 4);
    EXPECT_EQ(cancelled, 1);

    // The RSVP answers the next session, which is ahead and at most a week away.
    const auto rsvps = all<v1::Rsvp>(a());
    ASSERT_EQ(rsvps.size(), 1u);
    EXPECT_EQ(rsvps.front().session_id(), sessions[4].meta().id());
    EXPECT_GT(sessions[4].start_ms(), now);
    EXPECT_LE(sessions[4].start_ms(), now + 7 * 86'400'000LL);

    const auto homework = all<v1::HomeworkAssignment>(a());
    ASSERT_EQ(homework.size(), 1u);
    EXPECT_GT(homework.front().due_ms(), now);
    EXPECT_LT(homework.front().due_ms(), now + 7 * 86'400'000LL);
}

TEST_F(DemoData, TheSafetyPlanListsTheCrisisLines)
{
    seed();
    const auto plans = all<v1::SafetyPlan>(a());
    ASSERT_EQ(plans.size(), 1u);
    std::set<std::string> phones;
    for (const auto &c : plans.front().crisis_contacts())
        phones.insert(c.phone());
    EXPECT_TRUE(phones.contains("988"));
    EXPECT_TRUE(phones.contains("1-800-662-4357"));
    EXPECT_FALSE(plans.front().warning_signs().empty());
    EXPECT_FALSE(plans.front().coping_steps().empty());
    EXPECT_FALSE(plans.front().people_and_places().empty());
    EXPECT_FALSE(plans.front().professional_contacts().empty());
}

TEST_F(DemoData, RefusesAStoreThatAlreadyHoldsRecords)
{
    seed();
    const QByteArray before = exportOf(a());
    auto again = seedDemoData(a());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Invalid);
    EXPECT_EQ(exportOf(a()), before);
}

TEST_F(DemoData, RoundTripsThroughExportAndImport)
{
    seed();
    const QByteArray json = exportOf(a());
    ASSERT_TRUE(DataExchange(b()).importJson(json).ok());
    EXPECT_EQ(exportOf(b()), json);
}

// "Now" at awkward moments: just before and during a Tuesday session, on a
// Sunday, and in the weeks around both daylight-saving changes in New York.
class DemoDataAtMoments : public DemoData, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(DemoDataAtMoments, KeepsFourSessionsBehindAndTheRsvpAhead)
{
    m_clock.set(
        QDateTime::fromString(QString::fromLatin1(GetParam()), Qt::ISODate).toMSecsSinceEpoch());
    seed();
    const qint64 now = m_clock.nowMs();
    int past = 0;
    for (const auto &s : all<v1::GroupSession>(a()))
        past += s.start_ms() < now ? 1 : 0;
    EXPECT_EQ(past, 4);
    const auto rsvp = all<v1::Rsvp>(a()).front();
    EXPECT_GT(Repository<v1::GroupSession>(a()).get(qs(rsvp.session_id())).value().start_ms(), now);
    for (const auto &e : all<v1::JournalEntry>(a()))
        EXPECT_LT(e.written_ms(), now);
}

INSTANTIATE_TEST_SUITE_P(Moments, DemoDataAtMoments,
    ::testing::Values("2026-11-24T22:59:00Z", // Tue 17:59 in New York
        "2026-11-24T23:30:00Z", // Tue 18:30, group under way
        "2026-11-22T12:00:00Z", // a Sunday
        "2027-03-16T12:00:00Z", // Tuesday after clocks go forward
        "2026-11-01T06:30:00Z")); // hours after clocks go back
