#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace circle {

/**
 * Keeps secrets in the operating system's key store (Secret Service on Linux,
 * Keychain on Apple, Keystore on Android). There is deliberately no fallback:
 * when no key store answers, every call fails with a message saying so, and
 * nothing is ever written to a file instead.
 */
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    struct KeyResult
    {
        QByteArray key;     // empty on failure
        QString error;      // what went wrong, for a person; empty on success
        bool created = false; // true when the key was made by this call
        bool ok() const { return error.isEmpty(); }
    };

    /**
     * The secret stored under account, or a fresh random one of keySize bytes,
     * stored first and then returned, when there is none yet.
     */
    virtual KeyResult loadOrCreate(const QString &account, int keySize) = 0;
    /** The secret under account; an error when there is none or the store fails. */
    virtual KeyResult load(const QString &account) = 0;
    /** Removes the secret; true when it is gone (or was never there). */
    virtual bool remove(const QString &account, QString *error = nullptr) = 0;

    /** The key store of the platform this build is for. */
    static std::unique_ptr<KeyStore> createDefault();
};

/** The key-store account that holds the database key of the store in dataDir. */
QString databaseKeyAccount(const QString &dataDir);

} // namespace circle
