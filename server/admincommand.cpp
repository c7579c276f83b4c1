#include "admincommand.h"

#include "admincontext.h"
#include "clinicservices.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace circle::server {

using namespace admin;

namespace {

// People: therapists and devices, and the audit log of what they did.

int addTherapist(AdminContext &c)
{
    if (c.args.size() != 1)
        return fail(u"usage: add-therapist NAME"_s);
    const auto t = c.s.accounts.addTherapist(c.args.first());
    if (!t)
        return failed(t.error());
    out(u"therapist-id "_s + t.value().id);
    out(u"therapist-token "_s + t.value().token);
    std::fputs("# The token is shown only now; the server keeps only its hash.\n", stderr);
    return 0;
}

int revokeDevice(AdminContext &c)
{
    if (c.args.size() != 1)
        return fail(u"usage: revoke-device DEVICE_ID"_s);
    const auto done = c.s.accounts.revokeDevice(c.args.first());
    if (!done)
        return failed(done.error());
    out(u"revoked "_s + c.args.first());
    return 0;
}

int revokeTherapist(AdminContext &c)
{
    if (c.args.size() != 1)
        return fail(u"usage: revoke-therapist THERAPIST_ID"_s);
    const auto done = c.s.accounts.revokeTherapist(c.args.first());
    if (!done)
        return failed(done.error());
    out(u"revoked "_s + c.args.first());
    return 0;
}

int listTherapists(AdminContext &c)
{
    const auto therapists = c.s.accounts.listTherapists();
    if (!therapists)
        return failed(therapists.error());
    for (const TherapistInfo &t : therapists.value()) {
        out(u"therapist %1 status=%2 created=%3 name=%4"_s.arg(token(t.id),
            t.revoked ? u"revoked"_s : u"active"_s, isoTime(t.createdMs), quoted(t.name)));
    }
    return 0;
}

int listDevices(AdminContext &c)
{
    const auto devices = c.s.accounts.listDevices();
    if (!devices)
        return failed(devices.error());
    for (const DeviceInfo &d : devices.value()) {
        const bool expired = d.expiresMs != 0 && d.expiresMs <= c.s.clock.nowMs();
        out(u"device %1 patient=%2 status=%3 enrolled=%4 seen=%5 expires=%6 name=%7 label=%8"_s.arg(
            token(d.id), token(d.patientId),
            d.revoked ? u"revoked"_s : (expired ? u"expired"_s : u"active"_s), isoTime(d.createdMs),
            isoTime(d.lastSeenMs), isoTime(d.expiresMs), quoted(d.name), quoted(d.patientLabel)));
    }
    return 0;
}

int audit(AdminContext &c)
{
    qint64 since = 0;
    if (c.parser.isSet(u"since"_s)) {
        const auto t = parseTime(c.parser.value(u"since"_s), QTimeZone::utc());
        if (!t)
            return fail(u"--since wants an ISO date-time"_s);
        since = t->toMSecsSinceEpoch();
    }
    const int limit = c.parser.isSet(u"limit"_s) ? c.parser.value(u"limit"_s).toInt() : 1000;
    bool ok = false;
    const QList<AuditEntry> rows = c.s.audit.since(since, limit, &ok);
    if (!ok)
        return fail(u"cannot read the audit log"_s);
    for (const AuditEntry &e : rows) {
        // Every field as a token: the rows may hold what a phone sent before input was
        // checked, and must still print as one row each.
        out(u"%1 %2 %3 patient=%4 record=%5/%6 %7"_s.arg(isoTime(e.atMs), token(e.actor),
            token(e.action), token(e.patientId), token(e.recordType), token(e.recordId),
            token(e.outcome)));
    }
    return 0;
}

} // namespace

