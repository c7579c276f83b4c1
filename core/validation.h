#pragma once

#include "fieldlimits.h"
#include "records.h"
#include "result.h"

#include <QDate>
#include <QLocale>

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

/** What would keep a homework answer from being stored; validate() refuses the same. */
enum class AnswerProblem {
    None,
    Empty, // no words, no attached journal entry, and not marked done
    TooLong, // more than MaxTextLength characters
};
AnswerProblem homeworkAnswerProblem(const v1::HomeworkResponse &r);

/** What is wrong with a number the patient typed for a goal's target or a check-in. */
enum class NumberProblem {
    None,
    Empty,
    NotANumber, // letters, "12abc", "inf": anything that is not one plain number
    Negative,
    NotAboveZero, // zero where only more than zero makes sense (a target)
    TooLarge,
};

/** Largest goal target or check-in value: no real count or duration comes near it. */
constexpr double MaxGoalNumber = 1'000'000'000.0;

/**
 * Reads a number as the patient typed it: in their locale ("2,5" in Spanish)
 * or in the C locale ("2.5" always works), surrounding spaces ignored. On
 * success *value holds it. A target must be above 0; a check-in may be 0.
 */
NumberProblem parseGoalNumber(
    const QString &text, const QLocale &locale, bool mustBeAboveZero, double *value);

/**
 * Whether a due date chosen in the goal builder is acceptable: not before
 * today. A goal's stored due date may well lie in the past (time passes), so
 * validate(Goal) does not check this; only a newly chosen date is held to it.
 */
bool dueDateAcceptable(const QDate &due, const QDate &today);

} // namespace circle
