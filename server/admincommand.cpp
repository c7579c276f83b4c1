#include "admincommand.h"

#include "clinicservices.h"
#include "democlinic.h"
#include "devcertificate.h"

#include "circle/v1/records.pb.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "circle-server admin: %s\n", qPrintable(message));
    return 1;
}

int failed(const ApiError &error)
{
    return fail(error.message);
}

QString isoTime(qint64 ms)
{
    return ms == 0 ? u"-"_s
                   : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

/** An ISO date-time; without an offset it is wall-clock time in @p zone (the group's). */
std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t;
}

struct Context
{
    QCommandLineParser &parser;
    QStringList args; ///< positional arguments after the command
    ClinicServices &s;
    QString dataDir;
};

int addTherapist(Context &c)
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

int createGroup(Context &c)
{
    circle::v1::Group g;
    g.set_name(c.parser.value(u"name"_s).toStdString());
    g.set_description(c.parser.value(u"description"_s).toStdString());
    g.set_time_zone(c.parser.value(u"time-zone"_s).toStdString());
    g.set_agreement_text(c.parser.value(u"agreement"_s).toStdString());
    g.set_agreement_version(c.parser.isSet(u"agreement"_s) ? 1 : 0);
    g.set_planned_sessions(c.parser.value(u"count"_s).toInt());
    const QString kind = c.parser.value(u"kind"_s);
    g.set_kind(kind == u"skills" ? circle::v1::GROUP_KIND_SKILLS
            : kind == u"support" ? circle::v1::GROUP_KIND_SUPPORT
                                 : circle::v1::GROUP_KIND_PROCESS);
    const auto id = c.s.clinic.createGroup(Actor::admin(), g, c.parser.value(u"therapist"_s));
    if (!id)
        return failed(id.error());
    out(u"group-id "_s + id.value());
    return 0;
}

int listGroups(Context &c)
{
    const auto groups = c.s.clinic.listGroups();
    if (!groups)
        return failed(groups.error());
    for (const GroupSummary &g : groups.value())
        out(u"group %1 members=%2 %3"_s.arg(g.id).arg(g.members).arg(g.name));
    return 0;
}

int addSessions(Context &c, bool series)
{
    const QString groupId = c.parser.value(u"group"_s);
    const auto group = c.s.clinic.group(groupId);
    if (!group)
        return failed(group.error());
    const QTimeZone zone(QByteArray::fromStdString(group.value().time_zone()));
    const auto first = parseTime(c.parser.value(series ? u"first"_s : u"start"_s), zone);
    if (!first)
        return fail(series ? u"--first wants an ISO date-time, e.g. 2025-03-04T18:00"_s
                           : u"--start wants an ISO date-time, e.g. 2025-03-04T18:00"_s);
    const int count = series ? c.parser.value(u"count"_s).toInt() : 1;
    const int everyDays
        = c.parser.isSet(u"every-days"_s) ? c.parser.value(u"every-days"_s).toInt() : 7;
    const int minutes = c.parser.isSet(u"minutes"_s) ? c.parser.value(u"minutes"_s).toInt() : 90;
    const int firstNumber = c.parser.isSet(u"number"_s) ? c.parser.value(u"number"_s).toInt() : 1;
    if (count < 1 || everyDays < 1 || minutes < 1)
        return fail(u"--count, --every-days and --minutes must be positive"_s);
    QList<circle::v1::GroupSession> sessions;
    for (int i = 0; i < count; ++i) {
        // Same wall-clock time in the group's zone each time, across daylight-saving changes.
        const QDateTime start(
            first->date().addDays(qint64(i) * everyDays), first->time(), first->timeZone());
        circle::v1::GroupSession s;
        s.set_start_ms(start.toMSecsSinceEpoch());
        s.set_end_ms(start.addSecs(qint64(minutes) * 60).toMSecsSinceEpoch());
        s.set_topic(c.parser.value(u"topic"_s).toStdString());
        s.set_place(c.parser.value(u"place"_s).toStdString());
        s.set_number(firstNumber + i);
        sessions.append(s);
    }
    const auto ids = c.s.clinic.putSessions(Actor::admin(), groupId, sessions);
    if (!ids)
        return failed(ids.error());
    for (const QString &id : ids.value())
        out(u"session-id "_s + id);
    return 0;
}

int assignHomework(Context &c)
{
    circle::v1::HomeworkAssignment a;
    a.set_group_id(c.parser.value(u"group"_s).toStdString());
    a.set_title(c.parser.value(u"title"_s).toStdString());
    a.set_instructions(c.parser.value(u"instructions"_s).toStdString());
    if (c.parser.isSet(u"due"_s)) {
        const auto due = parseTime(c.parser.value(u"due"_s), QTimeZone::utc());
        if (!due)
            return fail(u"--due wants an ISO date-time"_s);
        a.set_due_ms(due->toMSecsSinceEpoch());
    }
    const auto id = c.s.clinic.assignHomework(Actor::admin(), a, c.parser.value(u"patient"_s));
    if (!id)
        return failed(id.error());
    out(u"homework-id "_s + id.value());
    return 0;
}

