#pragma once

#include "staffaccounts.h"

#include "circle/v1/records.pb.h"

#include <QList>

namespace circle::server {
class ClinicServices;
}

namespace circle::portal {

struct SessionRow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int number = 0;
    QString topic;
    QString place;
    bool cancelled = false;
};

struct CaseloadRow
{
    QString groupId;
    QString name;
    QString timeZone;
    std::optional<SessionRow> next;
    int members = 0;
    int sharedGoals = 0;
};

struct SharedGoal
{
    QString patientId;
    circle::v1::Goal goal;
    qint64 sharedSinceMs = 0;
    QList<circle::v1::GoalCheckIn> checkIns; ///< oldest first
};

struct MemberRow
{
    QString patientId;
    QString label;
    qint64 lastSeenMs = 0;
    QList<SharedGoal> goals;
};

/** One member's side of a homework assignment. */
struct HomeworkAnswer
{
    QString patientId;
    QString label;
    QString responseId; ///< empty: not answered (or not shared)
    QString text; ///< only what the member shared
    qint64 reviewedMs = 0; ///< 0: not reviewed (or changed since)
};

struct HomeworkRow
{
    QString id;
    QString title;
    qint64 dueMs = 0;
    QString forPatientId; ///< empty: the whole group
    QList<HomeworkAnswer> answers;
};

struct GroupView
{
    QString id;
    QString name;
    QString timeZone;
    int plannedSessions = 0;
    QList<SessionRow> upcoming;
    QList<MemberRow> members;
    QList<HomeworkRow> homework; ///< newest due date first
};

struct GoalView
{
    QString groupId;
    QString groupName;
    QString timeZone;
    QString memberLabel;
    SharedGoal goal;
};

/**
 * What the portal's pages show, read through the server's services with the therapist's
 * rights: only groups they facilitate, only what members shared. Every read of patient
 * data leaves an audit row (who, which patient, which record); a refused one too. A group
 * or goal that is not the therapist's and one that does not exist give the same 403.
 */
class CaseloadReader
{
public:
    explicit CaseloadReader(server::ClinicServices &s);

    Outcome<QList<CaseloadRow>> caseload(const StaffIdentity &staff);
    Outcome<GroupView> group(const StaffIdentity &staff, const QString &groupId);
    Outcome<GoalView> goal(const StaffIdentity &staff, const QString &groupId,
        const QString &patientId, const QString &goalId);

    /**
     * Marks @p patientId's shared answer @p responseId in @p groupId reviewed by @p staff.
     * An answer that is not shared (any more) or not in this group gets the same 403.
     */
    Outcome<server::Done> markReviewed(const StaffIdentity &staff, const QString &groupId,
        const QString &patientId, const QString &responseId);

    /** Succeeds when @p staff facilitates @p groupId; otherwise the same 403 as the pages. */
    Outcome<server::Done> mayManage(const StaffIdentity &staff, const QString &groupId)
    {
        return allowed(staff, groupId, QStringLiteral("group"), groupId);
    }

private:
    Outcome<server::Done> allowed(const StaffIdentity &staff, const QString &groupId,
        const QString &recordType, const QString &recordId);
    Outcome<QList<SessionRow>> upcomingSessions(const QString &groupId);
    Outcome<QList<SharedGoal>> sharedGoals(const QString &groupId);
    Outcome<QList<HomeworkRow>> homework(const QString &groupId, const QList<MemberRow> &members);
    bool audit(const StaffIdentity &staff, const QString &patientId, const QString &type,
        const QString &id);

    server::ClinicServices &m_s;
};

} // namespace circle::portal
