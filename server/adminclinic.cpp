#include "admincontext.h"

#include "clinicservices.h"
#include "democlinic.h"
#include "devcertificate.h"

#include "circle/v1/records.pb.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace circle::server::admin {

int createGroup(AdminContext &c)
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

int listGroups(AdminContext &c)
{
    const auto groups = c.s.clinic.listGroups();
    if (!groups)
        return failed(groups.error());
    for (const GroupSummary &g : groups.value())
        out(u"group %1 members=%2 name=%3"_s.arg(token(g.id)).arg(g.members).arg(quoted(g.name)));
    return 0;
}

int addSessions(AdminContext &c, bool series)
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

int assignHomework(AdminContext &c)
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
static bool setInviteTarget(AdminContext &c)
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

int invite(AdminContext &c)
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

int seedDemo(AdminContext &c)
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

} // namespace circle::server::admin
