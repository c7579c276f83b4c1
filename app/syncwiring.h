#pragma once

#include "syncsession.h"

#include <QString>

#include <memory>

namespace circle {

class KeyStore;
class Store;

/**
 * The sync session of the store in dataDir, started, when that store was
 * enrolled with a clinic; null when it never was (Circle works fully offline).
 * A store that was enrolled but whose secrets are gone also gives null, with
 * the reason in *problem, so the app can still open and say why it cannot sync.
 */
std::unique_ptr<SyncSession> startSync(Store &store, KeyStore &keys, const QString &dataDir,
                                       QString *problem);

} // namespace circle
