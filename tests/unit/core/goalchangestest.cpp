#include "corefixture.h"

#include "goalchanges.h"
#include "outbox.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class GoalChangesTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        v1::Goal goal;
        goal.set_title("Walk most days");
        goal.set_target_value(5);
        goal.set_unit("walks a week");
        goal.set_start_date("2026-11-01");
        goal.set_due_date("2026-12-31");
        goal.set_status(v1::GOAL_STATUS_ACTIVE);
        goal.add_steps()->set_text("Shoes by the door");
        goal.add_steps()->set_text("Pick a route");
        auto stored = repo<v1::Goal>().create(goal);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_goalId = qs(stored.value().meta().id());
        m_checkInId = addCheckIn(3, "first");
    }

    QString addCheckIn(double value, const std::string &note)
    {
        v1::GoalCheckIn c;
        c.set_goal_id(utf8(m_goalId));
        c.set_value(value);
        c.set_note(note);
        c.set_at_ms(m_clock.nowMs());
        auto stored = repo<v1::GoalCheckIn>().create(c);
        EXPECT_TRUE(stored.ok());
        return stored ? qs(stored.value().meta().id()) : QString();
    }

    std::vector<OutboxEntry> outbox() { return Outbox(*m_store).peek(1000).value(); }

    /** Outbox rows queued after the first `skip`, as "type op". */
    QStringList queuedSince(size_t skip)
    {
        QStringList out;
        const auto rows = outbox();
        for (size_t i = skip; i < rows.size(); ++i)
            out.append(rows[i].recordType
                + (rows[i].op == OutboxEntry::Op::Delete ? u" delete"_s : u" upsert"_s));
        return out;
    }

    QString m_goalId;
    QString m_checkInId;
};

} // namespace

TEST_F(GoalChangesTest, TickingAStepStoresItAndQueuesIt)
{
    const size_t before = outbox().size();
    auto ticked = goalchanges::setStepDone(*m_store, m_goalId, 1, true);
    ASSERT_TRUE(ticked.ok()) << ticked.error().message.toStdString();
    auto stored = repo<v1::Goal>().get(m_goalId).value();
    EXPECT_FALSE(stored.steps(0).done());
    EXPECT_TRUE(stored.steps(1).done());
    EXPECT_EQ(queuedSince(before), QStringList { u"goal upsert"_s });

    // Unticking is the same change the other way; ticking twice writes nothing more.
    ASSERT_TRUE(goalchanges::setStepDone(*m_store, m_goalId, 1, false).ok());
    ASSERT_TRUE(goalchanges::setStepDone(*m_store, m_goalId, 1, false).ok());
    EXPECT_FALSE(repo<v1::Goal>().get(m_goalId).value().steps(1).done());
    EXPECT_EQ(queuedSince(before).size(), 2);

    // The step's field carries its own stamp, so another phone's edit of the title survives a
    // merge.
    bool stamped = false;
    const v1::Goal afterTicks = repo<v1::Goal>().get(m_goalId).value();
    for (const auto &s : afterTicks.field_stamps())
        stamped = stamped || s.field() == "steps";
    EXPECT_TRUE(stamped);

    EXPECT_FALSE(goalchanges::setStepDone(*m_store, m_goalId, 2, true).ok());
    EXPECT_FALSE(goalchanges::setStepDone(*m_store, m_goalId, -1, true).ok());
}

TEST_F(GoalChangesTest, StatusMovesBetweenActiveReachedAndPaused)
{
    for (auto status :
        { v1::GOAL_STATUS_ACHIEVED, v1::GOAL_STATUS_PAUSED, v1::GOAL_STATUS_ACTIVE }) {
        auto changed = goalchanges::setStatus(*m_store, m_goalId, status);
        ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
        EXPECT_EQ(repo<v1::Goal>().get(m_goalId).value().status(), status);
    }
    EXPECT_FALSE(goalchanges::setStatus(*m_store, m_goalId, v1::GOAL_STATUS_UNSPECIFIED).ok());
    EXPECT_EQ(repo<v1::Goal>().get(m_goalId).value().status(), v1::GOAL_STATUS_ACTIVE);
}

