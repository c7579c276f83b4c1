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

/** How the store reconciles two versions of one record that sync or an import brings together. */
enum class MergePolicy {
    LaterWins, // the version with the later HLC stamp is kept whole
    FieldByField, // each field keeps its later change (fieldmerge.h): both phones' edits stay
    TextCopies, // the later version wins, and text written apart from it is kept as a copy
};

/**
 * What a record type has unless its RecordTraits says otherwise. Every reader of a
 * record type's facts (repository, exchange, merge, search) asks RecordTraits, so a
 * new record type, or a changed rule, is written down here once.
 */
struct RecordTraitsDefaults
{
    /**
     * The record a child must point at, checked when the phone writes it and when a file
     * is imported; void for none. Clinic records (a session's group) name a parent too,
     * but the clinic is their authority and the phone takes them as sent.
     */
    using Parent = void;
    /** An optional second link (a homework answer's journal entry), checked like Parent. */
    using Attachment = void;
    /** The full-text index the record's text goes to; nullptr when it is not searchable. */
    static constexpr const char *searchTable = nullptr;
    static constexpr MergePolicy merge = MergePolicy::LaterWins;
    /** False for records that are only ever added (a check-in is corrected by a new one). */
    static constexpr bool editable = true;
    /**
     * Children whose visibility to the therapist follows this record's
     * shared_with_therapist: a change to it writes a new version of each.
     */
    using SharedChildren = void;
};

/**
 * Per-record-type facts: its table, its name in the outbox and in exports, who authors
 * it, the key it sorts by (newest first), the record it belongs to and how that link is
 * checked, and (after the fixed columns) whatever it does differently from
 * RecordTraitsDefaults. One specialisation per message in records.proto.
 */
template<typename T> struct RecordTraits;

#define CIRCLE_RECORD_TRAITS(Type, Table, Name, Auth, SortExpr, ParentType, ParentExpr, ...)       \
    template<> struct RecordTraits<v1::Type> : RecordTraitsDefaults                                \
    {                                                                                              \
        static constexpr const char *table = Table;                                                \
        static constexpr const char *typeName = Name;                                              \
        static constexpr Authority authority = Authority::Auth;                                    \
        static qint64 sortKey(const v1::Type &r) { return SortExpr; }                              \
        using Parent = ParentType;                                                                 \
        static std::string parentId([[maybe_unused]] const v1::Type &r) { return ParentExpr; }     \
        __VA_ARGS__                                                                                \
    };

// A macro here keeps thirteen types' facts readable side by side.
CIRCLE_RECORD_TRAITS(JournalEntry, "journal_entries", "journal_entry", Patient, r.written_ms(),
                     void, {}, static constexpr const char *searchTable = "journal_fts";
                     static constexpr MergePolicy merge = MergePolicy::TextCopies;)
CIRCLE_RECORD_TRAITS(GratitudeEntry, "gratitude_entries", "gratitude_entry", Patient,
                     r.written_ms(), void, {},
                     static constexpr const char *searchTable = "gratitude_fts";
                     static constexpr MergePolicy merge = MergePolicy::TextCopies;)
CIRCLE_RECORD_TRAITS(MoodCheckIn, "mood_check_ins", "mood_check_in", Patient, r.at_ms(), void, {})
CIRCLE_RECORD_TRAITS(Goal, "goals", "goal", Patient, r.meta().created_ms(), void, {},
                     static constexpr MergePolicy merge = MergePolicy::FieldByField;
                     using SharedChildren = v1::GoalCheckIn;)
CIRCLE_RECORD_TRAITS(GoalCheckIn, "goal_check_ins", "goal_check_in", Patient, r.at_ms(), v1::Goal,
                     r.goal_id(), static constexpr bool editable = false;)
CIRCLE_RECORD_TRAITS(Group, "therapy_groups", "group", Clinic, r.meta().created_ms(), void, {})
CIRCLE_RECORD_TRAITS(
    GroupSession, "group_sessions", "group_session", Clinic, r.start_ms(), void, r.group_id())
CIRCLE_RECORD_TRAITS(
    Rsvp, "rsvps", "rsvp", Patient, r.meta().updated_ms(), v1::GroupSession, r.session_id())
CIRCLE_RECORD_TRAITS(HomeworkAssignment, "homework_assignments", "homework_assignment", Clinic,
    r.due_ms(), void, r.group_id())
CIRCLE_RECORD_TRAITS(
    HomeworkResponse, "homework_responses", "homework_response", Patient, r.meta().updated_ms(),
    v1::HomeworkAssignment, r.assignment_id(), using Attachment = v1::JournalEntry;
    static std::string attachmentId(const v1::HomeworkResponse &r) { return r.journal_entry_id(); })
CIRCLE_RECORD_TRAITS(ReminderPreferences, "reminder_preferences", "reminder_preferences", Patient,
                     r.meta().updated_ms(), void, {},
                     static constexpr MergePolicy merge = MergePolicy::FieldByField;)
CIRCLE_RECORD_TRAITS(
    SafetyPlan, "safety_plans", "safety_plan", Patient, r.meta().updated_ms(), void, {})
CIRCLE_RECORD_TRAITS(AgreementAck, "agreement_acks", "agreement_ack", Patient, r.acknowledged_ms(),
    v1::Group, r.group_id())

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
