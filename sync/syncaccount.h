#pragma once

#include "httptransport.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace circle {

class Store;

/**
 * Where this phone syncs: the clinic server's address, the pin of its
 * certificate and the patient's id there. Kept in the encrypted store. The two
 * secrets, the device token and the sync key, are not here: they belong in the
 * system key store, and the caller passes them to the transport and engine.
 */
struct SyncAccount
{
    /** Key-store purposes (see platform's secretAccount()) of the two secrets. */
    static constexpr const char *DeviceTokenPurpose = "device-token";
    static constexpr const char *SyncKeyPurpose = "sync-key";

    QUrl serverUrl;
    QByteArray pinSha256;
    QString patientId;
    bool plainHttpForDevelopment = false;

    /** The account, or nothing when this store was never enrolled. */
    static Result<std::optional<SyncAccount>> load(Store &store);
    Result<void> save(Store &store) const;

    HttpTransport::Config transportConfig() const;
};

} // namespace circle
