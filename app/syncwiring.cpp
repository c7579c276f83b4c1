#include "syncwiring.h"

#include "keystore.h"
#include "store.h"

namespace circle {

std::unique_ptr<SyncSession> startSync(Store &store, KeyStore &keys, const QString &dataDir,
                                       QString *problem)
{
    auto account = SyncAccount::load(store);
    if (!account) {
        *problem = account.error().message;
        return nullptr;
    }
    if (!account.value())
        return nullptr; // not enrolled: nothing to sync, nothing wrong
    const auto secret = [&](const char *purpose) {
        return keys.load(secretAccount(QString::fromLatin1(purpose), dataDir));
    };
    const auto token = secret(SyncAccount::DeviceTokenPurpose);
    const auto key = secret(SyncAccount::SyncKeyPurpose);
    if (!token.ok() || !key.ok()) {
        *problem = token.ok() ? key.error : token.error;
        return nullptr;
    }
    auto session = SyncSession::create(store, *account.value(), token.key, key.key);
    if (!session) {
        *problem = session.error().message;
        return nullptr;
    }
    session.value()->engine().start();
    return std::move(session).value();
}

} // namespace circle
