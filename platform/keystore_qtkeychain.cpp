#include "keystore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle {
namespace {

// Every Circle secret lives under this service name, so a person looking through
// their key store (Seahorse, Keychain Access) sees one clearly named entry group.
const QString &serviceName()
{
    static const QString name = u"Circle"_s;
    return name;
}

// Far above any real key; stops a caller's mistake from asking for megabytes.
constexpr int maxKeySize = 1024;

/** Which store QtKeychain talks to here, named the way a person could check on it. */
QString storeName()
{
    // Android also defines Q_OS_LINUX, so it is tested first.
#if defined(Q_OS_ANDROID)
    return u"the Android Keystore"_s;
#elif defined(Q_OS_DARWIN)
    return u"the Apple Keychain"_s;
#else
    return u"the Secret Service on the session D-Bus"_s;
#endif
}

QString noFallbackNote()
{
    return u"Circle keeps its database key only in the system key store, never in a file, "
           "and cannot start without it."_s;
}

enum class Action { Read, Write, Delete };

QString participle(Action action)
{
    switch (action) {
    case Action::Read:
        return u"read"_s;
    case Action::Write:
        return u"stored"_s;
    case Action::Delete:
        return u"deleted"_s;
    }
    return {};
}

/**
 * A message for a person about a failed job. QtKeychain's own error strings come
 * from the backend (libsecret, Security.framework, the Keystore) and name the
 * cause, but never the secret, so they are quoted as the detail.
 */
QString failureMessage(const QKeychain::Job &job, const QString &account, Action action)
{
    QString detail = job.errorString().trimmed();
    if (detail.isEmpty())
        detail = u"no details given"_s;

    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return u"The system key store has no key named “%1”."_s.arg(account);
    case QKeychain::CouldNotDeleteEntry:
        return u"The system key store could not delete the key “%1”: %2."_s.arg(account, detail);
    case QKeychain::AccessDeniedByUser:
        return u"Access to the system key store was refused, so the key “%1” could not be %2. "_s
                   .arg(account, participle(action))
            + noFallbackNote();
    case QKeychain::AccessDenied:
        return u"The system key store denied access to the key “%1”; it may be locked (%2). "_s.arg(
                   account, detail)
            + noFallbackNote();
    case QKeychain::NotImplemented:
        return u"The system key store on this device cannot keep keys (%1: %2). "_s.arg(
                   storeName(), detail)
            + noFallbackNote();
    case QKeychain::NoError: // only failed jobs come here
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        break;
    }
    // With libsecret, OtherError is how an
    // unreachable Secret Service shows up (no session bus, no keyring daemon, a
    // D-Bus timeout), so the message leads with what the person can fix.
    return u"No key store is available: %1 did not answer (“%2”), so the key “%3” could not "
           "be %4. "_s.arg(storeName(), detail, account, participle(action))
        + noFallbackNote();
}

/**
 * Runs a QtKeychain job to its end. Jobs are asynchronous (libsecret and D-Bus
 * answer through the event loop), but the app needs its key before anything else
 * can run, so the caller waits here on a local loop. There is no timeout of our
 * own: the store may be showing the person an unlock prompt, D-Bus calls already
 * time out by themselves, and the libsecret backend calls back into the job, so
 * it must not be destroyed before it has finished.
 */
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

/** Configures a job the way every Circle job must be: owned by us, never plaintext. */
void prepare(QKeychain::Job &job, const QString &account)
{
    job.setAutoDelete(false); // owned by the caller's stack frame
    job.setInsecureFallback(false); // no key store means an error, never a file
    job.setKey(account);
}

QString preconditionError(const QString &account)
{
    // A nested event loop without the application object would not deliver the
    // backend's replies; say so rather than hang or crash.
    if (!QCoreApplication::instance())
        return u"The key store was used before the application started; this is a bug in Circle."_s;
    if (account.isEmpty())
        return u"A key store account name is empty; this is a bug in Circle."_s;
    return {};
}

struct ReadOutcome
{
    QKeychain::Error code = QKeychain::NoError;
    QByteArray data;
    QString error;
};

ReadOutcome readSecret(const QString &account)
{
    QKeychain::ReadPasswordJob job(serviceName());
    prepare(job, account);
    runToEnd(job);
    ReadOutcome outcome;
    outcome.code = job.error();
    if (outcome.code == QKeychain::NoError)
        outcome.data = job.binaryData();
    else
        outcome.error = failureMessage(job, account, Action::Read);
    return outcome;
}

QString writeSecret(const QString &account, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(serviceName());
    prepare(job, account);
    job.setBinaryData(secret);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return failureMessage(job, account, Action::Write);
    return {};
}

