#pragma once

#include "circle/v1/records.pb.h"

#include <QString>
#include <QtGlobal>

#include <string>

namespace circle {

/** Who may author a table's records (DESIGN.md, "Authority per table"). */
enum class Authority {
    Patient, // written on the phone; every write also goes to the outbox
    Clinic, // arrives from the clinic; read-only on the phone, the server wins
};

/**
 * Per-record-type facts the store needs: its table, its name in the outbox and
 * in exports, who authors it, the key it sorts by (newest first), and the
 * record it belongs to, if any. One specialisation per message in records.proto.
 */
template<typename T> struct RecordTraits;

#define CIRCLE_RECORD_TRAITS(Type, Table, Name, Auth, SortExpr, ParentExpr)                        \
    template<> struct RecordTraits<v1::Type>                                                       \
    {                                                                                              \
        static constexpr const char *table = Table;                                                \
        static constexpr const char *typeName = Name;                                              \
        static constexpr Authority authority = Authority::Auth;                                    \
        static qint64 sortKey(const v1::Type &r) { return SortExpr; }                              \
        static std::string parentId([[maybe_unused]] const v1::Type &r) { return ParentExpr; }     \
    };

// A macro here keeps thirteen four-line facts readable side by side.
CIRCLE_RECORD_TRAITS(JournalEntry, "journal_entries", "journal_entry", Patient, r.written_ms(), {})
CIRCLE_RECORD_TRAITS(
    GratitudeEntry, "gratitude_entries", "gratitude_entry", Patient, r.written_ms(), {})
CIRCLE_RECORD_TRAITS(MoodCheckIn, "mood_check_ins", "mood_check_in", Patient, r.at_ms(), {})
CIRCLE_RECORD_TRAITS(Goal, "goals", "goal", Patient, r.meta().created_ms(), {})
CIRCLE_RECORD_TRAITS(
    GoalCheckIn, "goal_check_ins", "goal_check_in", Patient, r.at_ms(), r.goal_id())
CIRCLE_RECORD_TRAITS(Group, "therapy_groups", "group", Clinic, r.meta().created_ms(), {})
CIRCLE_RECORD_TRAITS(
    GroupSession, "group_sessions", "group_session", Clinic, r.start_ms(), r.group_id())
CIRCLE_RECORD_TRAITS(Rsvp, "rsvps", "rsvp", Patient, r.meta().updated_ms(), r.session_id())
CIRCLE_RECORD_TRAITS(HomeworkAssignment, "homework_assignments", "homework_assignment", Clinic,
    r.due_ms(), r.group_id())
CIRCLE_RECORD_TRAITS(HomeworkResponse, "homework_responses", "homework_response", Patient,
    r.meta().updated_ms(), r.assignment_id())
CIRCLE_RECORD_TRAITS(ReminderPreferences, "reminder_preferences", "reminder_preferences", Patient,
    r.meta().updated_ms(), {})
CIRCLE_RECORD_TRAITS(SafetyPlan, "safety_plans", "safety_plan", Patient, r.meta().updated_ms(), {})
CIRCLE_RECORD_TRAITS(
    AgreementAck, "agreement_acks", "agreement_ack", Patient, r.acknowledged_ms(), r.group_id())

#undef CIRCLE_RECORD_TRAITS

/** Calls f.template operator()<T>() once for every record type, in a fixed order. */
template<typename F> void forEachRecordType(F &&f)
{
    f.template operator()<v1::JournalEntry>();
    f.template operator()<v1::GratitudeEntry>();
    f.template operator()<v1::MoodCheckIn>();
    f.template operator()<v1::Goal>();
    f.template operator()<v1::GoalCheckIn>();
    f.template operator()<v1::Group>();
    f.template operator()<v1::GroupSession>();
    f.template operator()<v1::Rsvp>();
    f.template operator()<v1::HomeworkAssignment>();
    f.template operator()<v1::HomeworkResponse>();
    f.template operator()<v1::ReminderPreferences>();
    f.template operator()<v1::SafetyPlan>();
    f.template operator()<v1::AgreementAck>();
}

inline QString qs(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace circle
