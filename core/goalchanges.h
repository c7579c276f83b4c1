#pragma once

#include "records.h"
#include "result.h"

#include <QString>

namespace circle {

class Store;

/**
 * The changes that keep a goal up to date after it is set: ticking its steps,
 * reaching it, putting it aside and taking it up again, deleting it, and
 * correcting or deleting a check-in.
 *
 * Each is one transaction: every record it writes commits together with its
 * outbox row, so a change either syncs whole or is not made at all. A goal is
 * merged field by field (DESIGN.md), so a step ticked here and a title changed
 * on another phone both survive. Check-ins are append-only: a correction is the
 * old check-in's tombstone and a new check-in at the same moment, written
 * together, so the other phone and the clinic see one value replace the other.
 */
namespace goalchanges {

/** Marks the action step at index done or not done. */
Result<v1::Goal> setStepDone(Store &store, const QString &goalId, int index, bool done);

/** Sets the goal's status: reached, put aside (paused) or active again. */
Result<v1::Goal> setStatus(Store &store, const QString &goalId, v1::GoalStatus status);

/**
 * Deletes the goal and every check-in of it. A shared goal's tombstones travel
 * like its other changes, so the therapist no longer sees any of it.
 */
Result<void> removeGoal(Store &store, const QString &goalId);

/**
 * Replaces a check-in's value and note, keeping when it was taken. Returns the
 * new check-in; the old one is a tombstone.
 */
Result<v1::GoalCheckIn> correctCheckIn(
    Store &store, const QString &checkInId, double value, const QString &note);

/** Deletes one check-in. */
Result<void> removeCheckIn(Store &store, const QString &checkInId);

/**
 * Whether a check-in value lies so far above the goal's target that it is
 * more likely a slip of the finger (500 for a target of 5) than a real count:
 * more than five times the target and at least ten above it. The small margin
 * keeps a good week on a small target (4 meetings against 1) from being
 * questioned.
 */
bool farAboveTarget(double value, double target);

} // namespace goalchanges

} // namespace circle
