#pragma once

#include "clock.h"
#include "keystore.h"
#include "serverprocess.h"
#include "store.h"
#include "sync/clinicenrollment.h"
#include "sync/clinicsync.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>

#include <memory>

namespace circle::test {

/**
 * The world of the clinic sync page test: the real circle-server on
 * 127.0.0.1 with a demo clinic, a fresh encrypted store that has not joined
 * it, the system key store (tests/with-keyring.sh), and the app's ClinicSync
 * and ClinicEnrollment over them.
 *
 * QML reaches it as the singleton `SyncFixture` (import CircleSyncTestSupport)
 * to get the clinic's invite and to break things: stop the server, queue a
 * change the server will refuse.
 */
class SyncPageFixture : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SyncFixture)
    QML_SINGLETON
    Q_PROPERTY(QString invite READ invite CONSTANT)

public:
    /** Starts the server and opens the store; on failure the reason is in error(). */
    static std::unique_ptr<SyncPageFixture> open();
    ~SyncPageFixture() override;

    static void setInstance(SyncPageFixture *fixture) { s_instance = fixture; }
    static SyncPageFixture *create(QQmlEngine *, QJSEngine *);

    QString error() const { return m_error; }
    QString invite() const { return m_invite; }

    Q_INVOKABLE void stopServer();
    Q_INVOKABLE bool startServer();
    /** Queues a clinic-authored record as if the phone had changed it: the server refuses it. */
    Q_INVOKABLE bool queueRefusedChange();
    Q_INVOKABLE void advanceMinutes(int minutes);

private:
    SyncPageFixture() = default;

    static inline SyncPageFixture *s_instance = nullptr;

    QTemporaryDir m_serverDir;
    QTemporaryDir m_phoneDir;
    servertest::ServerProcess m_server;
    ManualClock m_clock;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ClinicSync> m_sync;
    std::unique_ptr<ClinicEnrollment> m_enrollment;
    QString m_invite;
    QString m_error;
};

} // namespace circle::test
