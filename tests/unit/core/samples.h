#pragma once

#include "records.h"

#include <QString>

namespace circle::test {

// Valid records of every type; `text` lands in each free-text field so tests
// can trace what a patient wrote. Parents are given by id.
v1::JournalEntry journal(const QString &text, qint64 writtenMs);
v1::GratitudeEntry gratitude(const QString &text, qint64 writtenMs);
v1::MoodCheckIn mood(const QString &text, int score, qint64 atMs);
v1::Goal goal(const QString &text);
v1::GoalCheckIn goalCheckIn(const QString &goalId, const QString &text, double value, qint64 atMs);
v1::Group group(const QString &text);
v1::GroupSession session(const QString &groupId, const QString &text, qint64 startMs);
v1::Rsvp rsvp(const QString &sessionId, const QString &text);
v1::HomeworkAssignment assignment(const QString &groupId, const QString &text, qint64 dueMs);
v1::HomeworkResponse homeworkResponse(const QString &assignmentId, const QString &text);
v1::ReminderPreferences reminderPreferences();
v1::SafetyPlan safetyPlan(const QString &text);
v1::AgreementAck agreementAck(const QString &groupId, qint64 atMs);

} // namespace circle::test
