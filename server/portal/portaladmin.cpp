#include "portal.h"

#include "staffaccounts.h"

#include "admincontext.h"
#include "clinicservices.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle::portal {

using namespace server::admin;
using server::AdminContext;

namespace {

// Where set-up links point: --url, or the address `circle-server dev` wrote to its data
// directory. Without either the path is printed, for the administrator to complete.
QString baseUrl(AdminContext &c)
{
    QString url = c.parser.value(u"url"_s);
    if (url.isEmpty() && !c.dataDir.isEmpty()) {
        QFile file(QDir(c.dataDir).filePath(u"dev-url"_s));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

void printLink(AdminContext &c, const NewStaff &staff)
{
    out(u"sign-in-name "_s + staff.login);
    const QString path = u"/clinic/setup/"_s + staff.setupToken;
    const QString base = baseUrl(c);
    out(u"setup-link "_s + (base.isEmpty() ? path : base + path));
    std::fputs("# The set-up link works once and expires in 72 hours. Give it to the person"
               " only, over a channel you trust.\n",
        stderr);
    if (base.isEmpty())
        std::fputs("# Prefix it with the portal's address (or pass --url).\n", stderr);
}

int addStaff(AdminContext &c, StaffIdentity::Role role)
{
    const bool therapist = role == StaffIdentity::Role::Therapist;
    if (c.args.size() != 1)
        return fail(therapist ? u"usage: add-therapist NAME [--group GROUP_ID]"_s
                              : u"usage: add-admin NAME"_s);
    server::WriteTransaction tx(*c.s.database);
    if (!tx.active())
        return fail(u"cannot write to the database"_s);
    QString therapistId;
    QString token;
    if (therapist) {
        // A portal therapist is also a facilitator the API and the group tables know.
        const auto t = c.s.accounts.addTherapist(c.args.first());
        if (!t)
            return failed(t.error());
        therapistId = t.value().id;
        token = t.value().token;
        if (c.parser.isSet(u"group"_s)) {
            const auto added = c.s.clinic.addFacilitator(c.parser.value(u"group"_s), therapistId);
            if (!added)
                return failed(added.error());
        }
    }
    StaffAccounts accounts(*c.s.database, c.s.audit, c.s.clock);
    const auto staff = accounts.add(role, c.args.first(), therapistId);
    if (!staff)
        return failed(staff.error());
    if (!tx.commit())
        return fail(u"cannot write to the database"_s);
    if (therapist) {
        out(u"therapist-id "_s + therapistId);
        out(u"therapist-token "_s + token);
    }
    out(u"staff-id "_s + staff.value().id);
    printLink(c, staff.value());
    return 0;
}

int resetFactors(AdminContext &c)
{
    if (c.args.size() != 1)
        return fail(u"usage: reset-factors SIGN_IN_NAME"_s);
    StaffAccounts accounts(*c.s.database, c.s.audit, c.s.clock);
    const auto staff = accounts.resetFactors(c.args.first());
    if (!staff)
        return failed(staff.error());
    printLink(c, staff.value());
    return 0;
}

int setDisabled(AdminContext &c, bool disabled)
{
    if (c.args.size() != 1)
        return fail(disabled ? u"usage: disable-staff SIGN_IN_NAME"_s
                             : u"usage: enable-staff SIGN_IN_NAME"_s);
    StaffAccounts accounts(*c.s.database, c.s.audit, c.s.clock);
    const auto done = accounts.setDisabled(c.args.first(), disabled);
    if (!done)
        return failed(done.error());
    out((disabled ? u"disabled "_s : u"enabled "_s) + c.args.first());
    return 0;
}

} // namespace

server::ServerExtensions extensions()
{
    server::ServerExtensions e;
    e.makeWebFront = [](const server::WebFrontSettings &settings) {
        return std::make_unique<Portal>(settings);
    };
    e.adminCommands = {
        { u"add-therapist"_s,
            u"add-therapist NAME [--group G] [--url URL]  (prints a portal set-up link)"_s,
            [](AdminContext &c) { return addStaff(c, StaffIdentity::Role::Therapist); } },
        { u"add-admin"_s, u"add-admin NAME [--url URL]"_s,
            [](AdminContext &c) { return addStaff(c, StaffIdentity::Role::Admin); } },
        { u"reset-factors"_s, u"reset-factors SIGN_IN_NAME  (new set-up link; old factors end)"_s,
            resetFactors },
        { u"disable-staff"_s, u"disable-staff SIGN_IN_NAME"_s,
            [](AdminContext &c) { return setDisabled(c, true); } },
        { u"enable-staff"_s, u"enable-staff SIGN_IN_NAME"_s,
            [](AdminContext &c) { return setDisabled(c, false); } },
    };
    return e;
}

} // namespace circle::portal
