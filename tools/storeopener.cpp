#include "storeopener.h"

#include "keystore.h"
#include "store.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace circle {

Result<std::unique_ptr<Store>> StoreOpener::open(const QString &dataDir, Mode mode)
{
    const QString dbPath
        = QDir(dataDir).absoluteFilePath(QString::fromLatin1(Store::DatabaseFileName));
    const bool exists = QFileInfo::exists(dbPath);
    if (!exists && mode == Mode::ExistingOnly)
        return Error::make(Error::Code::NotFound,
            u"There is no Circle store in %1 (no %2 there)."_s.arg(
                dataDir, QString::fromLatin1(Store::DatabaseFileName)));

    auto keyStore = KeyStore::createDefault();
    const QString account = databaseKeyAccount(dataDir);
    const KeyStore::KeyResult key
        = exists ? keyStore->load(account) : keyStore->loadOrCreate(account, Store::KeySize);
    if (!key.ok())
        return Error::make(Error::Code::KeyStore,
            u"The database key for %1 could not be read from the key store: %2"_s.arg(
                dataDir, key.error));
    if (key.key.size() != Store::KeySize)
        return Error::make(Error::Code::KeyStore,
            u"The key store holds a key of the wrong size for %1; it cannot open "
            "this store."_s.arg(dataDir));

    StoreOptions options;
    options.dataDir = dataDir;
    options.key = key.key;
    return Store::open(options);
}

} // namespace circle
