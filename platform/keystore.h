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
 *
 * Every call blocks until the store has answered, because the app cannot do
 * anything before it has its database key. While waiting it runs a local event
 * loop (user input held back), so the QCoreApplication must already exist.
 * Neither keys nor anything derived from them appear in error messages.
 */
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    struct KeyResult
    {
        QByteArray key; // empty on failure
        QString error; // what went wrong, for a person; empty on success
        bool created = false; // true when the key was made by this call
        bool ok() const { return error.isEmpty(); }
    };

    /**
     * The secret stored under account, or a fresh random one of keySize bytes,
     * stored first and then returned, when there is none yet.
     * A stored secret of another size is reported as an error and left as it is:
     * replacing it would make whatever it encrypts unreadable.
     */
    virtual KeyResult loadOrCreate(const QString &account, int keySize) = 0;
    /**
     * The secret under account, as stored; an error when there is none, when it
     * is empty, or when the store fails. Unlike loadOrCreate() it does not know
     * the expected size, so callers that need one check key.size() themselves.
     */
    virtual KeyResult load(const QString &account) = 0;
    /**
     * Stores a secret made elsewhere (a device token from the clinic's server),
     * replacing any under account, and reads it back. Returns an error for a
     * person, or an empty string on success.
     */
    virtual QString save(const QString &account, const QByteArray &secret) = 0;
    /** Removes the secret; true when it is gone (or was never there). */
    virtual bool remove(const QString &account, QString *error = nullptr) = 0;

    /** The key store of the platform this build is for. */
    static std::unique_ptr<KeyStore> createDefault();
};

/** Size in bytes of the raw SQLCipher database key. */
inline constexpr int databaseKeySize = 32;

/**
 * The key-store account that holds the database key of the store in dataDir:
 * "database-key:" followed by the hex SHA-256 of the folder's canonical path, so
 * every data folder (the app's, the demo's, each test's) has a key of its own,
 * and the same folder always finds the same key whether or not it exists yet.
 */
QString databaseKeyAccount(const QString &dataDir);

/**
 * The account for another secret of the store in dataDir, named by purpose
 * ("sync-key", "device-token"), built the same way as databaseKeyAccount().
 */
QString secretAccount(const QString &purpose, const QString &dataDir);

} // namespace circle
