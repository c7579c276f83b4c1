#include "syncsession.h"

#include "synctext.h"

using namespace Qt::StringLiterals;

namespace circle {

Result<std::unique_ptr<SyncSession>> SyncSession::create(Store &store, const SyncAccount &account,
    const QByteArray &deviceToken, const QByteArray &syncKey, SyncEngine::Options options)
{
    if (deviceToken.isEmpty())
        return Error::make(Error::Code::KeyStore,
            SyncText::tr(
                "This phone's device token is missing from the system key store; enroll again."));
    auto sealer = Sealer::fromKey(syncKey);
    if (!sealer)
        return Error::make(Error::Code::KeyStore,
            SyncText::tr(
                "The sync key in the system key store is unusable (%1); restore it with the "
                "recovery code.")
                .arg(sealer.error().message));
    std::unique_ptr<SyncSession> session(new SyncSession);
    session->m_transport = std::make_unique<HttpTransport>(account.transportConfig());
    session->m_transport->setToken(deviceToken);
    session->m_engine = std::make_unique<SyncEngine>(
        store, *session->m_transport, std::move(sealer).value(), options);
    return session;
}

} // namespace circle
