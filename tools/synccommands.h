#pragma once

#include <QString>
#include <QTextStream>

namespace circle {

class KeyStore;
class Store;

/**
 * circlectl's sync commands. Secrets go to the system key store only; the
 * recovery code is printed once, at enrollment, for the patient to write down.
 */
class SyncCommands
{
public:
    SyncCommands(Store &store, KeyStore &keys, QString dataDir, QTextStream &out, QTextStream &err)
        : m_store(store)
        , m_keys(keys)
        , m_dataDir(std::move(dataDir))
        , m_out(out)
        , m_err(err)
    {
    }

    /**
     * Enrolls this store with a clinic invite. With a recovery code, the sync key
     * is the one it carries (a new phone restoring); otherwise a new key is made
     * and its recovery code printed.
     */
    int enroll(const QString &invite, const QString &recoveryCode, bool plainHttpForDevelopment);
    /** One full sync; prints what is left and what the server refused. */
    int sync();

private:
    int fail(const QString &message);

    Store &m_store;
    KeyStore &m_keys;
    QString m_dataDir;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace circle