int runAdmin(const QStringList &arguments, const ServerExtensions &extensions)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Administer a Circle clinic database.\n\nCommands:\n"
        "  add-therapist NAME\n"
        "  list-therapists\n"
        "  revoke-therapist THERAPIST_ID\n"
        "  create-group --therapist ID --name NAME [--time-zone Z] [--kind "
        "process|skills|support]\n"
        "               [--description TEXT] [--agreement TEXT] [--count PLANNED]\n"
        "  list-groups\n"
        "  add-session --group G --start ISO [--minutes 90] [--topic T] [--place P] [--number N]\n"
        "  add-series --group G --first ISO --count N [--every-days 7] [--minutes 90] [--topic T]\n"
        "  assign-homework --group G --title T [--instructions I] [--due ISO] [--patient P]\n"
        "  invite --group G (--label L | --patient P) [--url URL --cert PEM] [--invite-ttl S]\n"
        "  revoke-device DEVICE_ID\n"
        "  list-devices\n"
        "  audit [--since ISO] [--limit N]\n"
        "  seed-demo [--url URL --cert PEM]"_s);
    QString description = parser.applicationDescription();
    for (const AdminCommand &extra : extensions.adminCommands)
        description += u"\n  "_s + extra.usage;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions({ { u"db"_s, u"SQLite file or postgresql:// URL"_s, u"spec"_s },
        { u"data-dir"_s, u"A `circle-server dev` data directory"_s, u"dir"_s },
        { u"therapist"_s, u"Therapist id"_s, u"id"_s }, { u"name"_s, u"Group name"_s, u"text"_s },
        { u"time-zone"_s, u"IANA time zone"_s, u"zone"_s },
        { u"kind"_s, u"Group kind"_s, u"kind"_s },
        { u"description"_s, u"Group description"_s, u"text"_s },
        { u"agreement"_s, u"Group agreement"_s, u"text"_s }, { u"group"_s, u"Group id"_s, u"id"_s },
        { u"start"_s, u"Session start"_s, u"iso"_s },
        { u"first"_s, u"First session start"_s, u"iso"_s }, { u"count"_s, u"How many"_s, u"n"_s },
        { u"every-days"_s, u"Days between sessions"_s, u"n"_s },
        { u"minutes"_s, u"Session length"_s, u"n"_s },
        { u"number"_s, u"Number of the (first) session"_s, u"n"_s },
        { u"topic"_s, u"Session topic"_s, u"text"_s },
        { u"place"_s, u"Session place"_s, u"text"_s },
        { u"title"_s, u"Homework title"_s, u"text"_s },
        { u"instructions"_s, u"Homework instructions"_s, u"text"_s },
        { u"due"_s, u"Homework due"_s, u"iso"_s }, { u"patient"_s, u"Patient id"_s, u"id"_s },
        { u"label"_s, u"How the clinic knows the patient"_s, u"text"_s },
        { u"url"_s, u"Server URL for invites"_s, u"url"_s },
        { u"cert"_s, u"Server certificate (PEM) for the pin"_s, u"file"_s },
        { u"since"_s, u"Audit rows from this time"_s, u"iso"_s },
        { u"limit"_s, u"At most this many rows"_s, u"n"_s },
        { u"invite-ttl"_s, u"Seconds an invite stays valid (default: the server's)"_s,
            u"seconds"_s } });
    parser.process(arguments);
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(u"no command; see --help"_s);
    const QString command = positional.takeFirst();

    const QString dataDir = parser.value(u"data-dir"_s);
    QString dbText = parser.value(u"db"_s);
    if (dbText.isEmpty() && !dataDir.isEmpty())
        dbText = QDir(dataDir).filePath(u"circle.db"_s);
    QString error;
    const auto spec = DatabaseSpec::parse(dbText, &error);
    if (!spec)
        return fail(error);
    const auto services = ClinicServices::open(*spec, ServerLimits {}, &error);
    if (!services)
        return fail(error);

    // Invites last as long as the running server's do, unless said here.
    if (parser.isSet(u"invite-ttl"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"invite-ttl"_s).toDouble(&ok);
        if (!ok || seconds <= 0)
            return fail(u"--invite-ttl needs a number of seconds"_s);
        services->accounts.setInviteTtl(qint64(seconds * 1000));
    } else {
        services->accounts.adoptPublishedInviteTtl();
    }

    AdminContext c { parser, positional, *services, dataDir };
    std::map<QString, std::function<int(AdminContext &)>> commands = {
        { u"add-therapist"_s, addTherapist },
        { u"create-group"_s, createGroup },
        { u"list-groups"_s, listGroups },
        { u"add-session"_s, [](AdminContext &c) { return addSessions(c, false); } },
        { u"add-series"_s, [](AdminContext &c) { return addSessions(c, true); } },
        { u"assign-homework"_s, assignHomework },
        { u"invite"_s, invite },
        { u"revoke-device"_s, revokeDevice },
        { u"list-therapists"_s, listTherapists },
        { u"revoke-therapist"_s, revokeTherapist },
        { u"list-devices"_s, listDevices },
        { u"audit"_s, audit },
        { u"seed-demo"_s, seedDemo },
    };
    for (const AdminCommand &extra : extensions.adminCommands)
        commands[extra.name] = extra.run;
    const auto it = commands.find(command);
    if (it == commands.end())
        return fail(u"unknown command %1; see --help"_s.arg(command));
    return it->second(c);
}

} // namespace circle::server
