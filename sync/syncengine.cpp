#include "syncengine.h"

#include "outbox.h"
#include "protocol.h"
#include "store.h"
#include "wireform.h"

#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace circle {

namespace {
constexpr const char *CursorKey = "sync_cursor";
}

SyncEngine::SyncEngine(
    Store &store, HttpTransport &transport, Sealer sealer, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_sealer(std::move(sealer))
    , m_codec(store, m_sealer)
    , m_options(options)
{
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::start()
{
    m_store.setChangeListener([this] {
        // Called inside a write transaction: only (re)arm the timer here.
        if (!m_soon.isActive() || m_failures == 0)
            m_soon.start(m_options.afterChangeMs);
    });
    m_periodic.start(m_options.periodMs);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online)
                    syncNow();
            });
    }
    syncNow();
}

int SyncEngine::backoffDelayMs(int failures, const Options &options)
{
    const double exp = options.backoffBaseMs * std::pow(2.0, std::min(failures - 1, 20));
    const double capped = std::min<double>(exp, options.backoffMaxMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(capped * jitter);
}

int SyncEngine::pendingCount() const
{
    auto n = Outbox(m_store).pendingCount();
    return n ? int(n.value()) : 0;
}

int SyncEngine::rejectedCount() const
{
    auto r = Outbox(m_store).rejected();
    return r ? int(r.value().size()) : 0;
}

void SyncEngine::syncNow()
{
    if (m_syncing) {
        m_again = true;
        return;
    }
    m_soon.stop();
    m_syncing = true;
    m_again = false;
    Q_EMIT statusChanged();
    // Pull first: a record edited here and not yet pushed is still in the
    // outbox, so a different version from another phone is seen as a
    // concurrent edit and both are kept. Then push, then pull what is left.
    pullRound(Phase::BeforePush);
}

void SyncEngine::startPush()
{
    auto pending = Outbox(m_store).pendingCount();
    if (!pending)
        return finish(pending.error().message);
    // Enough rounds for everything queued now; what is queued meanwhile waits
    // for the next sync instead of keeping this one going for ever.
    pushRound(int(pending.value() / std::max(1, m_options.pushBatch)) + 2);
}

SyncEngine::Problem SyncEngine::problemOf(const HttpTransport::Reply &reply)
{
    if (reply.ok())
        return Problem::None;
    if (reply.untrusted)
        return Problem::Untrusted;
    if (reply.httpStatus == 0)
        return Problem::Offline;
    if (reply.httpStatus == 401 || reply.httpStatus == 403)
        return Problem::NotAuthorized;
    if (reply.retryable())
        return Problem::ServerTrouble;
    return Problem::Refused;
}

template<typename Message>
bool SyncEngine::parseAnswer(const HttpTransport::Reply &reply, Message &message)
{
    if (!reply.ok()) {
        finish(reply.error, problemOf(reply));
        return false;
    }
    // decodeAnswer() (protocol.h) is what the fuzz targets exercise; keep using it.
    auto decoded = decodeAnswer<Message>(reply.body);
    if (!decoded) {
        finish(decoded.error().message,
            decoded.error().code == Error::Code::UnsupportedVersion ? Problem::NewerProtocol
                                                                    : Problem::ServerTrouble);
        return false;
    }
    message = std::move(decoded).value();
    return true;
}

void SyncEngine::pushRound(int roundsLeft)
{
    Outbox outbox(m_store);
    auto entries = outbox.peek(m_options.pushBatch);
    if (!entries)
        return finish(entries.error().message);
    if (entries.value().empty() || roundsLeft <= 0)
        return pullRound(Phase::AfterPush);

    v1::PushRequest request;
    request.set_protocol_version(ProtocolVersion);
    qsizetype bytes = 0;
    for (const OutboxEntry &entry : entries.value()) {
        auto mutation = m_codec.encode(entry);
        if (!mutation) {
            // A change that cannot even be encoded would block the queue for ever.
            if (auto r = outbox.reject(entry.mutationId, mutation.error().message); !r)
                return finish(r.error().message);
            continue;
        }
        bytes += qsizetype(mutation.value().ByteSizeLong());
        if (request.mutations_size() > 0 && bytes > m_options.maxBatchBytes)
            break;
        *request.add_mutations() = std::move(mutation).value();
    }
    if (request.mutations_size() == 0)
        return pushRound(roundsLeft - 1);

    m_transport.post(u"/v1/push"_s, QByteArray::fromStdString(request.SerializeAsString()),
        [this, request, roundsLeft](const HttpTransport::Reply &reply) {
            v1::PushResponse answer;
            if (!parseAnswer(reply, answer))
                return;
            if (answer.results_size() != request.mutations_size())
                return finish(
                    u"The clinic's server answered a different number of changes than were sent."_s,
                    Problem::ServerTrouble);
            Outbox outbox(m_store);
            std::vector<QString> done;
            for (int i = 0; i < answer.results_size(); ++i) {
                const auto &result = answer.results(i);
                const QString id = QString::fromStdString(wire::mutationIdOf(request.mutations(i)));
                if (result.status() == v1::PushResult::STATUS_REJECTED) {
                    if (auto r = outbox.reject(id, QString::fromStdString(result.reason())); !r)
                        return finish(r.error().message);
                } else {
                    done.push_back(id); // applied, a repeat, or superseded on the server
                }
            }
            if (auto r = outbox.acknowledge(done); !r)
                return finish(r.error().message);
            pushRound(roundsLeft - 1);
        });
}

void SyncEngine::pullRound(Phase phase)
{
    auto cursor = m_store.setting(CursorKey);
    if (!cursor)
        return finish(cursor.error().message);
    v1::PullRequest request;
    request.set_protocol_version(ProtocolVersion);
    request.set_after_seq(cursor.value().toLongLong());
    request.set_limit(m_options.pullLimit);
    m_transport.post(u"/v1/pull"_s, QByteArray::fromStdString(request.SerializeAsString()),
        [this, phase](const HttpTransport::Reply &reply) {
            v1::PullResponse answer;
            if (!parseAnswer(reply, answer))
                return;
            auto applied = applyPulled(answer);
            if (!applied)
                return finish(applied.error().message);
            m_arrived = m_arrived || answer.changes_size() > 0;
            if (answer.more())
                return pullRound(phase);
            if (phase == Phase::BeforePush)
                return startPush();
            finish(QString());
        });
}

Result<void> SyncEngine::applyPulled(const v1::PullResponse &answer)
{
    // Rows and cursor together: a crash here re-pulls, never skips.
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    for (const v1::Change &change : answer.changes())
        if (auto r = m_codec.apply(change); !r)
            return r;
    if (auto r = m_store.setSetting(CursorKey, QString::number(answer.cursor())); !r)
        return r;
    return tx.commit();
}

void SyncEngine::finish(const QString &error, Problem problem)
{
    m_syncing = false;
    m_lastError = error;
    m_lastProblem = error.isEmpty() ? Problem::None : problem;
    if (error.isEmpty()) {
        m_failures = 0;
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs(), QTimeZone::utc());
    } else {
        ++m_failures;
        m_soon.start(backoffDelayMs(m_failures, m_options));
    }
    Q_EMIT statusChanged();
    Q_EMIT syncFinished(error.isEmpty());
    if (std::exchange(m_arrived, false))
        Q_EMIT recordsArrived();
    if (m_again && error.isEmpty())
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

} // namespace circle
