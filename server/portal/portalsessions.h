#pragma once

#include "staffaccounts.h"

namespace circle::portal {

/** A signed-in browser, as the portal sees it on each request. */
struct PortalSession
{
    QString idHash; ///< SHA-256 of the cookie value: the key in the database
    QString csrfToken;
    StaffIdentity staff;
    qint64 createdMs = 0;
};

struct NewSession
{
    QString cookieValue; ///< only in the Set-Cookie answer; the database keeps its hash
    PortalSession session;
};

/**
 * Server-side sessions. The browser holds a random id; the database holds its SHA-256,
 * the CSRF token and the times. A session ends after an idle time (configurable), after
 * an absolute 12 hours, at sign-out, and as soon as its account is disabled.
 */
class PortalSessions
{
public:
    static constexpr qint64 kAbsoluteMs = qint64(12) * 3600 * 1000;

    PortalSessions(server::Database &db, server::ServerClock &clock, StaffAccounts &accounts,
        qint64 idleTimeoutMs);

    Outcome<NewSession> create(const StaffIdentity &staff);
    /** The live session for @p cookieValue, its last-seen time moved to now; 401 otherwise. */
    Outcome<PortalSession> resume(const QByteArray &cookieValue);
    bool end(const QString &idHash);

private:
    server::Database &m_db;
    server::ServerClock &m_clock;
    StaffAccounts &m_accounts;
    qint64 m_idleMs;
};

} // namespace circle::portal
