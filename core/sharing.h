#pragma once

#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace circle {

class Store;

/**
 * The one rule for what the clinic's therapists may read (DESIGN.md, Privacy).
 *
 * Sync sends a record either sealed, which the server can only store, or in
 * the clear, which the group's therapists can read. The codec asks this rule
 * for every queued change, and the goal share preview asks it too, so what the
 * patient is shown before sharing is what actually travels.
 */
namespace sharing {

/** How a type of record leaves the phone. */
enum class Visibility {
    Sealed, // always sealed: journal, gratitude, mood, safety plan, preferences
    WhenShared, // in the clear only while the patient shares it: goals, check-ins, homework
    Clear, // always in the clear: RSVPs, which the facilitator needs
};

/** The rule for a record type by its outbox name ("goal"); unknown types stay sealed. */
Visibility visibility(const QString &recordType);

/** A goal travels in the clear while it is shared and not deleted. */
bool travelsInClear(const v1::Goal &goal);
/** A check-in travels in the clear exactly when its goal does. */
bool travelsInClear(const v1::GoalCheckIn &checkIn, const v1::Goal &goal);
/** A homework response travels in the clear once submitted. */
bool travelsInClear(const v1::HomeworkResponse &response);

/**
 * Whether this version of a record (its serialized payload, as queued) goes
 * in the clear. A check-in's goal is read from the store.
 */
bool travelsInClear(Store &store, const QString &recordType, const QByteArray &payload);

/**
 * The names of the fields a therapist can read in a record that travels in
 * the clear: every field set in the payload, in declaration order ("title",
 * "target_value", "steps", ...). Empty when the record would travel sealed.
 * The whole payload goes, so this lists all of it, bookkeeping included.
 */
QStringList fieldsInClear(const v1::Goal &goal);
QStringList fieldsInClear(const v1::GoalCheckIn &checkIn, const v1::Goal &goal);

/** The patient's groups in the order they joined (stored), first joined first. */
Result<std::vector<v1::Group>> groupsInJoinOrder(Store &store);

/**
 * The group whose therapists read a shared goal (and its check-ins): the one
 * the patient chose (shared_group_id) while they still belong to it, else the
 * group they joined first; empty when they belong to none.
 */
QString groupForGoal(Store &store, const v1::Goal &goal);
/** The same rule over groups already read with groupsInJoinOrder(). */
QString groupForGoal(const std::vector<v1::Group> &groupsInJoinOrder, const v1::Goal &goal);

} // namespace sharing

} // namespace circle
