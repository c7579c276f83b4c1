#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace circle {

class ClinicSync;
class HttpTransport;
class KeyStore;
class Store;

/**
 * Joining a clinic from the phone: the patient pastes the invite the clinic
 * gave them (and, on a new phone, their recovery code); the phone exchanges
 * it for a device token, keeps both secrets in the system key store, and
 * starts syncing.
 *
 * Nothing is stored until the clinic's server has accepted the invite: a
 * wrong invite or recovery code leaves the phone exactly as it was. On a
 * first phone the new sync key's recovery code is shown, and stays on screen
 * until the patient says they have written it down, also across a restart of
 * the app; the store keeps only a flag, the code is made again from the key.
 */
class ClinicEnrollment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY stageChanged)

public:
    enum class Stage {
        Entering, // the invite form
        Joining, // waiting for the clinic's server
        ShowingCode, // the recovery code, until it is confirmed written down
        Joined, // done; the status page takes over
    };
    Q_ENUM(Stage)

    ClinicEnrollment(Store &store, KeyStore &keys, const QString &dataDir, ClinicSync &sync,
        QObject *parent = nullptr);
    ~ClinicEnrollment() override;

    /** Plain HTTP to a loopback server (the development server); never for patients. */
    void setPlainHttpForDevelopment(bool allowed) { m_plainHttp = allowed; }
    /** Network timeout of the exchange, in milliseconds. */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Stage stage() const { return m_stage; }
    bool busy() const { return m_stage == Stage::Joining; }
    QString errorMessage() const { return m_error; }
    /** The recovery code while it is being shown; empty at every other time. */
    QString recoveryCode() const
    {
        return m_stage == Stage::ShowingCode ? m_recoveryCode : QString();
    }

    /**
     * Checks the invite (and the recovery code, when one is given) and asks the
     * clinic's server to enroll this phone. Returns false with errorMessage when
     * the input is wrong before anything is sent.
     */
    Q_INVOKABLE bool join(const QString &invite, const QString &recoveryCode = {});
    /** The patient has written the code down: forget it and go on. */
    Q_INVOKABLE void confirmCodeWrittenDown();
    /** Whether a recovery code group (4 characters) is typed correctly so far. */
    Q_INVOKABLE bool isRecoveryGroupValid(int groupIndex, const QString &group) const;

Q_SIGNALS:
    void stageChanged();
    void errorMessageChanged();

private:
    void finishJoin(const QString &deviceToken, const QString &patientId);
    void showCodeStillUnconfirmed();
    void fail(const QString &message);
    void setStage(Stage stage);
    void setError(const QString &error);

    Store &m_store;
    KeyStore &m_keys;
    QString m_dataDir;
    ClinicSync &m_sync;
    bool m_plainHttp = false;
    int m_timeoutMs = 30'000;
    Stage m_stage = Stage::Entering;
    QString m_error;
    QString m_recoveryCode;
    // What join() checked, kept until the server answers.
    struct Pending;
    std::unique_ptr<Pending> m_pending;
    std::unique_ptr<HttpTransport> m_transport;
};

} // namespace circle
