#pragma once

#include "records.h"
#include "result.h"

namespace circle {

/**
 * Checks a record's own fields before it is stored or imported. Each failure
 * names the record type and field, e.g. "goal: the target must be a number above 0".
 * References to other records (a check-in's goal) are checked by the repository.
 */
Result<void> validate(const v1::JournalEntry &r);
Result<void> validate(const v1::GratitudeEntry &r);
Result<void> validate(const v1::MoodCheckIn &r);
Result<void> validate(const v1::Goal &r);
Result<void> validate(const v1::GoalCheckIn &r);
Result<void> validate(const v1::Group &r);
Result<void> validate(const v1::GroupSession &r);
Result<void> validate(const v1::Rsvp &r);
Result<void> validate(const v1::HomeworkAssignment &r);
Result<void> validate(const v1::HomeworkResponse &r);
Result<void> validate(const v1::ReminderPreferences &r);
Result<void> validate(const v1::SafetyPlan &r);
Result<void> validate(const v1::AgreementAck &r);

/** Checks the bookkeeping every stored record must have (id, times, HLC). */
Result<void> validateMeta(const v1::RecordMeta &meta, const char *typeName);

/** Longest text Circle stores in one field: far beyond any real entry, short of abuse. */
constexpr qsizetype MaxTextLength = 1'000'000;

} // namespace circle
