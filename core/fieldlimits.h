#pragma once

#include <QtGlobal>

/**
 * The longest each text field may be, in characters as a person counts them, and the
 * few counts Circle caps. One table, read by validate() before anything is stored or
 * imported and by the view models before they try, so the patient is told which field
 * is too long, by how much and in their own language, and the UI and the store can
 * never disagree about a limit again (they once did: an RSVP note was 500 in the
 * schedule and 2000 in the store).
 *
 * The clinic server sets no per-field limits of its own (only the size of a request,
 * server/serverlimits.h), so these are what a record may carry anywhere.
 */
namespace circle {

/** Longest text Circle stores in one field: far beyond any real entry, short of abuse. */
inline constexpr qsizetype MaxTextLength = 1'000'000;

namespace TextLimits {
// Journal
inline constexpr qsizetype JournalTopic = 64; // a topic or prompt id, not prose
// Gratitude
inline constexpr qsizetype GratitudeItem = 5000;
// Mood
inline constexpr qsizetype MoodNote = 10'000;
inline constexpr qsizetype EmotionWord = 40;
inline constexpr int MaxEmotions = 20; // emotion words on one check-in
// Goals
inline constexpr qsizetype GoalTitle = 200;
inline constexpr qsizetype GoalUnit = 60;
inline constexpr qsizetype GoalStep = 500; // one action step
inline constexpr qsizetype GoalWhy = 10'000; // "why it matters"
inline constexpr int MaxGoalSteps = 20; // held by the builder only, not by validate()
inline constexpr qsizetype CheckInNote = 10'000;
// Schedule: a note for the facilitator is a line or two, not a letter.
inline constexpr qsizetype RsvpReason = 500;
// Safety plan
inline constexpr qsizetype PlanLine = 2000; // one warning sign or coping step
inline constexpr qsizetype ContactName = 200;
inline constexpr qsizetype ContactPhone = 50;
inline constexpr qsizetype ContactNote = 2000;
} // namespace TextLimits

} // namespace circle
