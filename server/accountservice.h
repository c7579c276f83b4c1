#pragma once

#include "apierror.h"
#include "clinicservice.h"
#include "invitelink.h"
#include "serverlimits.h"

#include <QList>
#include <QString>

namespace circle::v1 {
class EnrollRequest;
class EnrollResponse;
} // namespace circle::v1

namespace circle::server {

class AuditLog;
class Database;
class RecordStore;
class ServerClock;

struct NewTherapist
{
    QString id;
    QString token; ///< shown once; only its hash is stored
};

struct NewInvite
{
    QString invite; ///< the circle-invite:1?... line
    QString patientId;
};

struct DeviceInfo
{
    QString id;
    QString patientId;
    QString patientLabel;
    QString name;
    qint64 createdMs = 0;
    qint64 lastSeenMs = 0;
    qint64 expiresMs = 0;
    bool revoked = false;
};

struct TherapistInfo
{
    QString id;
    QString name;
    qint64 createdMs = 0;
    bool revoked = false;
};

/**
 * Who may call the server: therapists, patients and their devices. Invites become device
 * tokens here; tokens and codes exist in clear text only in the answer that hands them
 * out, the database holds their SHA-256.
 */
class AccountService
{
public:
    AccountService(Database &db, ClinicService &clinic, AuditLog &audit, ServerClock &clock,
        const ServerLimits &limits);

    /** Where invites point (server URL and certificate pin). */
    void setInviteTarget(const InviteTarget &target) { m_target = target; }
    const InviteTarget &inviteTarget() const { return m_target; }

    /**
     * Writes this server's invite lifetime to the database, so `circle-server admin invite`
     * (another process) gives its invites the same lifetime.
     */
    bool publishInviteTtl();
    /** Takes the invite lifetime the server published; false when there is none. */
    bool adoptPublishedInviteTtl();
    void setInviteTtl(qint64 ms) { m_limits.inviteTtlMs = ms; }

    Outcome<NewTherapist> addTherapist(const QString &name);

    /**
     * An invite into @p groupId: for a new patient known to the therapist as @p label, or,
     * with @p patientId, one more device for a member of that group.
     */
    Outcome<NewInvite> createInvite(
        const Actor &actor, const QString &groupId, const QString &label, const QString &patientId);

    /** Exchanges a one-time invite code for a device token. */
    Outcome<circle::v1::EnrollResponse> enroll(
        const circle::v1::EnrollRequest &request, const QString &remote);

    /** Revokes a device; its token gets 401 from the next request on. */
    Outcome<Done> revokeDevice(const QString &deviceId);
    Outcome<QList<DeviceInfo>> listDevices();

    /** Revokes a therapist's token (a new one needs add-therapist). */
    Outcome<Done> revokeTherapist(const QString &therapistId);
    Outcome<QList<TherapistInfo>> listTherapists();

private:
    Database &m_db;
    ClinicService &m_clinic;
    AuditLog &m_audit;
    ServerClock &m_clock;
    ServerLimits m_limits;
    InviteTarget m_target;
};

} // namespace circle::server
