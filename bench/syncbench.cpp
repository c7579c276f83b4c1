// circle_syncbench: whole-process sync figures against the real circle-server on
// loopback. A phone pushes N journal entries (the initial sync of a full
// journal), a second phone of the same patient pulls them all, then syncs again
// with nothing new. Reported: records per second each way, protobuf bytes on the
// wire over the records' own bytes, and the bytes of a sync that finds nothing.
// HTTP headers and TLS framing are not counted: they depend on the HTTP stack,
// not on the protocol. Then many phones (200 by default) sync at once against a
// fresh server with its default limits, for latency percentiles and throughput
// (syncbenchload.h).

#include "enrollment.h"
#include "invite.h"
#include "outbox.h"
#include "repository.h"
#include "sealer.h"
#include "store.h"
#include "syncbenchload.h"
#include "syncsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace circle;
using namespace Qt::StringLiterals;
using syncbench::die;
using syncbench::keyValues;

namespace {

struct Phone
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncSession> session;
    HttpTransport *transport = nullptr;
};

std::unique_ptr<Phone> makePhone(const QString &inviteText, const QByteArray &syncKey)
{
    auto phone = std::make_unique<Phone>();
    StoreOptions o;
    o.dataDir = phone->dir.path();
    o.key = Store::generateKey();
    auto s = Store::open(o);
    if (!s)
        die(s.error().message);
    phone->store = std::move(s).value();
    auto invite = Invite::parse(inviteText);
    if (!invite)
        die(invite.error().message);
    SyncAccount account;
    account.serverUrl = invite.value().serverUrl;
    account.pinSha256 = invite.value().pinSha256;
    HttpTransport enrolling(account.transportConfig());
    QEventLoop loop;
    QByteArray token;
    enrollDevice(enrolling, invite.value().code, u"bench"_s, [&](Result<v1::EnrollResponse> r) {
        if (!r)
            die(r.error().message);
        token = QByteArray::fromStdString(r.value().device_token());
        loop.quit();
    });
    loop.exec();
    SyncEngine::Options options;
    options.afterChangeMs = 3'600'000;
    auto session = SyncSession::create(*phone->store, account, token, syncKey, options);
    if (!session)
        die(session.error().message);
    phone->session = std::move(session).value();
    return phone;
}

/** Runs one sync; returns seconds and the body bytes it moved. */
std::pair<double, qint64> timedSync(Phone &phone, HttpTransport &transport)
{
    const qint64 before = transport.bodyBytesSent() + transport.bodyBytesReceived();
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&phone.session->engine(), &SyncEngine::syncFinished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    phone.session->engine().syncNow();
    loop.exec();
    if (!ok)
        die(phone.session->engine().lastError());
    return { t.nsecsElapsed() / 1e9,
        transport.bodyBytesSent() + transport.bodyBytesReceived() - before };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOption(u"server"_s, u"Path of circle-server."_s, u"PATH"_s);
    const QCommandLineOption countOption(
        u"records"_s, u"Journal entries to sync."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption phonesOption(
        u"phones"_s, u"Phones syncing at once in the load run (0: none)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Syncs per phone in the load run."_s, u"N"_s, u"3"_s);
    const QCommandLineOption dbOption(
        u"db"_s, u"Database URL for the load run's server (default: SQLite)."_s, u"URL"_s);
    const QCommandLineOption loadOnlyOption(u"load-only"_s, u"Only the load run."_s);
    parser.addOptions(
        { serverOption, countOption, phonesOption, roundsOption, dbOption, loadOnlyOption });
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    syncbench::LoadOptions load;
    load.serverPath = parser.value(serverOption);
    load.database = parser.value(dbOption);
    load.phones = parser.value(phonesOption).toInt();
    load.rounds = std::max(1, parser.value(roundsOption).toInt());
    if (parser.isSet(loadOnlyOption)) {
        std::printf("%s", qPrintable(syncbench::runLoad(load)));
        return 0;
    }

    QTemporaryDir serverDir;
    QProcess server;
    auto seeded = syncbench::startDemoServer(server, parser.value(serverOption), serverDir.path(),
        { u"--rate-burst"_s, u"100000"_s, u"--rate-per-minute"_s, u"1000000"_s });
    if (!seeded.contains(u"invite"_s))
        die(u"the server did not start"_s);

    QProcess admin;
    admin.start(parser.value(serverOption),
        { u"admin"_s, u"--data-dir"_s, serverDir.path(), u"invite"_s, u"--group"_s,
            seeded[u"group-id"_s], u"--patient"_s, seeded[u"patient-id"_s] });
    admin.waitForFinished(30'000);
    const QString secondInvite = keyValues(admin.readAllStandardOutput())[u"invite"_s];

    const QByteArray syncKey = Sealer::generateKey().value();
    auto a = makePhone(seeded[u"invite"_s], syncKey);
    {
        sql::Transaction tx(a->store->connection());
        Repository<v1::JournalEntry> journal(*a->store);
        for (int i = 0; i < count; ++i) {
            v1::JournalEntry e;
            e.set_text(u"Entry %1: a few sentences about the week, the group, and what helped. "
                       "Sleep was better; the walk after work helped; Tuesday's session on "
                       "boundaries stayed with me."_s.arg(i)
                           .toStdString());
            e.set_topic("boundaries");
            e.set_written_ms(1'790'000'000'000 + qint64(i) * 60'000);
            if (!journal.create(e))
                die(u"filling the store failed"_s);
        }
        if (!tx.commit())
            die(u"filling the store failed"_s);
    }
    qint64 rawBytes = 0;
    const auto queued = Outbox(*a->store).peek(count + 100);
    for (const OutboxEntry &e : queued.value())
        rawBytes += e.payload.size();

    // The sessions reach into the engine's transport through its public counters.
    auto &transportA = *a->session->transport();
    const auto [pushSeconds, pushBytes] = timedSync(*a, transportA);
    auto b = makePhone(secondInvite, syncKey);
    auto &transportB = *b->session->transport();
    const auto [pullSeconds, pullBytes] = timedSync(*b, transportB);
    const auto [noopSeconds, noopBytes] = timedSync(*b, transportB);
    const qint64 pulled = Repository<v1::JournalEntry>(*b->store).count().value();
    server.terminate();
    server.waitForFinished(10'000);
    if (pulled != count)
        die(u"the second phone has %1 entries, not %2"_s.arg(pulled).arg(count));

    std::printf("| measure | value |\n|---|--:|\n");
    std::printf(
        "| records | %d journal entries, %.1f MB of serialized records |\n", count, rawBytes / 1e6);
    std::printf(
        "| initial push (phone A) | %.0f records/s (%.2f s) |\n", count / pushSeconds, pushSeconds);
    std::printf(
        "| initial pull (phone B) | %.0f records/s (%.2f s) |\n", count / pullSeconds, pullSeconds);
    std::printf(
        "| push bytes on the wire / record bytes | %.2f× |\n", double(pushBytes) / rawBytes);
    std::printf(
        "| pull bytes on the wire / record bytes | %.2f× |\n", double(pullBytes) / rawBytes);
    std::printf("| no-op sync (pull, empty push, pull) | %lld bytes, %.1f ms |\n",
        static_cast<long long>(noopBytes), noopSeconds * 1000);
    if (load.phones > 0)
        std::printf("%s", qPrintable(syncbench::runLoad(load)));
    return 0;
}
