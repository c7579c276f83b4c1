#include "goalchanges.h"

#include "repository.h"
#include "sqlite.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace circle::goalchanges {

namespace {

// Reads the goal, lets change() alter it and stores it, in one transaction;
// a goal change() leaves as it was is not written again.
template<typename Change>
Result<v1::Goal> changeGoal(Store &store, const QString &goalId, Change &&change)
{
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    Repository<v1::Goal> goals(store);
    auto goal = goals.get(goalId);
    if (!goal)
        return goal.error();
    v1::Goal changed = goal.value();
    if (auto r = change(changed); !r)
        return r.error();
    if (changed.SerializeAsString() == goal.value().SerializeAsString())
        return changed;
    auto stored = goals.update(changed);
    if (!stored)
        return stored.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return stored;
}

} // namespace

Result<v1::Goal> setStepDone(Store &store, const QString &goalId, int index, bool done)
{
    return changeGoal(store, goalId, [index, done](v1::Goal &goal) -> Result<void> {
        if (index < 0 || index >= goal.steps_size())
            return Error::make(Error::Code::Invalid, u"goal: there is no step %1"_s.arg(index + 1));
        goal.mutable_steps(index)->set_done(done);
        return {};
    });
}

Result<v1::Goal> setStatus(Store &store, const QString &goalId, v1::GoalStatus status)
{
    return changeGoal(store, goalId, [status](v1::Goal &goal) -> Result<void> {
        if (status == v1::GOAL_STATUS_UNSPECIFIED || !v1::GoalStatus_IsValid(status))
            return Error::make(Error::Code::Invalid, u"goal: the status is not one Circle knows"_s);
        goal.set_status(status);
        return {};
    });
}

Result<void> removeGoal(Store &store, const QString &goalId)
{
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    Repository<v1::GoalCheckIn> checkIns(store);
    auto children = checkIns.listByParent(goalId);
    if (!children)
        return children.error();
    // The check-ins go first: none is left pointing at a goal that is gone.
    for (const auto &checkIn : children.value())
        if (auto r = checkIns.remove(qs(checkIn.meta().id())); !r)
            return r;
    if (auto r = Repository<v1::Goal>(store).remove(goalId); !r)
        return r;
    return tx.commit();
}

Result<v1::GoalCheckIn> correctCheckIn(
    Store &store, const QString &checkInId, double value, const QString &note)
{
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    Repository<v1::GoalCheckIn> checkIns(store);
    auto old = checkIns.get(checkInId);
    if (!old)
        return old.error();
    v1::GoalCheckIn replacement;
    replacement.set_goal_id(old.value().goal_id());
    replacement.set_value(value);
    replacement.set_note(utf8(note));
    replacement.set_at_ms(old.value().at_ms());
    if (auto r = checkIns.remove(checkInId); !r)
        return r.error();
    auto created = checkIns.create(replacement);
    if (!created)
        return created.error(); // the transaction rolls the tombstone back too
    if (auto c = tx.commit(); !c)
        return c.error();
    return created;
}

Result<void> removeCheckIn(Store &store, const QString &checkInId)
{
    return Repository<v1::GoalCheckIn>(store).remove(checkInId);
}

bool farAboveTarget(double value, double target)
{
    if (!(target > 0))
        return false;
    return value > 5 * target && value - target >= 10;
}

} // namespace circle::goalchanges
