#include "staffaccounts.h"

#include "passwords.h"
#include "portalstrings.h"
#include "totp.h"

#include "auditlog.h"
#include "crypto.h"
#include "database.h"
#include "recordrules.h"
#include "serverclock.h"
#include "serverlog.h"

#include <QVariant>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace circle::portal {

using server::AuditEntry;
using server::Done;
using server::WriteTransaction;

namespace {

ApiError signInRefused()
{
    return ApiError::unauthorized(text("sign_in_refused"));
}

ApiError linkRefused()
{
    return { 404, u"invalid_setup_link"_s, text("setup_link_refused") };
}

QString roleName(StaffIdentity::Role role)
{
    return role == StaffIdentity::Role::Admin ? u"admin"_s : u"therapist"_s;
}

// "Dr. Ana María López" -> "ana.maria.lopez": letters and digits of the name, folded to
// ASCII where they decompose, words joined by dots.
QString loginFrom(const QString &name)
{
    QString out;
    bool dot = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (dot && !out.isEmpty())
                out += u'.';
            out += c;
            dot = false;
        } else if (c.isSpace() || c == u'-' || c == u'.' || c == u'_') {
            dot = true;
        }
    }
    return out.isEmpty() ? u"staff"_s : out.left(40);
}

QString newRecoveryCode()
{
    // 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx: 50 bits.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    const QByteArray bytes = server::crypto::randomBytes(10);
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += u'-';
        code += QLatin1Char(alphabet[uchar(bytes[i]) % 31]);
    }
    return code;
}

QString normalizedRecoveryCode(const QString &code)
{
    QString out = code.trimmed().toLower();
    out.remove(u' ');
    if (out.size() == 10 && !out.contains(u'-'))
        out.insert(5, u'-');
    return out;
}

} // namespace

