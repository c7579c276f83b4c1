#include "clinicenrollment.h"

#include "clinicsync.h"
#include "enrollment.h"
#include "httptransport.h"
#include "invite.h"
#include "keystore.h"
#include "recoverycode.h"
#include "sealer.h"
#include "store.h"
#include "syncaccount.h"

#include <QLoggingCategory>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClinicEnrollment, "circle.sync.enrollment")

namespace circle {

namespace {

/** Set while a first phone's recovery code waits for "I have written it down". */
constexpr const char *CodeUnconfirmedKey = "sync_recovery_code_unconfirmed";

} // namespace

struct ClinicEnrollment::Pending
{
    SyncAccount account;
    QByteArray syncKey;
    bool restoring = false; // a recovery code was given: this is a new phone of the same patient
};

ClinicEnrollment::ClinicEnrollment(
    Store &store, KeyStore &keys, const QString &dataDir, ClinicSync &sync, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_dataDir(dataDir)
    , m_sync(sync)
{
    if (m_sync.enrolled()) {
        m_stage = Stage::Joined;
        showCodeStillUnconfirmed();
    }
}

void ClinicEnrollment::showCodeStillUnconfirmed()
{
    // The app was closed (or killed) while the code was on screen: the patient
    // never said they had it, so it is shown again, made afresh from the key.
    auto pending = m_store.setting(CodeUnconfirmedKey);
    if (!pending || pending.value().isEmpty())
        return;
    const auto key
        = m_keys.load(secretAccount(QString::fromLatin1(SyncAccount::SyncKeyPurpose), m_dataDir));
    if (!key.ok()) {
        qCWarning(lcClinicEnrollment) << "could not read the sync key to show its code again";
        return;
    }
    auto code = RecoveryCode::fromKey(key.key);
    if (!code) {
        qCWarning(lcClinicEnrollment) << "could not show the recovery code again";
        return;
    }
    m_recoveryCode = code.value();
    m_stage = Stage::ShowingCode;
}

ClinicEnrollment::~ClinicEnrollment() = default;

bool ClinicEnrollment::join(const QString &inviteText, const QString &recoveryCode)
{
    if (m_stage == Stage::Joining)
        return false;
    if (m_sync.enrolled()) {
        setError(tr("This phone has already joined a clinic."));
        return false;
    }
    if (inviteText.trimmed().isEmpty()) {
        setError(tr("Paste the invite your clinic gave you. It starts with \"circle-invite:\"."));
        return false;
    }
    auto invite = Invite::parse(inviteText);
    if (!invite) {
        setError(invite.error().message);
        return false;
    }
    auto pending = std::make_unique<Pending>();
    if (!recoveryCode.trimmed().isEmpty()) {
        auto key = RecoveryCode::toKey(recoveryCode);
        if (!key) {
            setError(key.error().message);
            return false;
        }
        pending->syncKey = key.value();
        pending->restoring = true;
    } else {
        auto key = Sealer::generateKey();
        if (!key) {
            setError(key.error().message);
            return false;
        }
        pending->syncKey = key.value();
    }
    pending->account.serverUrl = invite.value().serverUrl;
    pending->account.pinSha256 = invite.value().pinSha256;
    pending->account.plainHttpForDevelopment = m_plainHttp;
    HttpTransport::Config config = pending->account.transportConfig();
    config.timeoutMs = m_timeoutMs;
    m_transport = std::make_unique<HttpTransport>(config);
    m_pending = std::move(pending);
    setError({});
    setStage(Stage::Joining);
    // The phone's kind, not its owner's name (a host name often holds one).
    enrollDevice(*m_transport, invite.value().code, QSysInfo::prettyProductName(),
        [this](Result<v1::EnrollResponse> answer) {
            // This runs inside the transport's own reply handler: let it unwind first.
            m_transport.release()->deleteLater();
            if (!answer)
                return fail(answer.error().code == Error::Code::NotFound
                        ? tr("Your clinic's server does not accept this invite: it is unknown, "
                             "already used or expired. Ask your clinic for a new one.")
                        : answer.error().message);
            finishJoin(QString::fromStdString(answer.value().device_token()),
                QString::fromStdString(answer.value().patient_id()));
        });
    return true;
}

void ClinicEnrollment::finishJoin(const QString &deviceToken, const QString &patientId)
{
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    pending.account.patientId = patientId;
    const QString keyAccount
        = secretAccount(QString::fromLatin1(SyncAccount::SyncKeyPurpose), m_dataDir);
    const QString tokenAccount
        = secretAccount(QString::fromLatin1(SyncAccount::DeviceTokenPurpose), m_dataDir);
    // Secrets first, then the account: a store that says it is enrolled
    // always finds its secrets. Any failure takes back what was written.
    if (const QString e = m_keys.save(keyAccount, pending.syncKey); !e.isEmpty())
        return fail(e);
    if (const QString e = m_keys.save(tokenAccount, deviceToken.toLatin1()); !e.isEmpty()) {
        m_keys.remove(keyAccount);
        return fail(e);
    }
    if (auto r = pending.account.save(m_store); !r) {
        m_keys.remove(tokenAccount);
        m_keys.remove(keyAccount);
        return fail(r.error().message);
    }
    m_recoveryCode = pending.restoring ? QString() : RecoveryCode::fromKey(pending.syncKey).value();
    // Until the patient confirms it, the code is shown again after a restart.
    if (!pending.restoring)
        if (auto r = m_store.setSetting(CodeUnconfirmedKey, u"1"_s); !r)
            qCWarning(lcClinicEnrollment) << "could not note that the recovery code is unconfirmed";
    m_sync.resume();
    setStage(pending.restoring ? Stage::Joined : Stage::ShowingCode);
}

void ClinicEnrollment::confirmCodeWrittenDown()
{
    if (m_stage != Stage::ShowingCode)
        return;
    m_recoveryCode.fill(u' ');
    m_recoveryCode.clear();
    if (auto r = m_store.setSetting(CodeUnconfirmedKey, QString()); !r)
        qCWarning(lcClinicEnrollment) << "could not note that the recovery code is confirmed";
    setStage(Stage::Joined);
}

bool ClinicEnrollment::isRecoveryGroupValid(int groupIndex, const QString &group) const
{
    return RecoveryCode::isGroupValid(groupIndex, group);
}

void ClinicEnrollment::fail(const QString &message)
{
    m_pending.reset();
    setError(message);
    setStage(Stage::Entering);
}

void ClinicEnrollment::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void ClinicEnrollment::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

} // namespace circle
