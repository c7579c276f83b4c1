#pragma once

#include "httptransport.h"
#include "result.h"
#include "store.h"
#include "syncengine.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace circle::test {

/**
 * One patient's phone for end-to-end tests: a real encrypted store in its own
 * folder, the real sync engine and transport, enrolled with a real invite.
 */
class Phone
{
public:
    explicit Phone(const Clock &clock);
    ~Phone();

    /** Enrolls with an invite line and the patient's sync key; false with error() on failure. */
    bool enroll(const QString &invite, const QByteArray &syncKey);
    /** One full sync; true when it succeeded. Waits at most timeoutMs. */
    bool sync(int timeoutMs = 60'000);
    /** Starts a sync without waiting for it. */
    void startSync();
    bool waitForSync(int timeoutMs = 60'000);

    Store &store() { return *m_store; }
    SyncEngine &engine() { return *m_engine; }
    QString error() const { return m_error; }
    QString dataDir() const { return m_dir.path(); }
    /** Closes and reopens the store, as an app restart does. */
    void restart();
    /** Records per push batch and pull page from the next restart() (enroll() restarts). */
    void setBatchSize(int records) { m_batchSize = records; }

private:
    void open();
    bool runUntilFinished(const std::function<void()> &kick, int timeoutMs);

    const Clock &m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    QByteArray m_syncKey;
    QString m_error;
    bool m_lastOk = false;
    int m_batchSize = 0; // 0: the engine's defaults
};

} // namespace circle::test
