#include "servecommand.h"

#include "clinicservices.h"
#include "democlinic.h"
#include "devcertificate.h"
#include "frontdoor.h"
#include "httpapi.h"
#include "serverlog.h"
#include "workerpool.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

// TLS and HTTP parsing are light next to the database work; two threads keep one slow
// handshake from delaying every other connection.
constexpr int kNetworkThreads = 2;
// SIGTERM waits this long for requests in flight before closing anyway.
constexpr int kShutdownGraceMs = 5000;

struct ServeSettings
{
    QString db;
    QString cert;
    QString key;
    QString listen;
    QString publicUrl;
    bool plainHttp = false;
    bool seedDemo = false;
    QString devDir; ///< dev mode: where the URL file goes
    ServerLimits limits;
    WebFrontSettings web;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "circle-server: %s\n", qPrintable(message));
    return 2;
}

void printLine(const QString &line)
{
    // Scripts and tests wait for these lines; a pipe must not hold them back.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

void addCommonOptions(QCommandLineParser &parser, const QString &defaultListen)
{
    parser.addOptions({
        { u"db"_s, u"SQLite file or postgresql://user@host:port/dbname"_s, u"spec"_s },
        { u"listen"_s,
            u"Address and port; port 0 picks a free one (default %1)"_s.arg(defaultListen),
            u"host:port"_s, defaultListen },
        { u"public-url"_s, u"The URL phones use, for invites (default: from --listen)"_s,
            u"url"_s },
        { u"plain-http-for-development"_s, u"Serve plain HTTP; only on a loopback address"_s },
        { u"rate-burst"_s, u"Requests a caller may make at once (default 120)"_s, u"n"_s },
        { u"rate-per-minute"_s, u"Sustained requests per minute and caller (default 600)"_s,
            u"n"_s },
        { u"device-token-ttl"_s,
            u"Seconds a device token stays valid; 0 = until revoked (default 0)"_s, u"seconds"_s },
        { u"invite-ttl"_s, u"Seconds an invite stays valid (default 14 days)"_s, u"seconds"_s },
        { u"max-connections"_s, u"Open connections in all (default 1024)"_s, u"n"_s },
        { u"max-connections-per-address"_s, u"Open connections from one address (default 256)"_s,
            u"n"_s },
        { u"workers"_s, u"Threads serving requests, each with a database connection (default 4)"_s,
            u"n"_s },
        { u"portal-idle-minutes"_s,
            u"Minutes without a request before a clinic portal session ends (default 15)"_s,
            u"n"_s },
    });
    parser.addHelpOption();
}

bool readCommon(const QCommandLineParser &parser, ServeSettings *s, QString *error)
{
    s->db = parser.value(u"db"_s);
    s->listen = parser.value(u"listen"_s);
    s->publicUrl = parser.value(u"public-url"_s);
    s->plainHttp = parser.isSet(u"plain-http-for-development"_s);
    auto number = [&](const QString &name, auto apply) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double v = parser.value(name).toDouble(&ok);
        if (!ok || v < 0) {
            *error = u"--%1 needs a number of 0 or more"_s.arg(name);
            return false;
        }
        apply(v);
        return true;
    };
    return number(u"rate-burst"_s, [&](double v) { s->limits.rateBurst = int(v); })
        && number(u"rate-per-minute"_s, [&](double v) { s->limits.ratePerMinute = v; })
        && number(
            u"device-token-ttl"_s, [&](double v) { s->limits.deviceTokenTtlMs = qint64(v * 1000); })
        && number(u"invite-ttl"_s, [&](double v) { s->limits.inviteTtlMs = qint64(v * 1000); })
        && number(u"max-connections"_s, [&](double v) { s->limits.maxConnections = int(v); })
        && number(u"max-connections-per-address"_s,
            [&](double v) { s->limits.maxConnectionsPerAddress = int(v); })
        && number(u"workers"_s, [&](double v) { s->limits.workers = qMax(1, int(v)); })
        && number(u"portal-idle-minutes"_s,
            [&](double v) { s->web.idleTimeoutMs = qMax(qint64(1000), qint64(v * 60 * 1000)); });
}

