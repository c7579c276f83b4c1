#pragma once

#include "httptransport.h"
#include "mutationcodec.h"
#include "sealer.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace circle {

class Store;

/**
 * Keeps the phone's store and the clinic's server in step: pulls what other
 * devices and the clinic changed, pushes the outbox in size-capped batches,
 * then pulls by the server's cursor until nothing is left. Pulled rows and the new cursor commit in
 * one transaction; a change the server refuses moves to the visible "not synced" list and never
 * blocks the rest.
 *
 * Runs at start, a few seconds after a local change, periodically, and when the
 * network comes back; after a failure it waits exponentially longer, with
 * jitter so a clinic's phones do not return in step.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY statusChanged)
    Q_PROPERTY(Problem lastProblem READ lastProblem NOTIFY statusChanged)

public:
    /**
     * What kind of trouble the last sync ran into, so a screen can say it in
     * plain words and suggest what to do, instead of showing lastError() as is.
     */
    enum class Problem {
        None,
        Offline, // no answer: no network, or the server is down
        Untrusted, // the server's certificate is not the pinned one
        NotAuthorized, // the clinic no longer knows this phone (401/403)
        ServerTrouble, // busy, failing (429, 5xx) or an answer that could not be read
        Refused, // the server refused the request itself (other 4xx)
        NewerProtocol, // the server needs a newer Circle
        Local, // this phone's store could not be read or written
    };
    Q_ENUM(Problem)

    struct Options
    {
        int pushBatch = 500; // the server's batch cap
        int maxBatchBytes = 1024 * 1024; // well under the server's body cap
        int pullLimit = 500;
        int afterChangeMs = 3'000;
        int periodMs = 15 * 60'000;
        int backoffBaseMs = 5'000;
        int backoffMaxMs = 15 * 60'000;
    };

    SyncEngine(Store &store, HttpTransport &transport, Sealer sealer, Options options,
        QObject *parent = nullptr);
    SyncEngine(Store &store, HttpTransport &transport, Sealer sealer, QObject *parent = nullptr)
        : SyncEngine(store, transport, std::move(sealer), Options(), parent)
    {
    }

    /** Syncs now, then periodically, after local changes, and when the network returns. */
    void start();
    /** One sync as soon as possible (a running one is followed by another). */
    Q_INVOKABLE void syncNow();

    bool syncing() const { return m_syncing; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    Problem lastProblem() const { return m_lastProblem; }
    int pendingCount() const;
    int rejectedCount() const;
    /** The delay before the next try after n failures in a row (with jitter). */
    static int backoffDelayMs(int failures, const Options &options);
    /** The kind of trouble a failed reply stands for. */
    static Problem problemOf(const HttpTransport::Reply &reply);

Q_SIGNALS:
    void statusChanged();
    void syncFinished(bool ok);
    /**
     * A sync that just ended brought records from the clinic or another device
     * (once per sync, also when it then failed): what is planned from them,
     * such as reminders, should be planned again.
     */
    void recordsArrived();

private:
    enum class Phase { BeforePush, AfterPush };
    void startPush();
    void pushRound(int roundsLeft);
    void pullRound(Phase phase);
    Result<void> applyPulled(const v1::PullResponse &answer);
    void finish(const QString &error, Problem problem = Problem::Local);
    template<typename Message>
    bool parseAnswer(const HttpTransport::Reply &reply, Message &message);

    Store &m_store;
    HttpTransport &m_transport;
    Sealer m_sealer;
    MutationCodec m_codec;
    Options m_options;
    QTimer m_soon;
    QTimer m_periodic;
    bool m_syncing = false;
    bool m_again = false;
    bool m_arrived = false; // this sync applied pulled records
    int m_failures = 0;
    QDateTime m_lastSuccess;
    QString m_lastError;
    Problem m_lastProblem = Problem::None;
};

} // namespace circle
