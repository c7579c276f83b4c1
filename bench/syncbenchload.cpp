#include "syncbenchload.h"

#include "hlc.h"
#include "httptransport.h"
#include "invite.h"
#include "protocol.h"
#include "sealer.h"
#include "uuid.h"
#include "wireform.h"

#include "circle/v1/records.pb.h"
#include "circle/v1/sync.pb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle::syncbench {

namespace {

/** Posts and waits; a 429 (the per-address or per-therapist limit in set-up) waits and retries. */
HttpTransport::Reply postPatiently(
    HttpTransport &transport, const QString &path, const QByteArray &body)
{
    for (int attempt = 0; attempt < 120; ++attempt) {
        QEventLoop loop;
        HttpTransport::Reply reply;
        transport.post(path, body, [&](HttpTransport::Reply r) {
            reply = std::move(r);
            loop.quit();
        });
        loop.exec();
        if (reply.httpStatus != 429)
            return reply;
        QThread::msleep(500);
    }
    die(u"the server kept answering 429 to %1"_s.arg(path));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

/** One enrolled phone: its own transport (own connection, as a real phone has) and cursor. */
struct LoadPhone
{
    std::unique_ptr<HttpTransport> transport;
    qint64 cursor = 0;
    QString node; // the device's clock node
    int written = 0;
};

struct Samples
{
    std::vector<double> pull, push, sync, firstRoundSync;
    int failed = 0;
    int rateLimited = 0;
    QString firstError;
};

} // namespace

void die(const QString &why)
{
    std::fprintf(stderr, "circle_syncbench: %s\n", qPrintable(why));
    std::exit(1);
}

QMap<QString, QString> keyValues(const QByteArray &text)
{
    QMap<QString, QString> out;
    for (const QByteArray &line : text.split('\n')) {
        const int space = line.indexOf(' ');
        if (space > 0)
            out[QString::fromUtf8(line.left(space))]
                = QString::fromUtf8(line.mid(space + 1)).trimmed();
    }
    return out;
}

QMap<QString, QString> startDemoServer(QProcess &server, const QString &serverPath,
    const QString &dataDir, const QStringList &extraArgs)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString listen = u"127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    server.start(serverPath,
        QStringList { u"dev"_s, u"--data-dir"_s, dataDir, u"--listen"_s, listen, u"--seed-demo"_s }
            + extraArgs);
    QByteArray printed;
    QElapsedTimer waiting;
    waiting.start();
    while (!printed.contains("circle-server listening on") && waiting.elapsed() < 30'000) {
        server.waitForReadyRead(200);
        printed += server.readAllStandardOutput();
    }
    return keyValues(printed);
}

