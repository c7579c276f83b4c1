// The clinic portal against the real circle-server: sign-in with both factors, the
// security headers, CSRF and Origin checks, escaping of what patients typed, the access
// rules, unsharing, disabled accounts and throttling. Requests are written out byte for
// byte (RawClient), as a browser or an attacker would send them.
#include "clinicfixture.h"
#include "rawclient.h"

#include "totp.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
namespace totp = circle::portal::totp;

namespace {

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString between(const QByteArray &body, const QString &pattern)
{
    const auto m = QRegularExpression(pattern).match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1) : QString();
}

/** A browser without JavaScript: keeps the portal's cookies and sends forms. */
class Browser
{
public:
    Browser(ServerProcess &server)
        : m_server(server)
    {
        m_origin = "https://127.0.0.1:"_ba + QByteArray::number(server.url().port());
    }

    RawResponse get(const QString &path) { return send("GET", path, {}, {}); }

    RawResponse post(const QString &path, const QByteArray &form, const QByteArray &origin = "same",
        const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        return send("POST", path, form, origin == "same" ? m_origin : origin, contentType);
    }

    RawResponse send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &origin,
        const QByteArray &contentType = "application/x-www-form-urlencoded",
        const QByteArray &fetchSite = {})
    {
        RawClient client(quint16(m_server.url().port()), m_server.certificate());
        if (!client.handshake())
            return {};
        QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(m_server.url().port()) + "\r\nConnection: close\r\n";
        if (!origin.isEmpty())
            request += "Origin: " + origin + "\r\n";
        if (!fetchSite.isEmpty())
            request += "Sec-Fetch-Site: " + fetchSite + "\r\n";
        QByteArray cookies;
        for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
            cookies += (cookies.isEmpty() ? "" : "; ") + it.key() + '=' + it.value();
        if (!cookies.isEmpty())
            request += "Cookie: " + cookies + "\r\n";
        if (method == "POST")
            request += "Content-Type: " + contentType
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        client.send(request + "\r\n" + body);
        const QList<RawResponse> answers = client.read(1);
        if (answers.isEmpty())
            return {};
        // RawClient keeps the last of repeated fields; the raw header text has them all.
        const RawResponse &r = answers.first();
        const QByteArray cookie = r.header("set-cookie");
        if (!cookie.isEmpty()) {
            const QByteArray pair = cookie.split(';').first();
            const qsizetype eq = pair.indexOf('=');
            if (cookie.contains("Max-Age=0"))
                m_cookies.remove(pair.left(eq));
            else
                m_cookies[pair.left(eq)] = pair.mid(eq + 1);
        }
        m_lastSetCookie = cookie;
        return r;
    }

    /** Signs in through the form; returns the answer to the POST. */
    RawResponse signIn(const QString &login, const QString &password, const QString &code)
    {
        const RawResponse page = get(u"/clinic/sign-in"_s);
        const QString token = between(page.body, uR"re(name="csrf" value="([^"]+)")re"_s);
        return post(u"/clinic/sign-in"_s,
            formEncode({ { u"csrf"_s, token }, { u"login"_s, login }, { u"password"_s, password },
                { u"code"_s, code } }));
    }

    QString csrf()
    {
        return between(get(u"/clinic/caseload"_s).body, uR"re(name="csrf" value="([^"]+)")re"_s);
    }

    QMap<QByteArray, QByteArray> &cookies() { return m_cookies; }
    QByteArray lastSetCookie() const { return m_lastSetCookie; }
    QByteArray origin() const { return m_origin; }

private:
    ServerProcess &m_server;
    QByteArray m_origin;
    QMap<QByteArray, QByteArray> m_cookies;
    QByteArray m_lastSetCookie;
};

struct Staff
{
    Therapist therapist;
    QString login;
    QString password;
    QByteArray secret;
    QStringList recoveryCodes;
};

const QString kPassword = u"Seven brisk otters paddle home"_s;

QString codeAt(const QByteArray &secret, qint64 offsetSteps = 0)
{
    return totp::at(secret, QDateTime::currentMSecsSinceEpoch() + offsetSteps * totp::kStepMs);
}

} // namespace

class PortalTest : public ClinicTest
{
protected:
    /** add-therapist, then the set-up link in a browser: password, TOTP, recovery codes. */
    Staff newStaff(const QString &name)
    {
        Staff s;
        auto out = server().admin({ u"add-therapist"_s, name });
        EXPECT_EQ(out[u"exit"_s], u"0"_s);
        s.therapist = { out[u"therapist-id"_s], out[u"therapist-token"_s] };
        s.login = out[u"sign-in-name"_s];
        s.password = kPassword;
        const QUrl link(out[u"setup-link"_s]);
        EXPECT_EQ(link.port(), server().url().port()) << out[u"setup-link"_s].toStdString();
        Browser b(server());
        const QString path = link.path();
        EXPECT_EQ(b.get(path).status, 200);
        const RawResponse set = b.post(path,
            formEncode({ { u"step"_s, u"password"_s }, { u"login"_s, s.login },
                { u"password"_s, s.password }, { u"repeat"_s, s.password } }));
        EXPECT_EQ(set.status, 303) << set.body.toStdString();
        const RawResponse factor = b.get(path);
        s.secret = totp::fromBase32(between(factor.body, uR"re(id="secret">([A-Z2-7]+)<)re"_s))
                       .value_or(QByteArray());
        EXPECT_EQ(s.secret.size(), 20);
        EXPECT_TRUE(factor.body.contains("<svg class=\"qr\""));
        const RawResponse done = b.post(
            path, formEncode({ { u"step"_s, u"factor"_s }, { u"code"_s, codeAt(s.secret) } }));
        EXPECT_EQ(done.status, 200) << done.body.toStdString();
        const QString list = between(done.body, uR"re(id="recovery-codes">([\s\S]*?)</ul>)re"_s);
        for (const auto &m : QRegularExpression(u"<li>([a-z0-9-]+)</li>"_s).globalMatch(list))
            s.recoveryCodes.append(m.captured(1));
        EXPECT_EQ(s.recoveryCodes.size(), 10);
        // The link works once, and says what to do next.
        const RawResponse used = b.get(path);
        EXPECT_EQ(used.status, 404);
        EXPECT_TRUE(used.body.contains("Ask the clinic&apos;s administrator for a new one"))
            << used.body.toStdString();
        return s;
    }

    /** Signs in with the next step's code (the enrolment used the current one). */
    void signIn(Browser &b, const Staff &s, int step = 1)
    {
        const RawResponse r = b.signIn(s.login, s.password, codeAt(s.secret, step));
        ASSERT_EQ(r.status, 303) << r.body.toStdString();
        ASSERT_EQ(r.header("location"), "/clinic/caseload");
    }

    circle::v1::Mutation goal(
        const QString &id, const QString &group, const QString &title, double target = 4)
    {
        circle::v1::Mutation m = clearGoal(id, hlcAt(1000), group, title);
        circle::v1::Goal g;
        g.ParseFromString(m.clear());
        g.set_target_value(target);
        g.set_unit("meetings a week");
        g.set_due_date("2030-01-31");
        g.add_steps()->set_text("Find a meeting near work");
        g.set_shared_group_id(group.toStdString());
        m.set_clear(g.SerializeAsString());
        return m;
    }

    void pushApplied(const Device &phone, const QList<circle::v1::Mutation> &mutations)
    {
        const auto r = push(phone, mutations);
        ASSERT_EQ(r.results_size(), mutations.size());
        for (const auto &result : r.results())
            ASSERT_EQ(result.status(), circle::v1::PushResult::STATUS_APPLIED) << result.reason();
    }
};

TEST_F(PortalTest, SignsInWithPasswordAndTotpAndSendsStrictHeaders)
{
    const Staff s = newStaff(u"Ana López"_s);
    EXPECT_EQ(s.login, u"ana.lopez"_s);
    const QString group = createGroup(s.therapist, u"Monday Skills"_s, u"Europe/Madrid"_s);
    Browser b(server());
    // Not signed in: every page sends the browser to the sign-in form.
    EXPECT_EQ(b.get(u"/clinic/caseload"_s).header("location"), "/clinic/sign-in");
    signIn(b, s);
    EXPECT_TRUE(b.lastSetCookie().startsWith("__Host-circle_session="));
    EXPECT_TRUE(b.lastSetCookie().contains("; Secure; HttpOnly; SameSite=Strict; Path=/"));
    const RawResponse page = b.get(u"/clinic/caseload"_s);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("Monday Skills"));
    EXPECT_TRUE(page.body.contains(group.toUtf8()));
    EXPECT_EQ(page.header("content-security-policy"),
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
        " frame-ancestors 'none'; base-uri 'none'");
    EXPECT_EQ(page.header("cache-control"), "no-store");
    EXPECT_EQ(page.header("referrer-policy"), "no-referrer");
    EXPECT_EQ(page.header("x-content-type-options"), "nosniff");
    EXPECT_FALSE(page.body.contains("<script"));
    EXPECT_FALSE(page.body.contains("style=\""));
    const RawResponse css = b.get(u"/clinic/static/portal.css"_s);
    EXPECT_EQ(css.status, 200);
    EXPECT_EQ(css.header("content-type"), "text/css; charset=utf-8");
    EXPECT_TRUE(css.body.contains("prefers-color-scheme: dark"));
}

TEST_F(PortalTest, WrongPasswordOrCodeIsRefusedAndAReusedCodeToo)
{
    const Staff s = newStaff(u"Ben Ode"_s);
    Browser b(server());
    EXPECT_EQ(b.signIn(s.login, u"not the password at all"_s, codeAt(s.secret, 1)).status, 401);
    EXPECT_EQ(b.signIn(s.login, s.password, u"000000"_s).status, 401);
    // The code the enrolment used is spent.
    EXPECT_EQ(b.signIn(s.login, s.password, codeAt(s.secret, 0)).status, 401);
    const QString code = codeAt(s.secret, 1);
    Browser first(server());
    ASSERT_EQ(first.signIn(s.login, s.password, code).status, 303);
    Browser second(server());
    const RawResponse again = second.signIn(s.login, s.password, code);
    EXPECT_EQ(again.status, 401);
    EXPECT_FALSE(second.cookies().contains("__Host-circle_session"));
    // A recovery code stands in for the authenticator, once.
    Browser third(server());
    EXPECT_EQ(third.signIn(s.login, s.password, s.recoveryCodes.first()).status, 303);
    Browser fourth(server());
    EXPECT_EQ(fourth.signIn(s.login, s.password, s.recoveryCodes.first()).status, 401);
}

TEST_F(PortalTest, FormsWithoutTheRightTokenOrOriginAreRefused)
{
    const Staff s = newStaff(u"Cleo Park"_s);
    Browser b(server());
    signIn(b, s);
    const QString token = b.csrf();
    ASSERT_FALSE(token.isEmpty());
    // Sign-out is the one change this slice has: forged, it must not happen.
    EXPECT_EQ(b.post(u"/clinic/sign-out"_s, {}).status, 403);
    EXPECT_EQ(b.post(u"/clinic/sign-out"_s, "csrf=wrong").status, 403);
    EXPECT_EQ(
        b.post(u"/clinic/sign-out"_s, "csrf=" + token.toUtf8(), "https://evil.example").status,
        403);
    EXPECT_EQ(b.post(u"/clinic/sign-out"_s, "csrf=" + token.toUtf8(), QByteArray()).status, 403);
    // "Origin: null" (what a browser sends under no-referrer) passes only with the
    // browser's own word that the request is same-origin.
    const QByteArray form = "csrf=" + token.toUtf8();
    const QByteArray type = "application/x-www-form-urlencoded";
    EXPECT_EQ(b.send("POST", u"/clinic/sign-out"_s, form, "null", type).status, 403);
    EXPECT_EQ(b.send("POST", u"/clinic/sign-out"_s, form, "null", type, "cross-site").status, 403);
    EXPECT_EQ(b.send("POST", u"/clinic/sign-out"_s, form, "null", type, "same-site").status, 403);
    EXPECT_EQ(b.get(u"/clinic/caseload"_s).status, 200) << "still signed in";
    // A form of another type, or one past the size limit, gets a clear refusal.
    const RawResponse json = b.post(u"/clinic/sign-out"_s, "{}", "same", "application/json");
    EXPECT_EQ(json.status, 415);
    EXPECT_TRUE(json.body.contains("application/x-www-form-urlencoded"));
    Browser fresh(server());
    const QString formToken
        = between(fresh.get(u"/clinic/sign-in"_s).body, uR"re(name="csrf" value="([^"]+)")re"_s);
    const RawResponse longField = fresh.post(u"/clinic/sign-in"_s,
        formEncode({ { u"csrf"_s, formToken }, { u"login"_s, QString(300, u'a') } }));
    EXPECT_EQ(longField.status, 400);
    EXPECT_TRUE(
        longField.body.contains("the field &quot;login&quot; is longer than 200 characters"))
        << longField.body.toStdString();
    // Sign-in itself: a cross-site form has neither the cookie's token nor the origin.
    Browser attacker(server());
    EXPECT_EQ(attacker
                  .post(u"/clinic/sign-in"_s,
                      formEncode({ { u"csrf"_s, u"x"_s }, { u"login"_s, s.login },
                          { u"password"_s, s.password }, { u"code"_s, codeAt(s.secret, 2) } }),
                      "https://evil.example")
                  .status,
        403);
    // The real one signs out.
    EXPECT_EQ(b.send("POST", u"/clinic/sign-out"_s, form, "null", type, "same-origin").status, 303);
    EXPECT_EQ(b.get(u"/clinic/caseload"_s).header("location"), "/clinic/sign-in");
}

TEST_F(PortalTest, WhatPatientsTypedIsShownAsTextAndUnsharingRemovesIt)
{
    const Staff s = newStaff(u"Dana Ruiz"_s);
    const QString group = createGroup(s.therapist, u"Evening Group"_s, u"America/Chicago"_s);
    const Device phone = newPatient(group, u"Member <b>one</b>"_s);
    const QString scriptGoal = newId(), imgGoal = newId();
    circle::v1::Mutation checkIn
        = clearCheckIn(newId(), scriptGoal, hlcAt(1001), group, u"<i>note</i>"_s);
    pushApplied(phone,
        { goal(scriptGoal, group, u"<script>window.pwned=1</script>"_s),
            goal(imgGoal, group, u"\"><img src=x onerror=alert(1)>"_s), checkIn });
    Browser b(server());
    signIn(b, s);
    const RawResponse page = b.get(u"/clinic/groups/"_s + group);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"));
    EXPECT_TRUE(page.body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    EXPECT_TRUE(page.body.contains("Member &lt;b&gt;one&lt;/b&gt;"));
    EXPECT_FALSE(page.body.contains("<script"));
    EXPECT_FALSE(page.body.contains("<img"));
    const QString goalPath
        = u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(group, phone.patientId, scriptGoal);
    const RawResponse goalPage = b.get(goalPath);
    ASSERT_EQ(goalPage.status, 200);
    EXPECT_TRUE(goalPage.body.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"));
    EXPECT_TRUE(goalPage.body.contains("&lt;i&gt;note&lt;/i&gt;"));
    EXPECT_TRUE(goalPage.body.contains("<svg class=\"chart\""));
    EXPECT_TRUE(goalPage.body.contains("class=\"target\""));
    EXPECT_TRUE(goalPage.body.contains("Shared since"));
    EXPECT_FALSE(goalPage.body.contains("<script"));

    // Every view is in the audit log: who, which patient, which record; never the title.
    QByteArray audit;
    server().admin({ u"audit"_s }, &audit);
    EXPECT_TRUE(audit.contains(
        "portal_view patient=" + phone.patientId.toUtf8() + " record=goal/" + scriptGoal.toUtf8()))
        << audit.toStdString();
    EXPECT_FALSE(audit.contains("pwned"));

    // Unshared on the phone: the clear body is gone, and so is the page.
    pushApplied(
        phone, { sealedMutation(u"goal"_s, scriptGoal, hlcAt(2000), opaqueSealed("sealed")) });
    const RawResponse after = b.get(u"/clinic/groups/"_s + group);
    EXPECT_FALSE(after.body.contains("pwned"));
    EXPECT_EQ(b.get(goalPath).status, 403);
}

TEST_F(PortalTest, AnotherTherapistsPagesLookExactlyLikeMissingOnes)
{
    const Staff mine = newStaff(u"Eli Stone"_s);
    const Staff other = newStaff(u"Fay Lund"_s);
    const QString myGroup = createGroup(mine.therapist, u"Mine"_s);
    const QString theirGroup = createGroup(other.therapist, u"Theirs"_s);
    const Device theirPatient = newPatient(theirGroup, u"Their member"_s);
    const Device myPatient = newPatient(myGroup, u"My member"_s);
    const QString theirGoal = newId(), myGoal = newId();
    pushApplied(theirPatient, { goal(theirGoal, theirGroup, u"Their goal"_s) });
    pushApplied(myPatient, { goal(myGoal, myGroup, u"My goal"_s) });

    Browser b(server());
    signIn(b, mine);
    const RawResponse missing = b.get(u"/clinic/groups/"_s + newId());
    EXPECT_EQ(missing.status, 403);
    const QList<QString> notMine = {
        u"/clinic/groups/"_s + theirGroup,
        u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(
            theirGroup, theirPatient.patientId, theirGoal),
        // My group in the path, their member's goal after it.
        u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(myGroup, theirPatient.patientId, theirGoal),
        u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(myGroup, myPatient.patientId, newId()),
        u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(theirGroup, myPatient.patientId, myGoal),
        u"/clinic/groups/..%2F..%2Fetc"_s,
    };
    for (const QString &path : notMine) {
        const RawResponse r = b.get(path);
        EXPECT_EQ(r.status, 403) << path.toStdString();
        EXPECT_EQ(r.body, missing.body) << path.toStdString();
        EXPECT_FALSE(r.body.contains("Their")) << path.toStdString();
    }
    EXPECT_EQ(
        b.get(u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(myGroup, myPatient.patientId, myGoal))
            .status,
        200);
    EXPECT_FALSE(b.get(u"/clinic/caseload"_s).body.contains("Theirs"));
}

TEST_F(PortalTest, ADisabledAccountsOpenSessionStopsWorking)
{
    const Staff s = newStaff(u"Gus Hale"_s);
    Browser b(server());
    signIn(b, s);
    ASSERT_EQ(b.get(u"/clinic/caseload"_s).status, 200);
    auto out = server().admin({ u"disable-staff"_s, s.login });
    ASSERT_EQ(out[u"exit"_s], u"0"_s);
    const RawResponse r = b.get(u"/clinic/caseload"_s);
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(r.header("location"), "/clinic/sign-in");
    // And it cannot sign in again.
    Browser again(server());
    EXPECT_EQ(again.signIn(s.login, s.password, codeAt(s.secret, 2)).status, 401);
}

TEST_F(PortalTest, RepeatedWrongPasswordsAreSlowedDown)
{
    const Staff s = newStaff(u"Hana Ito"_s);
    Browser b(server());
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(b.signIn(s.login, u"wrong password %1"_s.arg(i), u"123456"_s).status, 401);
    // Past the free failures the account waits, even with everything right; the answer
    // says so and when to come back.
    const RawResponse throttled = b.signIn(s.login, s.password, codeAt(s.secret, 1));
    EXPECT_EQ(throttled.status, 429);
    EXPECT_FALSE(throttled.header("retry-after").isEmpty());
    EXPECT_TRUE(throttled.body.contains("Too many attempts"));
}

/** The server with a short idle limit, as `--portal-idle-minutes` sets it. */
class PortalIdleTest : public PortalTest
{
protected:
    QStringList serverArgs() const override
    {
        return PortalTest::serverArgs() << u"--portal-idle-minutes"_s << u"0.05"_s; // 3 s
    }
};

TEST_F(PortalIdleTest, AnIdleSessionEndsAndItsCookieNoLongerWorks)
{
    const Staff s = newStaff(u"Ines Moll"_s);
    Browser b(server());
    signIn(b, s);
    const QByteArray cookie = b.cookies().value("__Host-circle_session");
    ASSERT_FALSE(cookie.isEmpty());
    // Requests keep it alive...
    for (int i = 0; i < 3; ++i) {
        QThread::msleep(1500);
        ASSERT_EQ(b.get(u"/clinic/caseload"_s).status, 200) << i;
    }
    // ...silence ends it, for good: the same cookie replayed later is refused too.
    QThread::msleep(3500);
    const RawResponse r = b.get(u"/clinic/caseload"_s);
    EXPECT_EQ(r.status, 303);
    EXPECT_EQ(r.header("location"), "/clinic/sign-in");
    Browser replay(server());
    replay.cookies()["__Host-circle_session"] = cookie;
    EXPECT_EQ(replay.get(u"/clinic/caseload"_s).status, 303);
}

/** The server with the rate limit the API has by default, made small. */
class PortalRateTest : public PortalTest
{
protected:
    QStringList serverArgs() const override
    {
        return { u"--rate-burst"_s, u"5"_s, u"--rate-per-minute"_s, u"1"_s };
    }
};

TEST_F(PortalRateTest, PagesFromOneAddressAreRateLimitedLikeTheApi)
{
    Browser b(server());
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(b.get(u"/clinic/sign-in"_s).status, 200) << i;
    const RawResponse r = b.get(u"/clinic/sign-in"_s);
    EXPECT_EQ(r.status, 429);
    EXPECT_FALSE(r.header("retry-after").isEmpty());
    EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8");
    EXPECT_FALSE(r.header("content-security-policy").isEmpty());
}

namespace {

/** The homework assignments a phone has pulled, by title. */
QList<circle::v1::HomeworkAssignment> homeworkOn(const QList<circle::v1::Change> &changes)
{
    QList<circle::v1::HomeworkAssignment> out;
    for (const auto &c : changes) {
        if (c.mutation().record_type() != "homework_assignment")
            continue;
        circle::v1::HomeworkAssignment a;
        EXPECT_TRUE(a.ParseFromString(c.mutation().clear()));
        EXPECT_TRUE(c.clinic_authored());
        out.append(a);
    }
    return out;
}

QByteArray homeworkForm(
    const QString &csrf, const QString &title, const QString &due, const QString &instructions = {})
{
    return formEncode({ { u"csrf"_s, csrf }, { u"title"_s, title },
        { u"instructions"_s, instructions }, { u"due"_s, due } });
}

} // namespace

TEST_F(PortalTest, HomeworkAssignedInThePortalReachesTheGroupsPhones)
{
    const Staff s = newStaff(u"Gil Hart"_s);
    const QString group = createGroup(s.therapist, u"Tuesday Group"_s, u"America/Chicago"_s);
    const Device phone = newPatient(group, u"Member one"_s);
    Browser b(server());
    signIn(b, s);
    const RawResponse page = b.get(u"/clinic/groups/"_s + group);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("action=\"/clinic/groups/" + group.toUtf8() + "/homework\""));

    const RawResponse assigned = b.post(u"/clinic/groups/%1/homework"_s.arg(group),
        homeworkForm(
            b.csrf(), u"Notice <one> trigger"_s, u"2030-01-31"_s, u"Write it down.\nThen rest."_s));
    ASSERT_EQ(assigned.status, 303) << assigned.body.toStdString();
    EXPECT_EQ(assigned.header("location"), "/clinic/groups/" + group.toUtf8() + "#homework");

    const auto homework = homeworkOn(pullAll(phone));
    ASSERT_EQ(homework.size(), 1);
    EXPECT_EQ(homework[0].title(), "Notice <one> trigger");
    EXPECT_EQ(homework[0].instructions(), "Write it down.\nThen rest.");
    EXPECT_EQ(homework[0].group_id(), group.toStdString());
    // Due at the end of the 31st where the group meets (UTC-6 in January).
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(homework[0].due_ms(), QTimeZone::utc()),
        QDateTime(QDate(2030, 2, 1), QTime(5, 59), QTimeZone::utc()));

    // Audited as the therapist's act, with the record's id and never its text.
    QByteArray audit;
    server().admin({ u"audit"_s }, &audit);
    const QByteArray line = "therapist:" + s.therapist.id.toUtf8()
        + " assign_homework patient=- record=homework_assignment/"
        + QByteArray::fromStdString(homework[0].meta().id()) + " ok";
    EXPECT_TRUE(audit.contains(line)) << audit.toStdString();
    EXPECT_FALSE(audit.contains("trigger"));
}

TEST_F(PortalTest, BadOrForgedHomeworkFormsNameTheProblemAndStoreNothing)
{
    const Staff s = newStaff(u"Ida Moss"_s);
    const Staff other = newStaff(u"Jo Park"_s);
    const QString group = createGroup(s.therapist, u"Mine"_s);
    const QString theirGroup = createGroup(other.therapist, u"Theirs"_s);
    const Device phone = newPatient(group, u"Member one"_s);
    const Device theirPhone = newPatient(theirGroup, u"Their member"_s);
    Browser b(server());
    signIn(b, s);
    const QString csrf = b.csrf();
    const QString path = u"/clinic/groups/%1/homework"_s.arg(group);

    const struct
    {
        QByteArray form;
        const char *says;
    } bad[] = {
        { homeworkForm(csrf, {}, u"2030-01-31"_s), "Give the homework a title." },
        { homeworkForm(csrf, u"   "_s, u"2030-01-31"_s), "Give the homework a title." },
        { homeworkForm(csrf, QString(201, u'a'), u"2030-01-31"_s),
            "Use at most 200 characters for the title." },
        { homeworkForm(csrf, QString(5000, u'a'), u"2030-01-31"_s),
            "the field &quot;title&quot; is longer" },
        { homeworkForm(csrf, u"Two\nlines"_s, u"2030-01-31"_s), "Write the title on one line." },
        { homeworkForm(csrf, u"Breathe"_s, {}), "Choose a due date." },
        { homeworkForm(csrf, u"Breathe"_s, u"31/01/2030"_s),
            "Enter the due date as year-month-day" },
        { homeworkForm(csrf, u"Breathe"_s, u"2030-02-30"_s),
            "Enter the due date as year-month-day" },
        { "csrf=" + csrf.toUtf8() + "&title=Breathe&due=2030-01-31&patient=x", "does not take" },
    };
    for (const auto &[form, says] : bad) {
        const RawResponse r = b.post(path, form);
        EXPECT_EQ(r.status, 400) << says;
        EXPECT_TRUE(r.body.contains(says)) << says << "\n" << r.body.toStdString();
    }
    // The form comes back filled in and marked, so the therapist fixes one field.
    const RawResponse marked = b.post(path, homeworkForm(csrf, u"Keep <this>"_s, u"someday"_s));
    EXPECT_TRUE(marked.body.contains("value=\"Keep &lt;this&gt;\"")) << marked.body.toStdString();
    EXPECT_TRUE(marked.body.contains("aria-invalid=\"true\" aria-describedby=\"hw-due-error\""));

    // Forged: no token, a wrong token, another site's origin, no origin.
    const QByteArray good = homeworkForm(csrf, u"Breathe"_s, u"2030-01-31"_s);
    EXPECT_EQ(b.post(path, homeworkForm({}, u"Breathe"_s, u"2030-01-31"_s)).status, 403);
    EXPECT_EQ(b.post(path, homeworkForm(u"wrong"_s, u"Breathe"_s, u"2030-01-31"_s)).status, 403);
    EXPECT_EQ(b.post(path, good, "https://evil.example").status, 403);
    EXPECT_EQ(b.post(path, good, QByteArray()).status, 403);
    // Another therapist's group looks exactly like one that does not exist.
    const RawResponse missing = b.post(u"/clinic/groups/%1/homework"_s.arg(newId()), good);
    EXPECT_EQ(missing.status, 403);
    const RawResponse theirs = b.post(u"/clinic/groups/%1/homework"_s.arg(theirGroup), good);
    EXPECT_EQ(theirs.status, 403);
    EXPECT_EQ(theirs.body, missing.body);

    EXPECT_TRUE(homeworkOn(pullAll(phone)).isEmpty());
    EXPECT_TRUE(homeworkOn(pullAll(theirPhone)).isEmpty());
    QByteArray audit;
    server().admin({ u"audit"_s }, &audit);
    EXPECT_FALSE(audit.contains("assign_homework")) << audit.toStdString();

    // The same form, sent properly, works: the refusals above were about the form.
    EXPECT_EQ(b.post(path, good).status, 303);
    EXPECT_EQ(homeworkOn(pullAll(phone)).size(), 1);
}

TEST_F(PortalTest, SharedHomeworkAnswersShowAsTextAndReviewsAreStoredAndAudited)
{
    const Staff s = newStaff(u"Kim Reyes"_s);
    const Staff other = newStaff(u"Lou Ng"_s);
    const QString group = createGroup(s.therapist, u"Morning Group"_s);
    const Device answers = newPatient(group, u"Member A"_s);
    const Device keeps = newPatient(group, u"Member B"_s);
    Browser b(server());
    signIn(b, s);
    ASSERT_EQ(b.post(u"/clinic/groups/%1/homework"_s.arg(group),
                   homeworkForm(b.csrf(), u"Notice one trigger"_s, u"2030-01-31"_s))
                  .status,
        303);
    const auto pulled = homeworkOn(pullAll(answers));
    ASSERT_EQ(pulled.size(), 1);
    const QString assignment = QString::fromStdString(pulled[0].meta().id());

    const QString response = newId(), draft = newId();
    pushApplied(answers,
        { clearHomeworkResponse(response, assignment, hlcAt(1000), group,
            u"<script>window.pwned=1</script> I noticed <b>it</b>"_s) });
    pushApplied(keeps,
        { sealedMutation(
            u"homework_response"_s, draft, hlcAt(1000), opaqueSealed("sealed draft")) });

    const RawResponse page = b.get(u"/clinic/groups/"_s + group);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains(
        "&lt;script&gt;window.pwned=1&lt;/script&gt; I noticed &lt;b&gt;it&lt;/b&gt;"))
        << page.body.toStdString();
    EXPECT_FALSE(page.body.contains("<script"));
    EXPECT_FALSE(page.body.contains("<b>it"));
    EXPECT_TRUE(page.body.contains("Answered and shared"));
    EXPECT_TRUE(page.body.contains("Not answered or not shared"));
    EXPECT_TRUE(page.body.contains("name=\"response\" value=\"" + response.toUtf8() + "\""));
    EXPECT_FALSE(page.body.contains(draft.toUtf8()));

    QByteArray audit;
    server().admin({ u"audit"_s }, &audit);
    EXPECT_TRUE(audit.contains("portal_view patient=" + answers.patientId.toUtf8()
        + " record=homework_response/" + response.toUtf8() + " ok"))
        << audit.toStdString();
    EXPECT_FALSE(audit.contains("noticed"));

    const QString reviews = u"/clinic/groups/%1/reviews"_s.arg(group);
    auto reviewForm = [](const QString &csrf, const QString &patient, const QString &id) {
        return formEncode(
            { { u"csrf"_s, csrf }, { u"patient"_s, patient }, { u"response"_s, id } });
    };
    const QString csrf = b.csrf();
    // Forged, someone else's answer, a sealed one, another therapist: refused, nothing stored.
    EXPECT_EQ(b.post(reviews, reviewForm(u"wrong"_s, answers.patientId, response)).status, 403);
    EXPECT_EQ(b.post(reviews, reviewForm(csrf, answers.patientId, response), "https://evil.example")
                  .status,
        403);
    const RawResponse missing = b.post(
        u"/clinic/groups/%1/reviews"_s.arg(newId()), reviewForm(csrf, answers.patientId, response));
    EXPECT_EQ(missing.status, 403);
    const RawResponse sealed = b.post(reviews, reviewForm(csrf, keeps.patientId, draft));
    EXPECT_EQ(sealed.status, 403);
    EXPECT_EQ(sealed.body, missing.body);
    EXPECT_EQ(b.post(reviews, reviewForm(csrf, keeps.patientId, response)).status, 403);
    Browser intruder(server());
    signIn(intruder, other);
    const RawResponse theirs
        = intruder.post(reviews, reviewForm(intruder.csrf(), answers.patientId, response));
    EXPECT_EQ(theirs.status, 403);
    EXPECT_FALSE(b.get(u"/clinic/groups/"_s + group).body.contains(">Reviewed"));
    server().admin({ u"audit"_s }, &audit);
    EXPECT_FALSE(audit.contains("portal_review patient=" + answers.patientId.toUtf8()));

    const RawResponse reviewed = b.post(reviews, reviewForm(csrf, answers.patientId, response));
    ASSERT_EQ(reviewed.status, 303) << reviewed.body.toStdString();
    EXPECT_EQ(reviewed.header("location"), "/clinic/groups/" + group.toUtf8() + "#homework");
    const RawResponse after = b.get(u"/clinic/groups/"_s + group);
    EXPECT_TRUE(after.body.contains(">Reviewed · ")) << after.body.toStdString();
    EXPECT_FALSE(after.body.contains("name=\"response\" value=\"" + response.toUtf8() + "\""));
    server().admin({ u"audit"_s }, &audit);
    EXPECT_TRUE(audit.contains("portal_review patient=" + answers.patientId.toUtf8()
        + " record=homework_response/" + response.toUtf8() + " ok"))
        << audit.toStdString();

    // A changed answer needs a new review; an unshared one is gone from the page.
    pushApplied(answers,
        { clearHomeworkResponse(response, assignment, hlcAt(3000), group, u"Second thoughts"_s) });
    const RawResponse changed = b.get(u"/clinic/groups/"_s + group);
    EXPECT_TRUE(changed.body.contains("Second thoughts"));
    EXPECT_FALSE(changed.body.contains(">Reviewed · "));
    pushApplied(answers,
        { sealedMutation(u"homework_response"_s, response, hlcAt(4000), opaqueSealed("x")) });
    const RawResponse unshared = b.get(u"/clinic/groups/"_s + group);
    EXPECT_FALSE(unshared.body.contains("Second thoughts"));
    EXPECT_EQ(b.post(reviews, reviewForm(csrf, answers.patientId, response)).status, 403);
}
