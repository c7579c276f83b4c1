#pragma once

#include "result.h"

#include <QString>

#include <memory>

namespace circle {

class Store;

/**
 * Opens the store in a data folder with its key from the platform key store, the
 * way the app does. A key is only made for a folder that has no store yet and
 * only when the command is one that fills a store (import, seed-demo): making a
 * fresh key for an existing store would just fail to open it, and a read-only
 * command on an empty folder has nothing to read.
 */
class StoreOpener
{
public:
    enum class Mode { ExistingOnly, CreateIfMissing };

    static Result<std::unique_ptr<Store>> open(const QString &dataDir, Mode mode);
};

} // namespace circle