// Invites need the address phones reach the server at and its certificate's pin. With
// --data-dir both come from what `circle-server dev` left there.
bool setInviteTarget(Context &c)
{
    QString url = c.parser.value(u"url"_s);
    QString cert = c.parser.value(u"cert"_s);
    if (!c.dataDir.isEmpty()) {
        QFile urlFile(QDir(c.dataDir).filePath(u"dev-url"_s));
        if (url.isEmpty() && urlFile.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(urlFile.readAll()).trimmed();
        if (cert.isEmpty() && QFile::exists(QDir(c.dataDir).filePath(u"dev-cert.pem"_s)))
            cert = QDir(c.dataDir).filePath(u"dev-cert.pem"_s);
    }
    if (url.isEmpty()) {
        fail(u"invites need --url https://host:port (and --cert PEM for the pin)"_s);
        return false;
    }
    QString pin;
    if (!cert.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cert, QSsl::Pem);
        if (certs.isEmpty()) {
            fail(u"no certificate in "_s + cert);
            return false;
        }
        pin = tls::pinOf(certs.first());
    } else if (url.startsWith(u"https:")) {
        fail(u"an https invite needs --cert so it can carry the pin"_s);
        return false;
    }
    c.s.accounts.setInviteTarget({ url, pin });
    return true;
}

int invite(Context &c)
{
    if (!setInviteTarget(c))
        return 1;
    const auto made = c.s.accounts.createInvite(Actor::admin(), c.parser.value(u"group"_s),
        c.parser.value(u"label"_s), c.parser.value(u"patient"_s));
    if (!made)
        return failed(made.error());
    out(u"patient-id "_s + made.value().patientId);
    out(u"invite "_s + made.value().invite);
    return 0;
}

int revokeDevice(Context &c)
{
    if (c.args.size() != 1)
        return fail(u"usage: revoke-device DEVICE_ID"_s);
    const auto done = c.s.accounts.revokeDevice(c.args.first());
    if (!done)
        return failed(done.error());
    out(u"revoked "_s + c.args.first());
    return 0;
}

int listDevices(Context &c)
{
    const auto devices = c.s.accounts.listDevices();
    if (!devices)
        return failed(devices.error());
    for (const DeviceInfo &d : devices.value()) {
        const bool expired = d.expiresMs != 0 && d.expiresMs <= c.s.clock.nowMs();
        out(u"device %1 patient=%2 status=%3 enrolled=%4 seen=%5 expires=%6 name=%7 label=%8"_s.arg(
            d.id, d.patientId, d.revoked ? u"revoked"_s : (expired ? u"expired"_s : u"active"_s),
            isoTime(d.createdMs), isoTime(d.lastSeenMs), isoTime(d.expiresMs), d.name,
            d.patientLabel));
    }
    return 0;
}

int audit(Context &c)
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
        out(u"%1 %2 %3 patient=%4 record=%5/%6 %7"_s.arg(isoTime(e.atMs), e.actor, e.action,
            e.patientId.isEmpty() ? u"-"_s : e.patientId,
            e.recordType.isEmpty() ? u"-"_s : e.recordType,
            e.recordId.isEmpty() ? u"-"_s : e.recordId, e.outcome));
    }
    return 0;
}

int seedDemo(Context &c)
{
    if (!setInviteTarget(c))
        return 1;
    const auto demo = seedDemoClinic(c.s, QDate::currentDate());
    if (!demo)
        return failed(demo.error());
    if (!demo.value().therapistToken.isEmpty())
        out(u"therapist-token "_s + demo.value().therapistToken);
    out(u"group-id "_s + demo.value().groupId);
    out(u"patient-id "_s + demo.value().patientId);
    out(u"invite "_s + demo.value().invite);
    return 0;
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Administer a Circle clinic database.\n\nCommands:\n"
        "  add-therapist NAME\n"
        "  create-group --therapist ID --name NAME [--time-zone Z] [--kind "
        "process|skills|support]\n"
        "               [--description TEXT] [--agreement TEXT] [--count PLANNED]\n"
        "  list-groups\n"
        "  add-session --group G --start ISO [--minutes 90] [--topic T] [--place P] [--number N]\n"
        "  add-series --group G --first ISO --count N [--every-days 7] [--minutes 90] [--topic T]\n"
        "  assign-homework --group G --title T [--instructions I] [--due ISO] [--patient P]\n"
        "  invite --group G (--label L | --patient P) [--url URL --cert PEM]\n"
        "  revoke-device DEVICE_ID\n"
        "  list-devices\n"
        "  audit [--since ISO] [--limit N]\n"
        "  seed-demo [--url URL --cert PEM]"_s);
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
        { u"limit"_s, u"At most this many rows"_s, u"n"_s } });
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

    Context c { parser, positional, *services, dataDir };
    const std::map<QString, std::function<int(Context &)>> commands = {
        { u"add-therapist"_s, addTherapist },
        { u"create-group"_s, createGroup },
        { u"list-groups"_s, listGroups },
        { u"add-session"_s, [](Context &c) { return addSessions(c, false); } },
        { u"add-series"_s, [](Context &c) { return addSessions(c, true); } },
        { u"assign-homework"_s, assignHomework },
        { u"invite"_s, invite },
        { u"revoke-device"_s, revokeDevice },
        { u"list-devices"_s, listDevices },
        { u"audit"_s, audit },
        { u"seed-demo"_s, seedDemo },
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return fail(u"unknown command %1; see --help"_s.arg(command));
    return it->second(c);
}

} // namespace circle::server