/** keySize bytes from the operating system's CSPRNG; empty if that looks broken. */
QByteArray randomKey(int keySize)
{
    std::vector<quint32> words((keySize + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray key(keySize, Qt::Uninitialized);
    std::memcpy(key.data(), words.data(), size_t(keySize));
    std::fill(words.begin(), words.end(), 0u);
    // A key of one repeated byte (all zeros, say) means the generator failed; the
    // chance of it happening by luck is nil, and such a key would protect nothing.
    const char first = key.at(0);
    if (std::all_of(key.cbegin(), key.cend(), [first](char c) { return c == first; }))
        return {};
    return key;
}

/** The KeyStore over QtKeychain, used on Linux, Apple systems and Android. */
class QtKeychainKeyStore final : public KeyStore
{
public:
    KeyResult loadOrCreate(const QString &account, int keySize) override;
    KeyResult load(const QString &account) override;
    QString save(const QString &account, const QByteArray &secret) override;
    bool remove(const QString &account, QString *error) override;
};

KeyStore::KeyResult QtKeychainKeyStore::loadOrCreate(const QString &account, int keySize)
{
    KeyResult result;
    result.error = preconditionError(account);
    if (!result.ok())
        return result;
    if (keySize <= 0 || keySize > maxKeySize) {
        result.error = u"A key of %1 bytes was asked for; this is a bug in Circle."_s.arg(keySize);
        return result;
    }

    ReadOutcome existing = readSecret(account);
    if (existing.code == QKeychain::NoError) {
        if (existing.data.size() != keySize) {
            // Overwriting it would lock the person out of whatever it protects.
            result.error = u"The key “%1” in the system key store is %2 bytes long, but %3 bytes "
                           "were expected. It was left unchanged; Circle will not replace it, "
                           "because data encrypted with it would become unreadable."_s.arg(account,
                               QString::number(existing.data.size()), QString::number(keySize));
            return result;
        }
        result.key = existing.data;
        return result;
    }
    if (existing.code != QKeychain::EntryNotFound) {
        result.error = existing.error;
        return result;
    }

    const QByteArray fresh = randomKey(keySize);
    if (fresh.isEmpty()) {
        result.error = u"The system's random number generator gave an unusable key, so no key "
                       "was created for “%1”."_s.arg(account);
        return result;
    }
    result.error = writeSecret(account, fresh);
    if (!result.ok())
        return result;

    // Read it back: a store that accepts a key but cannot return it would leave a
    // database encrypted with a key that is already lost.
    const ReadOutcome check = readSecret(account);
    if (check.code != QKeychain::NoError) {
        result.error = check.error;
        return result;
    }
    if (check.data != fresh) {
        result.error = u"The system key store returned a different key for “%1” than the one "
                       "just stored in it (was it changed at the same moment by another Circle?). "
                       "Circle will not use a key it cannot read back."_s.arg(account);
        return result;
    }
    result.key = fresh;
    result.created = true;
    return result;
}

KeyStore::KeyResult QtKeychainKeyStore::load(const QString &account)
{
    KeyResult result;
    result.error = preconditionError(account);
    if (!result.ok())
        return result;

    ReadOutcome existing = readSecret(account);
    if (existing.code != QKeychain::NoError) {
        result.error = existing.error;
        return result;
    }
    if (existing.data.isEmpty()) {
        result.error = u"The key “%1” in the system key store is empty."_s.arg(account);
        return result;
    }
    result.key = existing.data;
    return result;
}

QString QtKeychainKeyStore::save(const QString &account, const QByteArray &secret)
{
    if (const QString problem = preconditionError(account); !problem.isEmpty())
        return problem;
    if (secret.isEmpty() || secret.size() > maxKeySize)
        return u"A secret of %1 bytes cannot be stored; this is a bug in Circle."_s.arg(
            secret.size());
    if (const QString written = writeSecret(account, secret); !written.isEmpty())
        return written;
    const ReadOutcome check = readSecret(account);
    if (check.code != QKeychain::NoError)
        return check.error;
    if (check.data != secret)
        return u"The system key store returned something else for “%1” than was just stored."_s.arg(
            account);
    return {};
}

bool QtKeychainKeyStore::remove(const QString &account, QString *error)
{
    QString message = preconditionError(account);
    if (message.isEmpty()) {
        QKeychain::DeletePasswordJob job(serviceName());
        prepare(job, account);
        runToEnd(job);
        // Nothing to delete is what the caller wanted anyway.
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            message = failureMessage(job, account, Action::Delete);
    }
    if (error)
        *error = message;
    return message.isEmpty();
}

} // namespace

std::unique_ptr<KeyStore> KeyStore::createDefault()
{
    return std::make_unique<QtKeychainKeyStore>();
}

} // namespace circle
