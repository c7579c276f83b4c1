#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace circle::server {
class AuditLog;
class Database;
class ServerClock;
} // namespace circle::server

namespace circle::portal {

using server::ApiError;
using server::Outcome;

/** A person at the clinic who signs in to the portal. */
struct StaffIdentity
{
    enum class Role { Therapist, Admin };
    QString id;
    QString login;
    QString name;
    Role role = Role::Therapist;
    QString therapistId; ///< the facilitator id in group_facilitators; empty for an admin
    QString auditName() const { return QStringLiteral("staff:") + id; }
};

struct NewStaff
{
    QString id;
    QString login;
    QString setupToken; ///< shown once, in the set-up link; the database keeps its hash
};

/** Where one set-up link stands. */
struct SetupState
{
    QString login;
    QString name;
    bool passwordSet = false;
    QByteArray pendingSecret; ///< the TOTP secret offered, once the password is set
};

/**
 * Staff accounts of the portal: created by `circle-server admin`, finished by the person
 * through a one-time set-up link (a password, then a TOTP second factor and recovery
 * codes), and checked at every sign-in. Sign-in needs both factors; a TOTP code is taken
 * once. Every sign-in and enrolment is audited, without what was typed.
 */
class StaffAccounts
{
public:
    /// A set-up link lasts this long, and works until enrolment is done.
    static constexpr qint64 kSetupLinkTtlMs = qint64(72) * 3600 * 1000;
    static constexpr int kRecoveryCodes = 10;

    StaffAccounts(server::Database &db, server::AuditLog &audit, server::ServerClock &clock);

    Outcome<NewStaff> add(
        StaffIdentity::Role role, const QString &name, const QString &therapistId);
    /** A new set-up link for an existing account (a lost factor); the old factor stops working. */
    Outcome<NewStaff> resetFactors(const QString &login);
    Outcome<server::Done> setDisabled(const QString &login, bool disabled);

    Outcome<SetupState> setupState(const QString &token);
    /** Sets the password (once per link); returns the TOTP secret to enrol. */
    Outcome<QByteArray> setPassword(const QString &token, const QString &password);
    /** Confirms the authenticator with a code; returns the recovery codes, shown once. */
    Outcome<QStringList> confirmFactor(
        const QString &token, const QString &code, const QString &remote);

    /**
     * Password and second factor (a TOTP code or an unused recovery code). 401 with one
     * message for every failure, so the answer does not tell which part was wrong.
     */
    Outcome<StaffIdentity> signIn(
        const QString &login, const QString &password, const QString &code, const QString &remote);

    /** The account @p id while it is enabled and enrolled; 401 otherwise. */
    Outcome<StaffIdentity> active(const QString &id);

private:
    Outcome<StaffIdentity> findByLogin(const QString &login, QString *passwordHash,
        QByteArray *totpSecret, qint64 *lastStep, bool *disabled);
    bool useRecoveryCode(const QString &staffId, const QString &code);
    /** A one-time set-up link for staff, expiring kSetupLinkTtlMs after now (hashed). */
    bool storeSetupLink(const NewStaff &staff, qint64 now);
    void auditSignIn(const QString &actor, const QString &staffId, const QString &outcome);

    server::Database &m_db;
    server::AuditLog &m_audit;
    server::ServerClock &m_clock;
};

} // namespace circle::portal
