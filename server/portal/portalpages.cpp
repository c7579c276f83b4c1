#include "portalpages.h"

#include "portalstrings.h"
#include "svgdrawing.h"
#include "totp.h"

#include "clinicservice.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;

namespace circle::portal::pages {

namespace {

namespace mu = kainjow::mustache;

const char kLayout[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · {{t.portal}}</title>
<link rel="stylesheet" href="/clinic/static/portal.css">
</head>
<body>
<a class="skip" href="#main">{{t.skip}}</a>
<header class="bar">
<span class="brand">{{t.portal}}</span>
{{#staff}}
<nav aria-label="{{t.portal}}"><a href="/clinic/caseload">{{t.caseload}}</a></nav>
<span class="who">{{t.signed_in_as}} {{name}}</span>
<form method="post" action="/clinic/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.sign_out}}</button></form>
{{/staff}}
</header>
<main id="main">
{{{content}}}
</main>
</body>
</html>
)";

const char kSignIn[] = R"(<div class="card narrow">
<h1>{{t.sign_in}}</h1>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/clinic/sign-in">
<input type="hidden" name="csrf" value="{{form_token}}">
<label for="login">{{t.sign_in_name}}</label>
<input type="text" id="login" name="login" value="{{login}}" autocomplete="username" autocapitalize="none" spellcheck="false" required>
<label for="password">{{t.password}}</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<label for="code">{{t.code}}</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
<button type="submit">{{t.sign_in}}</button>
</form>
</div>
)";

const char kSetupPassword[] = R"(<div class="card narrow">
<h1>{{t.setup_title}}</h1>
<p>{{t.sign_in_name}}: <strong>{{login}}</strong></p>
<p>{{t.setup_password_intro}}</p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/clinic/setup/{{token}}">
<input type="hidden" name="step" value="password">
<input type="hidden" name="login" value="{{login}}" autocomplete="username">
<label for="password">{{t.new_password}}</label>
<input type="password" id="password" name="password" autocomplete="new-password" minlength="12" required>
<label for="repeat">{{t.repeat_password}}</label>
<input type="password" id="repeat" name="repeat" autocomplete="new-password" minlength="12" required>
<button type="submit">{{t.continue}}</button>
</form>
</div>
)";

const char kSetupFactor[] = R"(<div class="card narrow">
<h1>{{t.setup_factor_title}}</h1>
<p>{{t.setup_factor_intro}}</p>
{{{qr}}}
<p>{{t.secret_key}}: <span class="secret" id="secret">{{secret}}</span></p>
{{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
<form method="post" action="/clinic/setup/{{token}}">
<input type="hidden" name="step" value="factor">
<label for="code">{{t.enrol_code}}</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
<button type="submit">{{t.confirm}}</button>
</form>
</div>
)";

const char kRecovery[] = R"(<div class="card narrow">
<h1>{{t.recovery_title}}</h1>
<p>{{t.recovery_intro}}</p>
<ul class="codes" id="recovery-codes">
{{#codes}}<li>{{.}}</li>
{{/codes}}
</ul>
<p><a href="/clinic/sign-in">{{t.to_sign_in}}</a></p>
</div>
)";

const char kCaseload[] = R"(<h1>{{t.my_groups}}</h1>
{{#empty}}<p class="muted">{{t.no_groups}}</p>{{/empty}}
{{^empty}}
<table>
<thead><tr><th scope="col">{{t.group}}</th><th scope="col">{{t.next_session}}</th><th scope="col">{{t.members}}</th><th scope="col">{{t.shared_goals}}</th></tr></thead>
<tbody>
{{#groups}}<tr><td><a href="/clinic/groups/{{id}}">{{name}}</a></td><td>{{next}}</td><td>{{members}}</td><td>{{goals}}</td></tr>
{{/groups}}
</tbody>
</table>
{{/empty}}
)";

const char kGroup[] = R"(<h1>{{name}}</h1>
<p class="muted">{{t.times_in}} {{zone}}</p>
<h2>{{t.upcoming_sessions}}</h2>
{{^sessions}}<p class="muted">{{t.no_sessions}}</p>{{/sessions}}
{{#has_sessions}}
<table>
<thead><tr><th scope="col">{{t.session}}</th><th scope="col">{{t.when}}</th><th scope="col">{{t.topic}}</th><th scope="col">{{t.place}}</th></tr></thead>
<tbody>
{{#sessions}}<tr{{#cancelled}} class="cancelled"{{/cancelled}}><td>{{number}}</td><td>{{when}}{{#cancelled}} ({{t.cancelled}}){{/cancelled}}</td><td>{{topic}}</td><td>{{place}}</td></tr>
{{/sessions}}
</tbody>
</table>
{{/has_sessions}}
<h2>{{t.members}}</h2>
{{^members}}<p class="muted">{{t.no_members}}</p>{{/members}}
{{#has_members}}
<table>
<thead><tr><th scope="col">{{t.member}}</th><th scope="col">{{t.last_seen}}</th><th scope="col">{{t.shared_goals}}</th></tr></thead>
<tbody>
{{#members}}<tr><td>{{label}}</td><td>{{seen}}</td><td>{{^goals}}<span class="muted">{{t.nothing_shared}}</span>{{/goals}}{{#has_goals}}<ul class="goals">{{#goals}}<li><a href="{{href}}">{{title}}</a></li>{{/goals}}</ul>{{/has_goals}}</td></tr>
{{/members}}
</tbody>
</table>
{{/has_members}}
<h2 id="homework">{{t.homework}}</h2>
{{^homework}}<p class="muted">{{t.no_homework}}</p>{{/homework}}
{{#homework}}<section class="homework" aria-labelledby="hw-{{id}}">
<h3 id="hw-{{id}}">{{title}}</h3>
<p class="muted">{{t.due}} {{due}}{{#for_one}} · {{t.for_one_member}}{{/for_one}}</p>
<table>
<thead><tr><th scope="col">{{t.member}}</th><th scope="col">{{t.state}}</th><th scope="col">{{t.answer}}</th></tr></thead>
<tbody>
{{#answers}}<tr><td>{{label}}</td><td>{{state}}{{#can_review}}<form method="post" action="/clinic/groups/{{group_id}}/reviews" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="patient" value="{{patient}}"><input type="hidden" name="response" value="{{response}}"><button type="submit" aria-label="{{review_label}}">{{t.mark_reviewed}}</button></form>{{/can_review}}</td><td class="answer">{{text}}</td></tr>
{{/answers}}
</tbody>
</table>
</section>
{{/homework}}
<form method="post" action="/clinic/groups/{{id}}/homework" class="card" aria-labelledby="assign-heading" novalidate>
<h3 id="assign-heading">{{t.assign_homework}}</h3>
{{#form_failed}}<p class="error" role="alert">{{t.hw_fix_below}}</p>{{/form_failed}}
<input type="hidden" name="csrf" value="{{csrf}}">
<label for="hw-title">{{t.homework_title}}</label>
<input type="text" id="hw-title" name="title" value="{{form_title}}" maxlength="{{title_max}}" required{{#title_error}} aria-invalid="true" aria-describedby="hw-title-error"{{/title_error}}>
{{#title_error}}<p class="error" id="hw-title-error">{{title_error}}</p>{{/title_error}}
<label for="hw-instructions">{{t.homework_instructions}}</label>
<textarea id="hw-instructions" name="instructions" rows="4" maxlength="{{instructions_max}}"{{#instructions_error}} aria-invalid="true" aria-describedby="hw-instructions-error"{{/instructions_error}}>{{form_instructions}}</textarea>
{{#instructions_error}}<p class="error" id="hw-instructions-error">{{instructions_error}}</p>{{/instructions_error}}
<label for="hw-due">{{t.homework_due}}</label>
<input type="date" id="hw-due" name="due" value="{{form_due}}" required{{#due_error}} aria-invalid="true" aria-describedby="hw-due-error"{{/due_error}}>
{{#due_error}}<p class="error" id="hw-due-error">{{due_error}}</p>{{/due_error}}
<button type="submit">{{t.assign}}</button>
</form>
)";

const char kGoal[]
    = R"(<p><a href="/clinic/groups/{{group_id}}">{{t.back_to_group}}: {{group_name}}</a></p>
<h1 id="goal-title">{{title}}</h1>
<p class="muted">{{t.member}}: {{member}} · {{t.shared_since}} {{shared_since}}</p>
{{#why}}<p>{{why}}</p>{{/why}}
<table>
<tbody>
<tr><th scope="row">{{t.target}}</th><td>{{target}} {{unit}}</td></tr>
<tr><th scope="row">{{t.due}}</th><td>{{due}}</td></tr>
</tbody>
</table>
<h2>{{t.progress}}</h2>
<figure>
{{{chart}}}
<figcaption class="muted">{{t.chart_summary}}: {{latest}} / {{target}} {{unit}}</figcaption>
</figure>
{{#has_steps}}
<h2>{{t.steps}}</h2>
<ul>{{#steps}}<li>{{text}} <span class="muted">({{state}})</span></li>{{/steps}}</ul>
{{/has_steps}}
<h2>{{t.check_ins}}</h2>
{{^check_ins}}<p class="muted">{{t.no_check_ins}}</p>{{/check_ins}}
{{#has_check_ins}}
<table>
<thead><tr><th scope="col">{{t.when}}</th><th scope="col">{{t.value}}</th><th scope="col">{{t.note}}</th></tr></thead>
<tbody>
{{#check_ins}}<tr><td>{{when}}</td><td>{{value}}</td><td>{{note}}</td></tr>
{{/check_ins}}
</tbody>
</table>
{{/has_check_ins}}
)";

const char kMessage[] = R"(<div class="card narrow">
<h1>{{title}}</h1>
<p>{{text}}</p>
</div>
)";

std::string s(const QString &text)
{
    return text.toStdString();
}

mu::data texts()
{
    mu::data t;
    for (const auto &[key, value] : allTexts())
        t.set(key, value);
    return t;
}

QString when(qint64 ms, const QString &zone)
{
    if (ms <= 0)
        return text("never");
    const QTimeZone tz(zone.toUtf8());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, tz.isValid() ? tz : QTimeZone::utc());
    return QLocale(QLocale::English).toString(at, u"ddd d MMM yyyy, HH:mm"_s);
}

QString number(double v)
{
    return QLocale(QLocale::English).toString(v, 'g', 6);
}

QString renderWith(const char *tmpl, mu::data &data)
{
    mu::mustache page(tmpl);
    const std::string out = page.render(data);
    return page.is_valid() ? QString::fromStdString(out) : QString();
}

QString page(const PageFrame &frame, const QString &title, const char *tmpl, mu::data data)
{
    data.set("t", texts());
    const QString content = renderWith(tmpl, data);
    mu::data outer;
    outer.set("t", texts());
    outer.set("title", s(title));
    outer.set("content", s(content));
    if (!frame.staffName.isEmpty()) {
        mu::data staff;
        staff.set("name", s(frame.staffName));
        staff.set("csrf", s(frame.csrfToken));
        outer.set("staff", staff);
    }
    return renderWith(kLayout, outer);
}

} // namespace

QString signIn(const QString &formToken, const QString &login, const QString &error)
{
    mu::data d;
    d.set("form_token", s(formToken));
    d.set("login", s(login));
    if (!error.isEmpty())
        d.set("error", s(error));
    return page({}, text("sign_in"), kSignIn, d);
}

QString setupPassword(const QString &token, const QString &login, const QString &error)
{
    mu::data d;
    d.set("token", s(token));
    d.set("login", s(login));
    if (!error.isEmpty())
        d.set("error", s(error));
    return page({}, text("setup_title"), kSetupPassword, d);
}

QString setupFactor(
    const QString &token, const QString &login, const QByteArray &secret, const QString &error)
{
    mu::data d;
    d.set("token", s(token));
    d.set("secret", s(totp::base32(secret)));
    d.set("qr",
        s(svg::qrCode(
            totp::provisioningUri(text("portal"), login, secret), text("setup_factor_title"))));
    if (!error.isEmpty())
        d.set("error", s(error));
    return page({}, text("setup_factor_title"), kSetupFactor, d);
}

QString recoveryCodes(const QStringList &codes)
{
    mu::data d;
    mu::data list { mu::data::type::list };
    for (const QString &c : codes)
        list.push_back(s(c));
    d.set("codes", list);
    return page({}, text("recovery_title"), kRecovery, d);
}

QString caseload(const PageFrame &frame, const QList<CaseloadRow> &rows)
{
    mu::data d;
    mu::data groups { mu::data::type::list };
    for (const CaseloadRow &r : rows) {
        mu::data g;
        g.set("id", s(r.groupId));
        g.set("name", s(r.name));
        g.set("next", s(r.next ? when(r.next->startMs, r.timeZone) : text("none_planned")));
        g.set("members", std::to_string(r.members));
        g.set("goals", std::to_string(r.sharedGoals));
        groups.push_back(g);
    }
    d.set("groups", groups);
    d.set("empty", rows.isEmpty() ? mu::data::type::bool_true : mu::data::type::bool_false);
    return page(frame, text("caseload"), kCaseload, d);
}

QString group(const PageFrame &frame, const GroupView &view, qint64 nowMs, const HomeworkForm &form)
{
    Q_UNUSED(nowMs);
    mu::data d;
    d.set("id", s(view.id));
    d.set("csrf", s(frame.csrfToken));
    d.set("name", s(view.name));
    d.set("form_title", s(form.title));
    d.set("form_instructions", s(form.instructions));
    d.set("form_due", s(form.due));
    d.set("title_max", std::to_string(server::ClinicService::kHomeworkTitleMax));
    d.set("instructions_max", std::to_string(server::ClinicService::kHomeworkInstructionsMax));
    for (const auto &[field, message] : form.errors.asKeyValueRange())
        d.set(s(field + u"_error"_s), s(message));
    mu::data homework { mu::data::type::list };
    for (const HomeworkRow &h : view.homework) {
        mu::data row;
        row.set("id", s(h.id));
        row.set("title", s(h.title));
        row.set("due", s(when(h.dueMs, view.timeZone)));
        row.set("for_one",
            h.forPatientId.isEmpty() ? mu::data::type::bool_false : mu::data::type::bool_true);
        mu::data answers { mu::data::type::list };
        for (const HomeworkAnswer &a : h.answers) {
            mu::data item;
            item.set("label", s(a.label));
            item.set("text", s(a.text));
            const bool answered = !a.responseId.isEmpty();
            item.set("state",
                s(a.reviewedMs > 0
                        ? text("hw_reviewed") + u" · "_s + when(a.reviewedMs, view.timeZone)
                        : answered ? text("hw_answered")
                                   : text("hw_not_answered")));
            if (answered && a.reviewedMs == 0) {
                item.set("can_review", mu::data::type::bool_true);
                item.set("group_id", s(view.id));
                item.set("csrf", s(frame.csrfToken));
                item.set("patient", s(a.patientId));
                item.set("response", s(a.responseId));
                item.set("review_label", s(text("mark_reviewed_for").arg(a.label)));
            }
            answers.push_back(item);
        }
        row.set("answers", answers);
        homework.push_back(row);
    }
    d.set("homework", homework);
    d.set("form_failed",
        form.errors.isEmpty() ? mu::data::type::bool_false : mu::data::type::bool_true);
    d.set("zone", s(view.timeZone));
    mu::data sessions { mu::data::type::list };
    for (const SessionRow &r : view.upcoming) {
        mu::data row;
        row.set("number",
            r.number > 0 ? std::to_string(r.number)
                    + (view.plannedSessions > 0 ? " / " + std::to_string(view.plannedSessions)
                                                : std::string())
                         : std::string("–"));
        row.set("when", s(when(r.startMs, view.timeZone)));
        row.set("topic", s(r.topic));
        row.set("place", s(r.place));
        row.set("cancelled", r.cancelled ? mu::data::type::bool_true : mu::data::type::bool_false);
        sessions.push_back(row);
    }
    d.set("sessions", sessions);
    d.set("has_sessions",
        view.upcoming.isEmpty() ? mu::data::type::bool_false : mu::data::type::bool_true);
    mu::data members { mu::data::type::list };
    for (const MemberRow &m : view.members) {
        mu::data row;
        row.set("label", s(m.label));
        row.set("seen", s(when(m.lastSeenMs, view.timeZone)));
        mu::data goals { mu::data::type::list };
        for (const SharedGoal &g : m.goals) {
            mu::data item;
            item.set("title", g.goal.title());
            item.set("href",
                s(u"/clinic/groups/%1/members/%2/goals/%3"_s.arg(
                    view.id, m.patientId, QString::fromStdString(g.goal.meta().id()))));
            goals.push_back(item);
        }
        row.set("goals", goals);
        row.set("has_goals",
            m.goals.isEmpty() ? mu::data::type::bool_false : mu::data::type::bool_true);
        members.push_back(row);
    }
    d.set("members", members);
    d.set("has_members",
        view.members.isEmpty() ? mu::data::type::bool_false : mu::data::type::bool_true);
    return page(frame, view.name, kGroup, d);
}

QString goal(const PageFrame &frame, const GoalView &view)
{
    const circle::v1::Goal &g = view.goal.goal;
    mu::data d;
    d.set("group_id", s(view.groupId));
    d.set("group_name", s(view.groupName));
    d.set("title", g.title());
    d.set("member", s(view.memberLabel));
    d.set("shared_since", s(when(view.goal.sharedSinceMs, view.timeZone)));
    if (!g.why().empty())
        d.set("why", g.why());
    d.set("target", s(number(g.target_value())));
    d.set("unit", g.unit());
    d.set("due", g.due_date().empty() ? s(text("no_due")) : g.due_date());
    d.set("latest",
        view.goal.checkIns.isEmpty() ? std::string("–")
                                     : s(number(view.goal.checkIns.last().value())));
    d.set("chart", s(svg::progressChart(g, view.goal.checkIns, text("progress"))));
    mu::data steps { mu::data::type::list };
    for (const auto &step : g.steps()) {
        mu::data row;
        row.set("text", step.text());
        row.set("state", s(text(step.done() ? "done" : "open")));
        steps.push_back(row);
    }
    d.set("steps", steps);
    d.set("has_steps", g.steps().empty() ? mu::data::type::bool_false : mu::data::type::bool_true);
    mu::data checkIns { mu::data::type::list };
    for (const auto &c : view.goal.checkIns) {
        mu::data row;
        row.set("when", s(when(c.at_ms(), view.timeZone)));
        row.set("value", s(number(c.value())));
        row.set("note", c.note());
        checkIns.push_back(row);
    }
    d.set("check_ins", checkIns);
    d.set("has_check_ins",
        view.goal.checkIns.isEmpty() ? mu::data::type::bool_false : mu::data::type::bool_true);
    return page(frame, QString::fromStdString(g.title()), kGoal, d);
}

QString message(const PageFrame &frame, const QString &title, const QString &body)
{
    mu::data d;
    d.set("title", s(title));
    d.set("text", s(body));
    return page(frame, title, kMessage, d);
}

} // namespace circle::portal::pages
