#include "synccommands.h"

#include "enrollment.h"
#include "invite.h"
#include "keystore.h"
#include "outbox.h"
#include "recoverycode.h"
#include "sealer.h"
#include "store.h"
#include "syncaccount.h"
#include "syncengine.h"
#include "syncsession.h"

#include <QEventLoop>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace circle {

int SyncCommands::fail(const QString &message)
{
    m_err << u"circlectl: "_s << message << Qt::endl;
    return 1;
}

int SyncCommands::enroll(
    const QString &inviteText, const QString &recoveryCode, bool plainHttpForDevelopment)
{
    auto invite = Invite::parse(inviteText);
    if (!invite)
        return fail(invite.error().message);
    SyncAccount account;
    account.serverUrl = invite.value().serverUrl;
    account.pinSha256 = invite.value().pinSha256;
    account.plainHttpForDevelopment = plainHttpForDevelopment;

    QByteArray syncKey;
    if (!recoveryCode.isEmpty()) {
        auto key = RecoveryCode::toKey(recoveryCode);
        if (!key)
            return fail(key.error().message);
        syncKey = key.value();
    }

    HttpTransport transport(account.transportConfig());
    QEventLoop loop;
    std::optional<Result<v1::EnrollResponse>> answer;
    enrollDevice(transport, invite.value().code, QSysInfo::machineHostName(),
        [&](Result<v1::EnrollResponse> r) {
            answer.emplace(std::move(r));
            loop.quit();
        });
    loop.exec();
    if (!answer->ok())
        return fail(answer->error().message);
    account.patientId = QString::fromStdString(answer->value().patient_id());

    const QString keyAccount
        = secretAccount(QString::fromLatin1(SyncAccount::SyncKeyPurpose), m_dataDir);
    bool showCode = false;
    if (syncKey.isEmpty()) {
        auto made = m_keys.loadOrCreate(keyAccount, int(Sealer::KeySize));
        if (!made.ok())
            return fail(made.error);
        syncKey = made.key;
        showCode = true;
    } else if (const QString e = m_keys.save(keyAccount, syncKey); !e.isEmpty()) {
        return fail(e);
    }
    const QString tokenAccount
        = secretAccount(QString::fromLatin1(SyncAccount::DeviceTokenPurpose), m_dataDir);
    if (const QString e
        = m_keys.save(tokenAccount, QByteArray::fromStdString(answer->value().device_token()));
        !e.isEmpty())
        return fail(e);
    if (auto r = account.save(m_store); !r)
        return fail(r.error().message);

    m_out << u"enrolled with "_s << account.serverUrl.toString() << Qt::endl;
    if (showCode) {
        m_out << u"recovery-code "_s << RecoveryCode::fromKey(syncKey).value() << Qt::endl;
        m_out << u"Write the recovery code down and keep it safe: with it, a new phone can read "
                 "your private entries again. Circle will not show it again."_s
              << Qt::endl;
    }
    return 0;
}

int SyncCommands::sync()
{
    auto account = SyncAccount::load(m_store);
    if (!account)
        return fail(account.error().message);
    if (!account.value())
        return fail(u"this store is not enrolled with a clinic; run \"enroll INVITE\" first"_s);
    const auto token = m_keys.load(
        secretAccount(QString::fromLatin1(SyncAccount::DeviceTokenPurpose), m_dataDir));
    const auto key
        = m_keys.load(secretAccount(QString::fromLatin1(SyncAccount::SyncKeyPurpose), m_dataDir));
    if (!token.ok() || !key.ok())
        return fail(token.ok() ? key.error : token.error);
    auto session = SyncSession::create(m_store, *account.value(), token.key, key.key);
    if (!session)
        return fail(session.error().message);
    SyncEngine &engine = session.value()->engine();
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::syncFinished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    if (!ok)
        return fail(engine.lastError());
    m_out << u"synced; pending "_s << engine.pendingCount() << u", refused "_s
          << engine.rejectedCount() << Qt::endl;
    // The "not synced" list: what was refused and why, never what it says.
    auto refused = Outbox(m_store).rejected();
    if (refused)
        for (const RejectedMutation &r : refused.value())
            m_out << u"refused "_s << r.recordType << u' ' << r.recordId << u": "_s << r.reason
                  << Qt::endl;
    return 0;
}

} // namespace circle
