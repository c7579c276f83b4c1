#include "portal.h"

#include "caseloadreader.h"
#include "formdata.h"
#include "portalcss.h"
#include "portalpages.h"
#include "portalsessions.h"
#include "portalstrings.h"
#include "staffaccounts.h"

#include "clinicservices.h"
#include "crypto.h"

#include <sodium.h>

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace circle::portal {

using server::ApiRequest;
using server::ApiResponse;

namespace {

const QByteArray kSessionCookie = "__Host-circle_session"_ba;
const QByteArray kSignInCookie = "__Host-circle_signin"_ba;
const QByteArray kCookieFlags = "; Secure; HttpOnly; SameSite=Strict; Path=/"_ba;

ApiResponse html(int status, const QString &body)
{
    ApiResponse r;
    r.status = status;
    r.body = body.toUtf8();
    r.contentType = "text/html; charset=utf-8"_ba;
    return r;
}

ApiResponse redirect(const QByteArray &location)
{
    ApiResponse r;
    r.status = 303;
    r.contentType = "text/plain; charset=utf-8"_ba;
    r.headers.append({ "Location"_ba, location });
    return r;
}

void setCookie(ApiResponse &r, const QByteArray &name, const QByteArray &value)
{
    r.headers.append({ "Set-Cookie"_ba, name + '=' + value + kCookieFlags });
}

void clearCookie(ApiResponse &r, const QByteArray &name)
{
    r.headers.append({ "Set-Cookie"_ba, name + "=" + kCookieFlags + "; Max-Age=0"_ba });
}

bool equalSecrets(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    return !x.isEmpty() && x.size() == y.size()
        && sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

QString randomToken()
{
    return QString::fromLatin1(server::crypto::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiResponse messagePage(int status, const PageFrame &frame, const char *title, const QString &body)
{
    return html(status, pages::message(frame, text(title), body));
}

ApiResponse forbidden(const PageFrame &frame)
{
    return messagePage(403, frame, "forbidden_title", text("forbidden"));
}

ApiResponse notFound(const PageFrame &frame)
{
    return messagePage(404, frame, "not_found_title", text("not_found"));
}

ApiResponse failure(const PageFrame &frame, const server::ApiError &error)
{
    if (error.status == 403)
        return forbidden(frame);
    if (error.status == 404)
        return notFound(frame);
    if (error.status >= 500)
        return messagePage(500, frame, "error_title", text("error"));
    return messagePage(error.status, frame, "bad_request_title", error.message);
}

// Ids in paths are the server's own UUIDs: anything else is simply not a page.
bool plainId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
}

} // namespace

struct Portal::Request
{
    server::ClinicServices &s;
    const ApiRequest &http;
    QString who;
};

Portal::Portal(const server::WebFrontSettings &settings)
    : m_settings(settings)
    // An account: 5 free failures, then 5 s doubling up to 15 minutes. An address (a
    // clinic's staff may share one): 20 free, then up to 5 minutes. 10,000 guesses take
    // days; the real user waits at most the ceiling after someone else's guesses.
    , m_accountThrottle(5, 5000, 15 * 60 * 1000)
    , m_addressThrottle(20, 5000, 5 * 60 * 1000)
    , m_pageLimiter(settings.rateBurst, settings.ratePerMinute)
{
}

QList<std::pair<QByteArray, QByteArray>> Portal::securityHeaders()
{
    return {
        { "Content-Security-Policy"_ba,
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            " frame-ancestors 'none'; base-uri 'none'"_ba },
        { "Cache-Control"_ba, "no-store"_ba },
        { "Referrer-Policy"_ba, "no-referrer"_ba },
        { "X-Content-Type-Options"_ba, "nosniff"_ba },
        { "X-Frame-Options"_ba, "DENY"_ba },
        { "Cross-Origin-Opener-Policy"_ba, "same-origin"_ba },
    };
}

bool Portal::owns(const QByteArray &path) const
{
    return path == "/clinic" || path.startsWith("/clinic/");
}

std::optional<ApiResponse> Portal::checkHead(const ApiRequest &head, qint64)
{
    std::optional<ApiResponse> r;
    if (head.method != "GET" && head.method != "POST") {
        r = messagePage(405, {}, "bad_request_title", text("get_and_post_only"));
        r->headers.append({ "Allow"_ba, "GET, POST"_ba });
    } else if (head.method == "POST" && !isFormContentType(head.contentType)) {
        r = messagePage(415, {}, "bad_request_title", text("form_type"));
    } else if (head.contentLength > FormData::kMaxBodyBytes) {
        r = messagePage(
            413, {}, "bad_request_title", text("form_too_large").arg(FormData::kMaxBodyBytes));
    } else if (head.method == "GET" && head.contentLength > 0) {
        r = messagePage(400, {}, "bad_request_title", text("get_has_no_body"));
    }
    if (r)
        r->headers.append(securityHeaders());
    return r;
}

bool Portal::sameOrigin(const ApiRequest &request) const
{
    // Under "Referrer-Policy: no-referrer" browsers send "Origin: null" with a form POST,
    // even to the page's own origin. They also send Sec-Fetch-Site, which no page can set
    // or forge: "null" counts as this origin only when that says same-origin.
    if (request.origin == "null")
        return request.fetchSite == "same-origin";
    if (request.origin.isEmpty() || request.host.isEmpty())
        return false;
    const QByteArray expected = (m_settings.tls ? "https://"_ba : "http://"_ba) + request.host;
    return request.origin.compare(expected, Qt::CaseInsensitive) == 0;
}

ApiResponse Portal::handle(server::ClinicServices &s, const ApiRequest &request)
{
    Request r { s, request, u"anonymous:"_s + request.remote };
    // Pages cost database reads (and audit writes): an address gets as many as the API
    // gives a caller, before any session is looked up.
    const QString key = u"portal:"_s + request.remote;
    ApiResponse response;
    if (m_pageLimiter.allow(key, s.clock.nowMs())) {
        response = route(r);
    } else {
        response = messagePage(429, {}, "bad_request_title", text("throttled"));
        response.retryAfterSeconds = qMax(1, m_pageLimiter.retryAfterSeconds(key));
    }
    response.headers.append(securityHeaders());
    response.who = r.who;
    return response;
}

ApiResponse Portal::route(Request &r)
{
    const QByteArray &path = r.http.path;
    const bool post = r.http.method == "POST";
    if (path == "/clinic" || path == "/clinic/")
        return redirect("/clinic/caseload"_ba);
    if (path == "/clinic/static/portal.css" && !post) {
        ApiResponse css;
        css.body = QByteArray(kPortalCss);
        css.contentType = "text/css; charset=utf-8"_ba;
        return css;
    }
    if (path == "/clinic/sign-in")
        return post ? signIn(r) : signInPage(r, {}, {}, 200);
    if (path == "/clinic/sign-out" && post)
        return signOut(r);
    if (path.startsWith("/clinic/setup/")) {
        const QString token = QString::fromLatin1(path.mid(14));
        return setup(r, token);
    }
    const QStringList parts = QString::fromLatin1(path.mid(8)).split(u'/');
    return signedInPage(r, parts);
}

ApiResponse Portal::signInPage(Request &, const QString &login, const QString &error, int status)
{
    // Before sign-in there is no session to hold a CSRF token: the form carries a random
    // token that must come back together with the same value in a SameSite cookie.
    const QString token = randomToken();
    ApiResponse response = html(status, pages::signIn(token, login, error));
    setCookie(response, kSignInCookie, token.toLatin1());
    return response;
}

ApiResponse Portal::signIn(Request &r)
{
    const qint64 now = r.s.clock.nowMs();
    QString error;
    const auto form = FormData::parse(r.http.body,
        { { u"csrf"_s, 100 }, { u"login"_s, 200 }, { u"password"_s, 256 }, { u"code"_s, 40 } },
        &error);
    if (!form)
        return signInPage(r, {}, error, 400);
    const QString cookie = QString::fromLatin1(cookieValue(r.http.cookie, kSignInCookie));
    if (!sameOrigin(r.http) || !equalSecrets(cookie, form->value(u"csrf"_s)))
        return signInPage(r, {}, text("forged"), 403);
    const QString login = form->value(u"login"_s).trimmed().toLower();
    const QString accountKey = u"account:"_s + login;
    const QString addressKey = u"address:"_s + r.http.remote;
    const qint64 wait = qMax(
        m_accountThrottle.waitMs(accountKey, now), m_addressThrottle.waitMs(addressKey, now));
    if (wait > 0) {
        ApiResponse response = signInPage(r, login, text("throttled"), 429);
        response.retryAfterSeconds = int((wait + 999) / 1000);
        return response;
    }
    StaffAccounts accounts(*r.s.database, r.s.audit, r.s.clock);
    const Outcome<StaffIdentity> staff
        = accounts.signIn(login, form->value(u"password"_s), form->value(u"code"_s), r.http.remote);
    if (!staff) {
        if (staff.error().status == 401) {
            m_accountThrottle.failed(accountKey, now);
            m_addressThrottle.failed(addressKey, now);
        }
        return signInPage(r, login, staff.error().message, staff.error().status);
    }
    m_accountThrottle.succeeded(accountKey);
    PortalSessions sessions(*r.s.database, r.s.clock, accounts, m_settings.idleTimeoutMs);
    const Outcome<NewSession> session = sessions.create(staff.value());
    if (!session)
        return failure({}, session.error());
    r.who = staff.value().auditName();
    ApiResponse response = redirect("/clinic/caseload"_ba);
    clearCookie(response, kSignInCookie);
    setCookie(response, kSessionCookie, session.value().cookieValue.toLatin1());
    return response;
}

ApiResponse Portal::signOut(Request &r)
{
    StaffAccounts accounts(*r.s.database, r.s.audit, r.s.clock);
    PortalSessions sessions(*r.s.database, r.s.clock, accounts, m_settings.idleTimeoutMs);
    const auto session = sessions.resume(cookieValue(r.http.cookie, kSessionCookie));
    if (!session)
        return redirect("/clinic/sign-in"_ba);
    QString error;
    const auto form = FormData::parse(r.http.body, { { u"csrf"_s, 100 } }, &error);
    if (!sameOrigin(r.http) || !form
        || !equalSecrets(session.value().csrfToken, form->value(u"csrf"_s)))
        return messagePage(403, { session.value().staff.name, session.value().csrfToken },
            "bad_request_title", text("forged"));
    sessions.end(session.value().idHash);
    r.s.audit.write({ r.s.clock.nowMs(), session.value().staff.auditName(), u"sign_out"_s, {},
        u"staff"_s, session.value().staff.id, u"ok"_s });
    r.who = session.value().staff.auditName();
    ApiResponse response = redirect("/clinic/sign-in"_ba);
    clearCookie(response, kSessionCookie);
    return response;
}

ApiResponse Portal::setup(Request &r, const QString &token)
{
    StaffAccounts accounts(*r.s.database, r.s.audit, r.s.clock);
    const Outcome<SetupState> state = accounts.setupState(token);
    if (!state && state.error().status == 404) // used, expired or unknown: say what to do
        return messagePage(404, {}, "not_found_title", state.error().message);
    if (!state)
        return failure({}, state.error());
    if (r.http.method != "POST") {
        if (!state.value().passwordSet)
            return html(200, pages::setupPassword(token, state.value().login, {}));
        return html(
            200, pages::setupFactor(token, state.value().login, state.value().pendingSecret, {}));
    }
    // The link's secret is in the path, which a forging site does not know; the Origin
    // check is the second lock.
    if (!sameOrigin(r.http))
        return messagePage(403, {}, "bad_request_title", text("forged"));
    QString error;
    const auto form = FormData::parse(r.http.body,
        { { u"step"_s, 20 }, { u"login"_s, 200 }, { u"password"_s, 256 }, { u"repeat"_s, 256 },
            { u"code"_s, 40 } },
        &error);
    if (!form)
        return messagePage(400, {}, "bad_request_title", error);
    if (form->value(u"step"_s) == u"password") {
        if (form->value(u"password"_s) != form->value(u"repeat"_s))
            return html(
                400, pages::setupPassword(token, state.value().login, text("passwords_differ")));
        const Outcome<QByteArray> secret = accounts.setPassword(token, form->value(u"password"_s));
        if (!secret) {
            if (secret.error().status == 400)
                return html(
                    400, pages::setupPassword(token, state.value().login, secret.error().message));
            return failure({}, secret.error());
        }
        return redirect("/clinic/setup/"_ba + token.toLatin1());
    }
    if (form->value(u"step"_s) == u"factor") {
        const Outcome<QStringList> codes
            = accounts.confirmFactor(token, form->value(u"code"_s), r.http.remote);
        if (!codes) {
            if (codes.error().status == 400)
                return html(400,
                    pages::setupFactor(token, state.value().login, state.value().pendingSecret,
                        codes.error().message));
            return failure({}, codes.error());
        }
        return html(200, pages::recoveryCodes(codes.value()));
    }
    return messagePage(400, {}, "bad_request_title", text("unknown_step"));
}

ApiResponse Portal::signedInPage(Request &r, const QStringList &parts)
{
    StaffAccounts accounts(*r.s.database, r.s.audit, r.s.clock);
    PortalSessions sessions(*r.s.database, r.s.clock, accounts, m_settings.idleTimeoutMs);
    const auto session = sessions.resume(cookieValue(r.http.cookie, kSessionCookie));
    if (!session) {
        if (session.error().status != 401)
            return failure({}, session.error());
        ApiResponse response = redirect("/clinic/sign-in"_ba);
        if (!r.http.cookie.isEmpty() && !cookieValue(r.http.cookie, kSessionCookie).isEmpty())
            clearCookie(response, kSessionCookie);
        return response;
    }
    const StaffIdentity &staff = session.value().staff;
    r.who = staff.auditName();
    const PageFrame frame { staff.name, session.value().csrfToken };
    CaseloadReader reader(r.s);
    if (r.http.method == "POST") {
        if (parts.size() == 3 && parts[0] == u"groups" && parts[2] == u"homework")
            return assignHomework(r, frame, staff, parts[1]);
        if (parts.size() == 3 && parts[0] == u"groups" && parts[2] == u"reviews")
            return markReviewed(r, frame, staff, parts[1]);
        return messagePage(405, frame, "bad_request_title", text("get_only"));
    }
    if (r.http.method != "GET")
        return messagePage(405, frame, "bad_request_title", text("get_only"));
    if (parts.size() == 1 && parts[0] == u"caseload") {
        const auto rows = reader.caseload(staff);
        return rows ? html(200, pages::caseload(frame, rows.value()))
                    : failure(frame, rows.error());
    }
    if (parts.size() == 2 && parts[0] == u"groups") {
        if (!plainId(parts[1]))
            return forbidden(frame);
        const auto view = reader.group(staff, parts[1]);
        return view ? html(200, pages::group(frame, view.value(), r.s.clock.nowMs()))
                    : failure(frame, view.error());
    }
    if (parts.size() == 6 && parts[0] == u"groups" && parts[2] == u"members"
        && parts[4] == u"goals") {
        if (!plainId(parts[1]) || !plainId(parts[3]) || !plainId(parts[5]))
            return forbidden(frame);
        const auto view = reader.goal(staff, parts[1], parts[3], parts[5]);
        return view ? html(200, pages::goal(frame, view.value())) : failure(frame, view.error());
    }
    return notFound(frame);
}

std::optional<FormData> Portal::checkedForm(
    Request &r, const PageFrame &frame, QHash<QString, qsizetype> limits, ApiResponse *refusal)
{
    // The token first: a forged form gets the same answer whatever else it holds.
    limits.insert(u"csrf"_s, 100);
    QString error;
    auto form = FormData::parse(r.http.body, limits, &error);
    if (!sameOrigin(r.http) || (form && !equalSecrets(frame.csrfToken, form->value(u"csrf"_s)))) {
        *refusal = messagePage(403, frame, "bad_request_title", text("forged"));
        return std::nullopt;
    }
    if (!form)
        *refusal = messagePage(400, frame, "bad_request_title", error);
    return form;
}

ApiResponse Portal::assignHomework(
    Request &r, const PageFrame &frame, const StaffIdentity &staff, const QString &groupId)
{
    using server::ClinicService;
    ApiResponse refusal;
    // Parse limits a little above the service's, so a long field gets its own message.
    const auto form = checkedForm(r, frame,
        { { u"title"_s, ClinicService::kHomeworkTitleMax * 4 },
            { u"instructions"_s, FormData::kMaxBodyBytes }, { u"due"_s, 40 } },
        &refusal);
    if (!form)
        return refusal;
    if (!plainId(groupId))
        return forbidden(frame);
    CaseloadReader reader(r.s);
    if (const auto ok = reader.mayManage(staff, groupId); !ok)
        return failure(frame, ok.error());
    const auto group = r.s.clinic.group(groupId);
    if (!group)
        return failure(frame, group.error());

    HomeworkForm sent { form->value(u"title"_s), form->value(u"instructions"_s),
        form->value(u"due"_s).trimmed(), {} };
    const QString title = sent.title.trimmed();
    if (title.isEmpty())
        sent.errors.insert(u"title"_s, text("hw_title_required"));
    else if (title.size() > ClinicService::kHomeworkTitleMax)
        sent.errors.insert(
            u"title"_s, text("hw_title_too_long").arg(ClinicService::kHomeworkTitleMax));
    else if (title.contains(u'\n') || title.contains(u'\r') || title.contains(u'\t'))
        sent.errors.insert(u"title"_s, text("hw_title_one_line"));
    if (sent.instructions.size() > ClinicService::kHomeworkInstructionsMax)
        sent.errors.insert(u"instructions"_s,
            text("hw_instructions_too_long").arg(ClinicService::kHomeworkInstructionsMax));
    const QDate due = QDate::fromString(sent.due, Qt::ISODate);
    if (sent.due.isEmpty())
        sent.errors.insert(u"due"_s, text("hw_due_required"));
    else if (!due.isValid() || due.year() < 2000 || due.year() > 2999)
        sent.errors.insert(u"due"_s, text("hw_due_invalid"));

    if (sent.errors.isEmpty()) {
        // Due at the end of that day where the group meets.
        const QTimeZone zone(QByteArray::fromStdString(group.value().time_zone()));
        circle::v1::HomeworkAssignment a;
        a.set_group_id(groupId.toStdString());
        a.set_title(title.toStdString());
        a.set_instructions(sent.instructions.toStdString());
        a.set_due_ms(QDateTime(due, QTime(23, 59), zone.isValid() ? zone : QTimeZone::utc())
                         .toMSecsSinceEpoch());
        const auto id = r.s.clinic.assignHomework(
            server::Actor { server::Actor::Kind::Therapist, staff.therapistId, staff.name }, a, {});
        if (id)
            return redirect("/clinic/groups/"_ba + groupId.toLatin1() + "#homework"_ba);
        if (id.error().status != 400)
            return failure(frame, id.error());
        sent.errors.insert(u"title"_s, id.error().message);
    }
    const auto view = reader.group(staff, groupId);
    if (!view)
        return failure(frame, view.error());
    return html(400, pages::group(frame, view.value(), r.s.clock.nowMs(), sent));
}

ApiResponse Portal::markReviewed(
    Request &r, const PageFrame &frame, const StaffIdentity &staff, const QString &groupId)
{
    ApiResponse refusal;
    const auto form
        = checkedForm(r, frame, { { u"patient"_s, 64 }, { u"response"_s, 64 } }, &refusal);
    if (!form)
        return refusal;
    const QString patient = form->value(u"patient"_s), response = form->value(u"response"_s);
    if (!plainId(groupId) || !plainId(patient) || !plainId(response))
        return forbidden(frame);
    CaseloadReader reader(r.s);
    const auto done = reader.markReviewed(staff, groupId, patient, response);
    if (!done)
        return failure(frame, done.error());
    return redirect("/clinic/groups/"_ba + groupId.toLatin1() + "#homework"_ba);
}

} // namespace circle::portal
