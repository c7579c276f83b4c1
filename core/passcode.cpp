#include "passcode.h"

#include "sodiumready.h"
#include "store.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace circle::passcode {

namespace {

/** The UTF-8 bytes of a passcode, wiped from memory when done. */
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {
    }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return (unsigned long long)m_bytes.size(); }

private:
    QByteArray m_bytes;
};

} // namespace

Result<QByteArray> hash(const QString &code, std::optional<Problem> *problem)
{
    if (auto ready = detail::ensureSodium(); !ready) {
        if (problem)
            *problem = Problem::NoSodium;
        return ready.error();
    }
    char out[crypto_pwhash_STRBYTES];
    const SecretBytes secret(code);
    // Interactive limits: about a tenth of a second and 64 MiB, fine on a phone,
    // while each guess against a stolen hash costs the same.
    if (crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        if (problem)
            *problem = Problem::NoMemory;
        return Error::make(Error::Code::Internal, u"not enough memory to hash the passcode"_s);
    }
    return QByteArray(out);
}

Result<bool> matches(const QByteArray &storedHash, const QString &code)
{
    if (auto ready = detail::ensureSodium(); !ready)
        return ready.error();
    if (storedHash.isEmpty())
        return false;
    const SecretBytes secret(code);
    return crypto_pwhash_str_verify(storedHash.constData(), secret.data(), secret.size()) == 0;
}

Result<void> store(Store &store, const QString &code, std::optional<Problem> *problem)
{
    auto hashed = hash(code, problem);
    if (!hashed)
        return hashed.error();
    return store.setSetting(HashSetting, QString::fromLatin1(hashed.value()));
}

} // namespace circle::passcode