int serve(const ServeSettings &settings, const ServerExtensions &extensions)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(settings.listen, &address, &port))
        return fail(u"--listen wants host:port, e.g. 127.0.0.1:8443 or [::1]:0"_s);
    if (settings.plainHttp && !address.isLoopback())
        return fail(
            u"--plain-http-for-development only listens on a loopback address (127.0.0.1 or ::1)"_s);
    if (!settings.plainHttp && (settings.cert.isEmpty() || settings.key.isEmpty()))
        return fail(u"HTTPS needs --cert and --key (PEM files)"_s);
    QString error;
    const std::optional<DatabaseSpec> spec = DatabaseSpec::parse(settings.db, &error);
    if (!spec)
        return fail(error);
    std::optional<QSslConfiguration> tls;
    if (!settings.plainHttp) {
        tls = tls::loadServerConfiguration(settings.cert, settings.key, &error);
        if (!tls)
            return fail(error);
    }
    std::unique_ptr<ClinicServices> services = ClinicServices::open(*spec, settings.limits, &error);
    if (!services)
        return fail(error);
    if (!services->accounts.publishInviteTtl())
        return fail(u"cannot write the server's settings to "_s + spec->describe());

    RateLimiter limiter(settings.limits.rateBurst, settings.limits.ratePerMinute);
    HttpApi api(settings.limits, limiter);
    std::unique_ptr<WebFront> web;
    if (extensions.makeWebFront) {
        WebFrontSettings webSettings = settings.web;
        webSettings.tls = !settings.plainHttp;
        webSettings.rateBurst = settings.limits.rateBurst;
        webSettings.ratePerMinute = settings.limits.ratePerMinute;
        web = extensions.makeWebFront(webSettings);
        api.setWebFront(web.get());
    }
    InviteTarget target;
    // Each worker gets the invite target once it has opened its own connection.
    WorkerPool pool(*spec, settings.limits,
        [&target](ClinicServices &s) { s.accounts.setInviteTarget(target); });
    FrontDoor door(api, pool, settings.limits);
    if (tls && !door.useTls(settings.cert, settings.key, &error))
        return fail(error);
    const quint16 bound = door.listen(address, port, &error);
    if (bound == 0)
        return fail(error);

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString())
        : address.toString();
    const QString url = u"%1://%2:%3"_s.arg(tls ? u"https"_s : u"http"_s, host).arg(bound);
    const QString pin = tls ? tls::pinOf(tls->localCertificate()) : QString();
    target = { settings.publicUrl.isEmpty() ? url : settings.publicUrl, pin };
    services->accounts.setInviteTarget(target);

    if (!settings.devDir.isEmpty()) {
        // `circle-server admin --data-dir` reads this to put the right port in invites.
        QSaveFile urlFile(QDir(settings.devDir).filePath(u"dev-url"_s));
        if (urlFile.open(QIODevice::WriteOnly)) {
            urlFile.write(url.toUtf8() + '\n');
            urlFile.commit();
        }
    }
    if (settings.seedDemo) {
        const Outcome<DemoClinic> demo = seedDemoClinic(*services, QDate::currentDate());
        if (!demo)
            return fail(u"seeding the demo clinic failed: "_s + demo.error().message);
        if (!demo.value().therapistToken.isEmpty())
            printLine(u"therapist-token "_s + demo.value().therapistToken);
        printLine(u"group-id "_s + demo.value().groupId);
        printLine(u"patient-id "_s + demo.value().patientId);
        printLine(u"invite "_s + demo.value().invite);
    }
    // From here on only the workers' connections are open, so when they close at the end
    // the last one takes the SQLite WAL with it.
    services.reset();
    if (!pool.start(settings.limits.workers, &error))
        return fail(error);
    serverlog::info(u"database %1, schema ready; %2 workers"_s.arg(spec->describe())
                        .arg(settings.limits.workers));
    // In the log, not on stdout: the listening line stays the only line scripts read there.
    if (web)
        serverlog::info(u"clinic portal on "_s + url + u"/clinic/"_s);
    printLine(
        u"circle-server listening on "_s + url + (pin.isEmpty() ? QString() : u" pin "_s + pin));
    door.run(kNetworkThreads, kShutdownGraceMs);
    // The network has stopped; what is still queued runs, then every connection checkpoints
    // and closes.
    pool.stop();
    serverlog::info(u"stopped"_s);
    return 0;
}

} // namespace

int runServe(const QStringList &arguments, const ServerExtensions &extensions)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serve the Circle sync API over HTTPS."_s);
    addCommonOptions(parser, u"0.0.0.0:8443"_s);
    parser.addOptions({ { u"cert"_s, u"PEM certificate (chain)"_s, u"file"_s },
        { u"key"_s, u"PEM private key"_s, u"file"_s } });
    parser.process(arguments);
    ServeSettings s;
    QString error;
    if (!readCommon(parser, &s, &error))
        return fail(error);
    s.cert = parser.value(u"cert"_s);
    s.key = parser.value(u"key"_s);
    return serve(s, extensions);
}

int runDev(const QStringList &arguments, const ServerExtensions &extensions)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serve Circle on this machine with a self-signed certificate."_s);
    addCommonOptions(parser, u"127.0.0.1:0"_s);
    parser.addOptions({ { u"data-dir"_s, u"Keeps the certificate, key and SQLite database"_s,
                            u"dir"_s },
        { u"seed-demo"_s, u"Create a demo clinic and print a therapist token and an invite"_s } });
    parser.process(arguments);
    ServeSettings s;
    QString error;
    if (!readCommon(parser, &s, &error))
        return fail(error);
    const QString dir = parser.value(u"data-dir"_s);
    if (dir.isEmpty())
        return fail(u"dev needs --data-dir"_s);
    if (!QDir().mkpath(dir))
        return fail(u"cannot create "_s + dir);
    QFile::setPermissions(
        dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(s.listen, &address, &port) || !address.isLoopback())
        return fail(
            u"dev listens on loopback only (its certificate is for 127.0.0.1 and localhost)"_s);
    const QDir d(dir);
    s.cert = d.filePath(u"dev-cert.pem"_s);
    s.key = d.filePath(u"dev-key.pem"_s);
    if (!s.plainHttp && (!QFile::exists(s.cert) || !QFile::exists(s.key))) {
        if (!tls::createDevCertificate(s.cert, s.key, &error))
            return fail(error);
    }
    if (s.db.isEmpty())
        s.db = d.filePath(u"circle.db"_s);
    s.seedDemo = parser.isSet(u"seed-demo"_s);
    s.devDir = dir;
    return serve(s, extensions);
}

} // namespace circle::server
