#pragma once

#include "apierror.h"
#include "authenticator.h"
#include "serverlimits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace circle::v1 {
class Group;
class GroupSession;
class HomeworkAssignment;
class RecordMeta;
class SharedItem;
} // namespace circle::v1

namespace circle::server {

class AuditLog;
class Database;
class RecordStore;
class ServerClock;

/** Who asks for a clinic change: a therapist (only for groups they facilitate) or the
 * administrator. */
struct Actor
{
    enum class Kind { Therapist, Admin };
    Kind kind = Kind::Admin;
    QString id;
    QString name;

    static Actor admin() { return {}; }
    static Actor therapist(const TherapistIdentity &t) { return { Kind::Therapist, t.id, t.name }; }
    /** How the audit log names this actor. */
    QString auditName() const;
};

struct GroupSummary
{
    QString id;
    QString name;
    int members = 0;
};

/**
 * Clinic-authored data: groups, their sessions and homework, and the therapists' read of
 * what patients shared. Used by the therapist API and by `circle-server admin`, so both go
 * through the same checks. Every write becomes a record with a new sequence number, which
 * is how the members' phones learn about it on their next pull.
 */
class ClinicService
{
public:
    ClinicService(Database &db, RecordStore &records, AuditLog &audit, ServerClock &clock,
        const ServerLimits &limits);

    /**
     * Succeeds when @p actor may manage @p groupId. A therapist gets 403 both for another
     * therapist's group and for one that does not exist, so ids cannot be probed.
     */
    Outcome<Done> requireGroup(const Actor &actor, const QString &groupId);

    /** Creates a group facilitated by the calling therapist (or by @p facilitatorId for the admin).
     */
    Outcome<QString> createGroup(
        const Actor &actor, circle::v1::Group group, const QString &facilitatorId = {});
    /** Makes @p therapistId a facilitator of @p groupId (the administrator's change). */
    Outcome<Done> addFacilitator(const QString &groupId, const QString &therapistId);

    /** Adds or replaces sessions; returns their ids in request order. */
    Outcome<QStringList> putSessions(const Actor &actor, const QString &groupId,
        const QList<circle::v1::GroupSession> &sessions);
    /** The longest homework title and instructions assignHomework() takes, in characters. */
    static constexpr int kHomeworkTitleMax = 200;
    static constexpr int kHomeworkInstructionsMax = 20000;
    /** Assigns homework to the whole group (empty @p patientId) or one member. */
    Outcome<QString> assignHomework(
        const Actor &actor, circle::v1::HomeworkAssignment assignment, const QString &patientId);
    /** What the members of @p groupId shared: clear records only, each read audited. */
    Outcome<QList<circle::v1::SharedItem>> sharedItems(const Actor &actor, const QString &groupId);

    /** The stored group record (name, time zone) for building series. */
    Outcome<circle::v1::Group> group(const QString &groupId);
    Outcome<QList<GroupSummary>> listGroups();
    Outcome<bool> isMember(const QString &groupId, const QString &patientId);

private:
    Outcome<QString> writeClinicRecord(const Actor &actor, const QString &action,
        const QString &type, const circle::v1::RecordMeta &meta, const QString &groupId,
        const QString &audience, const std::string &body, bool replace);

    Database &m_db;
    RecordStore &m_records;
    AuditLog &m_audit;
    ServerClock &m_clock;
    ServerLimits m_limits;
};

} // namespace circle::server