StaffAccounts::StaffAccounts(
    server::Database &db, server::AuditLog &audit, server::ServerClock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{
}

bool StaffAccounts::storeSetupLink(const NewStaff &staff, qint64 now)
{
    QSqlQuery &link = m_db.prepare(u"INSERT INTO staff_setup_links (token_hash, staff_id,"
                                   " created_ms, expires_ms) VALUES (:h, :s, :at, :exp)"_s);
    link.bindValue(u":h"_s, server::crypto::secretHash(staff.setupToken));
    link.bindValue(u":s"_s, staff.id);
    link.bindValue(u":at"_s, now);
    link.bindValue(u":exp"_s, now + kSetupLinkTtlMs);
    return m_db.run(link);
}

Outcome<NewStaff> StaffAccounts::add(
    StaffIdentity::Role role, const QString &name, const QString &therapistId)
{
    const QString clean = server::serverlog::forLog(name.trimmed(), server::fieldlimits::Label);
    if (clean.isEmpty())
        return ApiError::badRequest(u"a staff account needs a name"_s);
    const qint64 now = m_clock.nowMs();
    NewStaff out { server::crypto::newUuidV7(now), {}, server::crypto::newToken(u"cst_") };
    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    const QString base = loginFrom(clean);
    for (int n = 1; out.login.isEmpty(); ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        QSqlQuery &q = m_db.prepare(u"SELECT 1 FROM staff WHERE login = :l"_s);
        q.bindValue(u":l"_s, candidate);
        if (!m_db.run(q))
            return ApiError::storage();
        if (!q.next())
            out.login = candidate;
    }
    QSqlQuery &insert
        = m_db.prepare(u"INSERT INTO staff (id, login, name, role, therapist_id, created_ms)"
                       " VALUES (:i, :l, :n, :r, :t, :at)"_s);
    insert.bindValue(u":i"_s, out.id);
    insert.bindValue(u":l"_s, out.login);
    insert.bindValue(u":n"_s, clean);
    insert.bindValue(u":r"_s, roleName(role));
    insert.bindValue(u":t"_s, therapistId);
    insert.bindValue(u":at"_s, now);
    if (!m_db.run(insert) || !storeSetupLink(out, now)
        || !m_audit.write({ now, u"admin"_s, u"add_staff"_s, {}, u"staff"_s, out.id, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return out;
}

Outcome<NewStaff> StaffAccounts::resetFactors(const QString &login)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db);
    QSqlQuery &find = m_db.prepare(u"SELECT id FROM staff WHERE login = :l"_s);
    find.bindValue(u":l"_s, login);
    if (!tx.active() || !m_db.run(find))
        return ApiError::storage();
    if (!find.next())
        return ApiError::notFound(u"no staff account signs in as %1"_s.arg(login));
    NewStaff out { find.value(0).toString(), login, server::crypto::newToken(u"cst_") };
    find.finish();
    QSqlQuery &clear = m_db.prepare(u"UPDATE staff SET password_hash = '', totp_secret = '',"
                                    " totp_last_step = 0 WHERE id = :i"_s);
    clear.bindValue(u":i"_s, out.id);
    QSqlQuery &codes = m_db.prepare(u"DELETE FROM staff_recovery_codes WHERE staff_id = :i"_s);
    codes.bindValue(u":i"_s, out.id);
    QSqlQuery &sessions = m_db.prepare(
        u"UPDATE portal_sessions SET ended_ms = :now WHERE staff_id = :i AND ended_ms = 0"_s);
    sessions.bindValue(u":now"_s, now);
    sessions.bindValue(u":i"_s, out.id);
    if (!m_db.run(clear) || !m_db.run(codes) || !m_db.run(sessions) || !storeSetupLink(out, now)
        || !m_audit.write({ now, u"admin"_s, u"reset_factors"_s, {}, u"staff"_s, out.id, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return out;
}

Outcome<Done> StaffAccounts::setDisabled(const QString &login, bool disabled)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db);
    QSqlQuery &q = m_db.prepare(u"UPDATE staff SET disabled = :d WHERE login = :l"_s);
    q.bindValue(u":d"_s, disabled ? 1 : 0);
    q.bindValue(u":l"_s, login);
    if (!tx.active() || !m_db.run(q))
        return ApiError::storage();
    if (q.numRowsAffected() != 1)
        return ApiError::notFound(u"no staff account signs in as %1"_s.arg(login));
    if (!m_audit.write({ now, u"admin"_s, disabled ? u"disable_staff"_s : u"enable_staff"_s, {},
            u"staff"_s, login, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return Done {};
}

Outcome<SetupState> StaffAccounts::setupState(const QString &token)
{
    if (token.isEmpty() || token.size() > 100)
        return linkRefused();
    QSqlQuery &q = m_db.prepare(
        u"SELECT s.login, s.name, s.password_hash, l.pending_totp_secret FROM staff_setup_links l"
        " JOIN staff s ON s.id = l.staff_id WHERE l.token_hash = :h AND l.used_ms = 0"
        " AND l.expires_ms > :now AND s.disabled = 0"_s);
    q.bindValue(u":h"_s, server::crypto::secretHash(token));
    q.bindValue(u":now"_s, m_clock.nowMs());
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return linkRefused();
    SetupState state;
    state.login = q.value(0).toString();
    state.name = q.value(1).toString();
    state.passwordSet = !q.value(2).toString().isEmpty();
    state.pendingSecret = totp::fromBase32(q.value(3).toString()).value_or(QByteArray());
    return state;
}

Outcome<QByteArray> StaffAccounts::setPassword(const QString &token, const QString &password)
{
    const Outcome<SetupState> state = setupState(token);
    if (!state)
        return state.error();
    if (state.value().passwordSet)
        return ApiError::badRequest(text("setup_password_set"));
    if (const auto weak = passwords::weakness(password, state.value().login))
        return ApiError::badRequest(*weak);
    const QString hashed = passwords::hash(password);
    if (hashed.isEmpty())
        return ApiError { 500, u"hash_failed"_s, u"the server could not hash the password"_s };
    const QByteArray secret = totp::newSecret();
    WriteTransaction tx(m_db);
    const QString tokenHash = server::crypto::secretHash(token);
    QSqlQuery &pending = m_db.prepare(u"UPDATE staff_setup_links SET pending_totp_secret = :s"
                                      " WHERE token_hash = :h AND used_ms = 0"_s);
    pending.bindValue(u":s"_s, totp::base32(secret));
    pending.bindValue(u":h"_s, tokenHash);
    // Only while no password is set: two tabs cannot both set one.
    QSqlQuery &set
        = m_db.prepare(u"UPDATE staff SET password_hash = :p WHERE password_hash = '' AND id ="
                       " (SELECT staff_id FROM staff_setup_links WHERE token_hash = :h)"_s);
    set.bindValue(u":p"_s, hashed);
    set.bindValue(u":h"_s, tokenHash);
    if (!tx.active() || !m_db.run(pending) || !m_db.run(set))
        return ApiError::storage();
    if (set.numRowsAffected() != 1)
        return ApiError::badRequest(text("setup_password_set"));
    if (!tx.commit())
        return ApiError::storage();
    return secret;
}

Outcome<QStringList> StaffAccounts::confirmFactor(
    const QString &token, const QString &code, const QString &remote)
{
    const Outcome<SetupState> state = setupState(token);
    if (!state)
        return state.error();
    if (!state.value().passwordSet || state.value().pendingSecret.isEmpty())
        return ApiError::badRequest(text("setup_password_first"));
    const qint64 now = m_clock.nowMs();
    const auto step = totp::matchStep(state.value().pendingSecret, code, now, 0);
    if (!step)
        return ApiError::badRequest(text("setup_code_wrong"));
    WriteTransaction tx(m_db);
    const QString tokenHash = server::crypto::secretHash(token);
    QSqlQuery &use = m_db.prepare(
        u"UPDATE staff_setup_links SET used_ms = :now WHERE token_hash = :h AND used_ms = 0"_s);
    use.bindValue(u":now"_s, now);
    use.bindValue(u":h"_s, tokenHash);
    if (!tx.active() || !m_db.run(use))
        return ApiError::storage();
    if (use.numRowsAffected() != 1)
        return linkRefused();
    QSqlQuery &who
        = m_db.prepare(u"SELECT staff_id FROM staff_setup_links WHERE token_hash = :h"_s);
    who.bindValue(u":h"_s, tokenHash);
    if (!m_db.run(who) || !who.next())
        return ApiError::storage();
    const QString staffId = who.value(0).toString();
    who.finish();
    QSqlQuery &enrol = m_db.prepare(
        u"UPDATE staff SET totp_secret = :s, totp_last_step = :step WHERE id = :i"_s);
    enrol.bindValue(u":s"_s, totp::base32(state.value().pendingSecret));
    enrol.bindValue(u":step"_s, *step);
    enrol.bindValue(u":i"_s, staffId);
    QSqlQuery &oldCodes = m_db.prepare(u"DELETE FROM staff_recovery_codes WHERE staff_id = :i"_s);
    oldCodes.bindValue(u":i"_s, staffId);
    if (!m_db.run(enrol) || !m_db.run(oldCodes))
        return ApiError::storage();
    QStringList codes;
    for (int i = 0; i < kRecoveryCodes; ++i) {
        const QString c = newRecoveryCode();
        QSqlQuery &insert = m_db.prepare(
            u"INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES (:s, :h)"_s);
        insert.bindValue(u":s"_s, staffId);
        insert.bindValue(u":h"_s, server::crypto::secretHash(c));
        if (!m_db.run(insert))
            return ApiError::storage();
        codes.append(c);
    }
    if (!m_audit.write(
            { now, u"staff:"_s + staffId, u"enrol_factor"_s, {}, u"staff"_s, staffId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    Q_UNUSED(remote);
    return codes;
}

Outcome<StaffIdentity> StaffAccounts::findByLogin(const QString &login, QString *passwordHash,
    QByteArray *totpSecret, qint64 *lastStep, bool *disabled)
{
    QSqlQuery &q
        = m_db.prepare(u"SELECT id, login, name, role, therapist_id, password_hash, totp_secret,"
                       " totp_last_step, disabled FROM staff WHERE login = :l"_s);
    q.bindValue(u":l"_s, login);
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return signInRefused();
    StaffIdentity who { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString() == u"admin" ? StaffIdentity::Role::Admin
                                          : StaffIdentity::Role::Therapist,
        q.value(4).toString() };
    *passwordHash = q.value(5).toString();
    *totpSecret = totp::fromBase32(q.value(6).toString()).value_or(QByteArray());
    *lastStep = q.value(7).toLongLong();
    *disabled = q.value(8).toInt() != 0;
    q.finish();
    return who;
}

void StaffAccounts::auditSignIn(
    const QString &actor, const QString &staffId, const QString &outcome)
{
    m_audit.write({ m_clock.nowMs(), actor, u"sign_in"_s, {}, u"staff"_s, staffId, outcome });
}

bool StaffAccounts::useRecoveryCode(const QString &staffId, const QString &code)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE staff_recovery_codes SET used_ms = :now"
                                " WHERE staff_id = :s AND code_hash = :h AND used_ms = 0"_s);
    q.bindValue(u":now"_s, m_clock.nowMs());
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":h"_s, server::crypto::secretHash(normalizedRecoveryCode(code)));
    return m_db.run(q) && q.numRowsAffected() == 1;
}

Outcome<StaffIdentity> StaffAccounts::signIn(
    const QString &login, const QString &password, const QString &code, const QString &remote)
{
    const QString anonymous = u"anonymous:"_s + remote;
    QString passwordHash;
    QByteArray secret;
    qint64 lastStep = 0;
    bool disabled = false;
    const Outcome<StaffIdentity> who
        = findByLogin(login.trimmed().toLower(), &passwordHash, &secret, &lastStep, &disabled);
    if (!who) {
        if (who.error().status == 401) {
            // The same work as for a real account, so the time taken does not tell
            // which sign-in names exist.
            static const QString dummy
                = passwords::hash(QString::fromLatin1(server::crypto::randomBytes(16).toBase64()));
            passwords::verify(dummy, password);
            auditSignIn(anonymous, {}, u"denied"_s);
        }
        return who.error();
    }
    const StaffIdentity &staff = who.value();
    if (!passwords::verify(passwordHash, password) || disabled || secret.isEmpty()) {
        auditSignIn(anonymous, staff.id, disabled ? u"disabled"_s : u"denied"_s);
        return signInRefused();
    }
    WriteTransaction tx(m_db);
    if (!tx.active())
        return ApiError::storage();
    bool second = false;
    if (const auto step = totp::matchStep(secret, code, m_clock.nowMs(), lastStep)) {
        // Conditional, so two requests racing with one code cannot both get in.
        QSqlQuery &q = m_db.prepare(u"UPDATE staff SET totp_last_step = :s WHERE id = :i"
                                    " AND totp_last_step < :s2"_s);
        q.bindValue(u":s"_s, *step);
        q.bindValue(u":i"_s, staff.id);
        q.bindValue(u":s2"_s, *step);
        if (!m_db.run(q))
            return ApiError::storage();
        second = q.numRowsAffected() == 1;
    } else if (code.trimmed().size() >= 10) {
        second = useRecoveryCode(staff.id, code);
    }
    if (!second) {
        tx.commit();
        auditSignIn(anonymous, staff.id, u"denied_code"_s);
        return signInRefused();
    }
    if (!m_audit.write(
            { m_clock.nowMs(), staff.auditName(), u"sign_in"_s, {}, u"staff"_s, staff.id, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return staff;
}

Outcome<StaffIdentity> StaffAccounts::active(const QString &id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT id, login, name, role, therapist_id FROM staff"
                                " WHERE id = :i AND disabled = 0 AND totp_secret <> ''"_s);
    q.bindValue(u":i"_s, id);
    if (!m_db.run(q))
        return ApiError::storage();
    if (!q.next())
        return ApiError::unauthorized(u"this account is disabled"_s);
    return StaffIdentity { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString() == u"admin" ? StaffIdentity::Role::Admin
                                          : StaffIdentity::Role::Therapist,
        q.value(4).toString() };
}

} // namespace circle::portal
