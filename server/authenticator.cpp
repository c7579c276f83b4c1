#include "authenticator.h"

#include "crypto.h"
#include "database.h"
#include "serverclock.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {
// Seen-times are for administrators finding a lost phone; minute precision is plenty and
// spares a write on most requests.
constexpr qint64 kLastSeenGranularityMs = 10 * 60 * 1000;
} // namespace

Authenticator::Authenticator(Database &db, ServerClock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString Authenticator::bearerToken(const QByteArray &headerValue)
{
    const QByteArray v = headerValue.trimmed();
    if (v.size() < 8 || qstrnicmp(v.constData(), "bearer ", 7) != 0)
        return {};
    const QByteArray token = v.mid(7).trimmed();
    // Tokens are base64url with a short prefix; anything else cannot be one of ours.
    if (token.isEmpty() || token.size() > 128)
        return {};
    for (const char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'
                || c == '_'))
            return {};
    }
    return QString::fromLatin1(token);
}

Outcome<DeviceIdentity> Authenticator::device(const QString &token)
{
    if (token.isEmpty())
        return ApiError::unauthorized(u"a device token is required"_s);
    QSqlQuery &q = m_db.prepare(u"SELECT id, patient_id, expires_ms, revoked, last_seen_ms"
                                " FROM devices WHERE token_hash = :hash"_s);
    q.bindValue(u":hash"_s, crypto::secretHash(token));
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return ApiError::unauthorized(u"unknown device token"_s);
    DeviceIdentity who { q.value(0).toString(), q.value(1).toString() };
    const qint64 expires = q.value(2).toLongLong();
    const bool revoked = q.value(3).toInt() != 0;
    const qint64 lastSeen = q.value(4).toLongLong();
    q.finish();
    const qint64 now = m_clock.nowMs();
    if (revoked)
        return ApiError::unauthorized(u"this device was revoked by the clinic"_s);
    if (expires != 0 && now >= expires)
        return ApiError::unauthorized(u"this device token has expired; enroll again"_s);
    if (now - lastSeen > kLastSeenGranularityMs) {
        QSqlQuery &touch = m_db.prepare(u"UPDATE devices SET last_seen_ms = :now WHERE id = :id"_s);
        touch.bindValue(u":now"_s, now);
        touch.bindValue(u":id"_s, who.deviceId);
        m_db.run(touch); // best effort: a failed seen-time must not refuse the request
    }
    return who;
}

Outcome<TherapistIdentity> Authenticator::therapist(const QString &token)
{
    if (token.isEmpty())
        return ApiError::unauthorized(u"a therapist token is required"_s);
    QSqlQuery &q
        = m_db.prepare(u"SELECT id, name, revoked FROM therapists WHERE token_hash = :hash"_s);
    q.bindValue(u":hash"_s, crypto::secretHash(token));
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return ApiError::unauthorized(u"unknown therapist token"_s);
    if (q.value(2).toInt() != 0)
        return ApiError::unauthorized(u"this therapist token was revoked"_s);
    return TherapistIdentity { q.value(0).toString(), q.value(1).toString() };
}

} // namespace circle::server