TEST_F(GoalChangesTest, RemovingAGoalTombstonesItAndItsCheckInsTogether)
{
    addCheckIn(4, "second");
    const size_t before = outbox().size();
    ASSERT_TRUE(goalchanges::removeGoal(*m_store, m_goalId).ok());
    EXPECT_EQ(repo<v1::Goal>().get(m_goalId).error().code, Error::Code::NotFound);
    EXPECT_TRUE(repo<v1::GoalCheckIn>().listByParent(m_goalId).value().empty());
    EXPECT_EQ(repo<v1::GoalCheckIn>().count().value(), 0);
    // Every tombstone is queued, so the clinic drops the shared goal and its check-ins.
    EXPECT_EQ(queuedSince(before),
        (QStringList { u"goal_check_in delete"_s, u"goal_check_in delete"_s, u"goal delete"_s }));
    // The tombstones keep no content.
    auto tombstone = repo<v1::Goal>().get(m_goalId, true).value();
    EXPECT_TRUE(tombstone.meta().deleted());
    EXPECT_TRUE(tombstone.title().empty());
}

TEST_F(GoalChangesTest, CorrectionReplacesTheCheckInAtTheSameMoment)
{
    const qint64 takenAt = repo<v1::GoalCheckIn>().get(m_checkInId).value().at_ms();
    m_clock.advance(3 * 60 * 60 * 1000);
    const size_t before = outbox().size();
    auto corrected = goalchanges::correctCheckIn(*m_store, m_checkInId, 4, u"fixed"_s);
    ASSERT_TRUE(corrected.ok()) << corrected.error().message.toStdString();
    EXPECT_NE(qs(corrected.value().meta().id()), m_checkInId);
    EXPECT_EQ(corrected.value().at_ms(), takenAt);
    const auto live = repo<v1::GoalCheckIn>().listByParent(m_goalId).value();
    ASSERT_EQ(live.size(), 1u);
    EXPECT_EQ(live.front().value(), 4);
    EXPECT_EQ(live.front().note(), "fixed");
    EXPECT_TRUE(repo<v1::GoalCheckIn>().get(m_checkInId, true).value().meta().deleted());
    EXPECT_EQ(queuedSince(before),
        (QStringList { u"goal_check_in delete"_s, u"goal_check_in upsert"_s }));
}

TEST_F(GoalChangesTest, AFailedCorrectionLeavesTheOldCheckIn)
{
    // A value validation refuses: the tombstone written before it must roll back.
    const size_t before = outbox().size();
    auto corrected = goalchanges::correctCheckIn(*m_store, m_checkInId, -2, u"oops"_s);
    EXPECT_FALSE(corrected.ok());
    auto old = repo<v1::GoalCheckIn>().get(m_checkInId);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old.value().value(), 3);
    EXPECT_EQ(outbox().size(), before);
}

TEST_F(GoalChangesTest, RemovingACheckInKeepsTheOthers)
{
    const QString second = addCheckIn(4, "second");
    ASSERT_TRUE(goalchanges::removeCheckIn(*m_store, m_checkInId).ok());
    const auto live = repo<v1::GoalCheckIn>().listByParent(m_goalId).value();
    ASSERT_EQ(live.size(), 1u);
    EXPECT_EQ(qs(live.front().meta().id()), second);
    EXPECT_FALSE(goalchanges::removeCheckIn(*m_store, m_checkInId).ok());
}

TEST_F(GoalChangesTest, FarAboveTargetCatchesSlipsNotGoodWeeks)
{
    EXPECT_TRUE(goalchanges::farAboveTarget(500, 5));
    EXPECT_TRUE(goalchanges::farAboveTarget(50, 5));
    EXPECT_FALSE(goalchanges::farAboveTarget(10, 5));
    EXPECT_FALSE(goalchanges::farAboveTarget(4, 1)); // a good week on a small target
    EXPECT_TRUE(goalchanges::farAboveTarget(20, 1));
    EXPECT_FALSE(goalchanges::farAboveTarget(90, 20)); // minutes a day: a long walk
    EXPECT_TRUE(goalchanges::farAboveTarget(2000, 20));
    EXPECT_FALSE(goalchanges::farAboveTarget(0, 5));
    EXPECT_FALSE(goalchanges::farAboveTarget(500, 0));
}
