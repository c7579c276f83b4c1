#pragma once

#include "notsyncedmodel.h"
#include "syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace circle {

class Clock;
class KeyStore;
class Store;
class SyncSession;

/**
 * What the app shows of syncing with the clinic: whether this phone has joined
 * a clinic, where it syncs, when it last succeeded, what is waiting, what went
 * wrong in plain words, and the "not synced" list. It also owns the running
 * sync session, so joining a clinic (ClinicEnrollment) can start syncing at
 * once without the app restarting.
 *
 * The secrets (device token and sync key) are read from the system key store
 * each time a session starts and are held only by the session.
 */
class ClinicSync : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolledChanged)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY enrolledChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString indicatorText READ indicatorText NOTIFY changed)
    Q_PROPERTY(circle::NotSyncedModel *notSynced READ notSynced CONSTANT)

public:
    enum class State {
        NotEnrolled, // works offline; nothing leaves the phone
        UpToDate, // the last sync succeeded and nothing waits
        Waiting, // changes wait to be sent (offline, or not yet synced)
        Syncing,
        Attention, // a problem the patient should read about, or refused changes
    };
    Q_ENUM(State)

    ClinicSync(Store &store, KeyStore &keys, const QString &dataDir, const Clock &clock,
        QObject *parent = nullptr);
    ~ClinicSync() override;

    /** Engine timings for sessions started from now on (tests make them long). */
    void setEngineOptions(const SyncEngine::Options &options) { m_options = options; }
    void setTimeZone(const QTimeZone &zone);

    /**
     * Reads the clinic account and the secrets and, when this store is enrolled,
     * starts syncing. Returns what stops it from syncing, for the app's log;
     * empty when it syncs or was never enrolled.
     */
    QString resume();

    bool enrolled() const { return m_enrolled; }
    State state() const;
    QString serverAddress() const { return m_serverAddress; }
    bool syncing() const;
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastSuccessText() const;
    int pendingCount() const;
    int rejectedCount() const { return m_notSynced.count(); }
    QString problem() const;
    QString indicatorText() const;
    NotSyncedModel *notSynced() { return &m_notSynced; }

    /** The running engine, or null when not syncing. */
    SyncEngine *engine() const;

    /** Syncs now; does nothing when this phone is not enrolled or cannot sync. */
    Q_INVOKABLE void syncNow();
    /** Reads the counts and "now" again (the page calls it when shown). */
    Q_INVOKABLE void refresh();

    /** The plain-words message for a kind of sync trouble. */
    static QString problemText(SyncEngine::Problem problem);

Q_SIGNALS:
    /** Anything shown may have changed: counts, times, state, problem. */
    void changed();
    /**
     * Joined or left a clinic. Apart from changed(), so that reading the
     * counts again (refresh()) never re-evaluates what hides the indicator.
     */
    void enrolledChanged();
    /** A sync brought records (SyncEngine::recordsArrived()). */
    void recordsArrived();

private:
    void stopSession();
    void setEnrolled(bool enrolled, const QString &serverAddress);
    void onEngineStatus();
    void onSyncFinished(bool ok);

    Store &m_store;
    KeyStore &m_keys;
    QString m_dataDir;
    const Clock &m_clock;
    SyncEngine::Options m_options;
    std::unique_ptr<SyncSession> m_session;
    NotSyncedModel m_notSynced;
    QTimer m_minute; // "5 min ago" moves on while the page is open
    bool m_enrolled = false;
    QString m_serverAddress;
    QString m_setupProblem;
    QDateTime m_lastSuccess;
    QTimeZone m_timeZone;
};

} // namespace circle
