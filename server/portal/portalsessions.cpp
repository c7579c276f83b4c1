#include "portalsessions.h"

#include "portalstrings.h"

#include "crypto.h"
#include "database.h"
#include "serverclock.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::portal {

namespace {
ApiError signedOut()
{
    return ApiError::unauthorized(text("session_ended"));
}

QString randomText()
{
    return QString::fromLatin1(server::crypto::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

PortalSessions::PortalSessions(
    server::Database &db, server::ServerClock &clock, StaffAccounts &accounts, qint64 idleTimeoutMs)
    : m_db(db)
    , m_clock(clock)
    , m_accounts(accounts)
    , m_idleMs(idleTimeoutMs)
{
}

Outcome<NewSession> PortalSessions::create(const StaffIdentity &staff)
{
    const qint64 now = m_clock.nowMs();
    NewSession out;
    out.cookieValue = randomText();
    out.session = { server::crypto::secretHash(out.cookieValue), randomText(), staff, now };
    server::WriteTransaction tx(m_db);
    QSqlQuery &q = m_db.prepare(u"INSERT INTO portal_sessions (id_hash, staff_id, csrf_token,"
                                " created_ms, last_seen_ms) VALUES (:h, :s, :c, :at, :at2)"_s);
    q.bindValue(u":h"_s, out.session.idHash);
    q.bindValue(u":s"_s, staff.id);
    q.bindValue(u":c"_s, out.session.csrfToken);
    q.bindValue(u":at"_s, now);
    q.bindValue(u":at2"_s, now);
    // Sessions past the absolute limit can never be resumed: each sign-in sweeps them, so
    // the table holds about a day of sign-ins (the audit log keeps the history).
    QSqlQuery &sweep = m_db.prepare(u"DELETE FROM portal_sessions WHERE created_ms < :cutoff"_s);
    sweep.bindValue(u":cutoff"_s, now - kAbsoluteMs);
    if (!tx.active() || !m_db.run(q) || !m_db.run(sweep) || !tx.commit())
        return ApiError::storage();
    return out;
}

Outcome<PortalSession> PortalSessions::resume(const QByteArray &cookieValue)
{
    if (cookieValue.isEmpty() || cookieValue.size() > 100)
        return signedOut();
    const qint64 now = m_clock.nowMs();
    const QString hash = server::crypto::secretHash(QString::fromLatin1(cookieValue));
    QSqlQuery &q = m_db.prepare(u"SELECT staff_id, csrf_token, created_ms, last_seen_ms"
                                " FROM portal_sessions WHERE id_hash = :h AND ended_ms = 0"_s);
    q.bindValue(u":h"_s, hash);
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return signedOut();
    PortalSession session;
    session.idHash = hash;
    const QString staffId = q.value(0).toString();
    session.csrfToken = q.value(1).toString();
    session.createdMs = q.value(2).toLongLong();
    const qint64 lastSeen = q.value(3).toLongLong();
    q.finish();
    if (now - lastSeen >= m_idleMs || now - session.createdMs >= kAbsoluteMs) {
        end(hash);
        return signedOut();
    }
    const Outcome<StaffIdentity> staff = m_accounts.active(staffId);
    if (!staff) {
        if (staff.error().status == 401)
            end(hash);
        return staff.error().status == 401 ? signedOut() : staff.error();
    }
    session.staff = staff.value();
    server::WriteTransaction tx(m_db);
    QSqlQuery &touch = m_db.prepare(
        u"UPDATE portal_sessions SET last_seen_ms = :now WHERE id_hash = :h AND ended_ms = 0"_s);
    touch.bindValue(u":now"_s, now);
    touch.bindValue(u":h"_s, hash);
    if (!tx.active() || !m_db.run(touch) || !tx.commit())
        return ApiError::storage();
    return session;
}

bool PortalSessions::end(const QString &idHash)
{
    server::WriteTransaction tx(m_db);
    QSqlQuery &q = m_db.prepare(
        u"UPDATE portal_sessions SET ended_ms = :now WHERE id_hash = :h AND ended_ms = 0"_s);
    q.bindValue(u":now"_s, m_clock.nowMs());
    q.bindValue(u":h"_s, idHash);
    return tx.active() && m_db.run(q) && tx.commit();
}

} // namespace circle::portal
