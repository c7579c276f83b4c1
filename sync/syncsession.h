#pragma once

#include "httptransport.h"
#include "result.h"
#include "syncaccount.h"
#include "syncengine.h"

#include <memory>

namespace circle {

class Store;

/**
 * Everything that syncs one enrolled store: the pinned transport, carrying the
 * device token, and the engine, holding the sync key. The caller reads the two
 * secrets from the system key store; nothing here keeps them anywhere else.
 */
class SyncSession
{
public:
    /** The session for an enrolled store; an error names what is missing. */
    static Result<std::unique_ptr<SyncSession>> create(Store &store, const SyncAccount &account,
        const QByteArray &deviceToken, const QByteArray &syncKey, SyncEngine::Options options = {});

    SyncEngine &engine() { return *m_engine; }
    HttpTransport *transport() { return m_transport.get(); }

private:
    SyncSession() = default;

    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace circle