QString runLoad(const LoadOptions &options)
{
    QTemporaryDir dir;
    // The server's default limits, as a clinic runs it: nothing here lifts the rate limit.
    QStringList args;
    if (!options.database.isEmpty())
        args << u"--db"_s << options.database;
    QProcess server;
    auto seeded = startDemoServer(server, options.serverPath, dir.path(), args);
    if (!seeded.contains(u"invite"_s) || !seeded.contains(u"therapist-token"_s))
        die(u"the load server did not start: "_s
            + QString::fromUtf8(server.readAllStandardError()));
    auto demoInvite = Invite::parse(seeded[u"invite"_s]);
    if (!demoInvite)
        die(demoInvite.error().message);
    HttpTransport::Config config;
    config.serverUrl = demoInvite.value().serverUrl;
    config.pinSha256 = demoInvite.value().pinSha256;
    config.timeoutMs = 120'000;

    // Set-up, not timed: one invite and one enrollment per phone. Enrollment has no token
    // yet, so it counts against the one loopback address and waits out its 429s.
    HttpTransport admin(config);
    admin.setToken(seeded[u"therapist-token"_s].toUtf8());
    HttpTransport enrolling(config);
    std::vector<LoadPhone> phones(size_t(options.phones));
    for (int i = 0; i < options.phones; ++i) {
        v1::CreateInviteRequest invite;
        invite.set_protocol_version(ProtocolVersion);
        invite.set_group_id(seeded[u"group-id"_s].toStdString());
        invite.set_patient_label(u"Load patient %1"_s.arg(i).toStdString());
        const auto made = postPatiently(admin, u"/v1/therapist/invites"_s,
            QByteArray::fromStdString(invite.SerializeAsString()));
        v1::CreateInviteResponse inviteAnswer;
        if (!made.ok()
            || !inviteAnswer.ParseFromArray(made.body.constData(), int(made.body.size())))
            die(u"making invite %1 failed: %2"_s.arg(i).arg(made.error));
        const auto parsed = Invite::parse(QString::fromStdString(inviteAnswer.invite()));
        if (!parsed)
            die(parsed.error().message);
        v1::EnrollRequest enroll;
        enroll.set_protocol_version(ProtocolVersion);
        enroll.set_invite_code(parsed.value().code.toStdString());
        enroll.set_device_name("load phone");
        const auto enrolled = postPatiently(
            enrolling, u"/v1/enroll"_s, QByteArray::fromStdString(enroll.SerializeAsString()));
        v1::EnrollResponse enrollAnswer;
        if (!enrolled.ok()
            || !enrollAnswer.ParseFromArray(enrolled.body.constData(), int(enrolled.body.size())))
            die(u"enrolling phone %1 failed: %2"_s.arg(i).arg(enrolled.error));
        phones[size_t(i)].transport = std::make_unique<HttpTransport>(config);
        phones[size_t(i)].transport->setToken(
            QByteArray::fromStdString(enrollAnswer.device_token()));
        phones[size_t(i)].node = makeUuidV7(QDateTime::currentMSecsSinceEpoch());
    }

    // What a phone pushes: a few journal entries, sealed as the app seals them (protocol 2,
    // record without its id and stamp). Sealing happens before the clock starts.
    const QByteArray syncKey = Sealer::generateKey().value();
    const Sealer sealer = Sealer::fromKey(syncKey).value();
    auto pushBody = [&](LoadPhone &phone) {
        v1::PushRequest request;
        request.set_protocol_version(ProtocolVersion);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int k = 0; k < options.entriesPerPush; ++k) {
            v1::JournalEntry e;
            e.set_text(u"Entry %1: a few sentences about the week, the group, and what helped. "
                       "Sleep was better; the walk after work helped; Tuesday's session on "
                       "boundaries stayed with me."_s.arg(phone.written)
                           .toStdString());
            e.set_topic("boundaries");
            e.set_written_ms(now);
            e.mutable_meta()->set_created_ms(now);
            e.mutable_meta()->set_updated_ms(now);
            const std::string id = makeUuidV7(now).toStdString();
            const std::string hlc
                = HlcStamp { now, quint32(phone.written), phone.node }.toString().toStdString();
            ++phone.written;
            v1::Mutation *m = request.add_mutations();
            m->set_mutation_id(makeUuidV7(now).toStdString());
            m->set_record_type("journal_entry");
            m->set_record_id(id);
            m->set_hlc(hlc);
            const auto view = [](const std::string &s) {
                return QByteArrayView(s.data(), qsizetype(s.size()));
            };
            const QByteArray aad = Sealer::associatedData("journal_entry", view(id))
                + Sealer::associatedData("hlc", view(hlc));
            m->set_sealed(
                sealer.seal(QByteArray::fromStdString(e.SerializeAsString()), aad).toStdString());
            wire::compact(*m);
        }
        return QByteArray::fromStdString(request.SerializeAsString());
    };

    Samples samples;
    QElapsedTimer wall;
    qint64 measuredNs = 0;
    int requests = 0;
    for (int round = 0; round < options.rounds; ++round) {
        std::vector<QByteArray> bodies;
        for (LoadPhone &phone : phones)
            bodies.push_back(pushBody(phone));
        QEventLoop loop;
        int running = options.phones;
        wall.start();
        for (size_t i = 0; i < phones.size(); ++i) {
            LoadPhone &phone = phones[i];
            auto syncStarted = std::make_shared<QElapsedTimer>();
            syncStarted->start();
            auto done = [&, syncStarted, round](bool ok) {
                if (ok) {
                    const double ms = syncStarted->nsecsElapsed() / 1e6;
                    samples.sync.push_back(ms);
                    if (round == 0)
                        samples.firstRoundSync.push_back(ms);
                }
                if (--running == 0)
                    loop.quit();
            };
            // One request, timed; false (and counted) unless it answered 200.
            auto timed = [&](const QString &path, const QByteArray &body, std::vector<double> &into,
                             std::function<void(const QByteArray &)> next,
                             std::function<void(bool)> fail) {
                auto started = std::make_shared<QElapsedTimer>();
                started->start();
                ++requests;
                phone.transport->post(
                    path, body, [&, started, next, fail](HttpTransport::Reply reply) {
                        into.push_back(started->nsecsElapsed() / 1e6);
                        if (!reply.ok()) {
                            ++samples.failed;
                            samples.rateLimited += reply.httpStatus == 429;
                            if (samples.firstError.isEmpty())
                                samples.firstError = reply.error;
                            return fail(false);
                        }
                        next(reply.body);
                    });
            };
            auto pullBody = [&phone] {
                v1::PullRequest pull;
                pull.set_protocol_version(ProtocolVersion);
                pull.set_after_seq(phone.cursor);
                return QByteArray::fromStdString(pull.SerializeAsString());
            };
            auto readCursor = [&phone](const QByteArray &body) {
                v1::PullResponse answer;
                if (answer.ParseFromArray(body.constData(), int(body.size())))
                    phone.cursor = answer.cursor();
            };
            // As the engine does: pull, push what is queued, pull again.
            timed(
                u"/v1/pull"_s, pullBody(), samples.pull,
                [&, done, timed, pullBody, readCursor, body = bodies[i]](const QByteArray &answer) {
                    readCursor(answer);
                    timed(
                        u"/v1/push"_s, body, samples.push,
                        [&, done, timed, pullBody, readCursor](const QByteArray &) {
                            timed(
                                u"/v1/pull"_s, pullBody(), samples.pull,
                                [&, done, readCursor](const QByteArray &last) {
                                    readCursor(last);
                                    done(true);
                                },
                                done);
                        },
                        done);
                },
                done);
        }
        loop.exec();
        measuredNs += wall.nsecsElapsed();
    }
    server.terminate();
    server.waitForFinished(10'000);

    const double seconds = measuredNs / 1e9;
    std::vector<double> all = samples.pull;
    all.insert(all.end(), samples.push.begin(), samples.push.end());
    const auto pair = [](const std::vector<double> &v) {
        return u"%1 ms / %2 ms"_s.arg(percentile(v, 0.50), 0, 'f', 1)
            .arg(percentile(v, 0.99), 0, 'f', 1);
    };
    QString out;
    out += u"\n%1 phones syncing at once (%2, the server's default limits)\n\n"_s
               .arg(options.phones)
               .arg(options.database.isEmpty() ? u"SQLite"_s : u"PostgreSQL"_s);
    out += u"| measure | value |\n|---|--:|\n"_s;
    out += u"| phones | %1 enrolled patients, each its own token; %2 rounds, all phones starting together |\n"_s
               .arg(options.phones)
               .arg(options.rounds);
    out += u"| one sync (pull, push %1 sealed entries, pull), p50 / p99 | %2 |\n"_s
               .arg(options.entriesPerPush)
               .arg(pair(samples.sync));
    out += u"| first round only (new TLS connections), p50 / p99 | %1 |\n"_s.arg(
        pair(samples.firstRoundSync));
    out += u"| any request, p50 / p99 | %1 |\n"_s.arg(pair(all));
    out += u"| pull request, p50 / p99 | %1 |\n"_s.arg(pair(samples.pull));
    out += u"| push request, p50 / p99 | %1 |\n"_s.arg(pair(samples.push));
    out += u"| throughput | %1 requests/s, %2 syncs/s, %3 records pushed/s |\n"_s
               .arg(requests / seconds, 0, 'f', 0)
               .arg(double(samples.sync.size()) / seconds, 0, 'f', 0)
               .arg(double(samples.sync.size()) * options.entriesPerPush / seconds, 0, 'f', 0);
    out += u"| failed requests | %1 of %2 (%3 refused by the rate limit)%4 |\n"_s
               .arg(samples.failed)
               .arg(requests)
               .arg(samples.rateLimited)
               .arg(samples.firstError.isEmpty() ? QString() : u"; first: "_s + samples.firstError);
    return out;
}

} // namespace circle::syncbench
