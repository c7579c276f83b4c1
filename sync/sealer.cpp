#include "sealer.h"

#include "sodiumready.h"

#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace circle {

static_assert(Sealer::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Sealer::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(Sealer::TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// What the AEAD authenticates besides the ciphertext: the version byte first, so a blob
// cannot be relabelled as another format, then the caller's record binding.
QByteArray authenticatedHeader(quint8 version, QByteArrayView associatedData)
{
    QByteArray header;
    header.reserve(1 + associatedData.size());
    header.append(char(version));
    header.append(associatedData);
    return header;
}

void appendLengthPrefixed(QByteArray &out, QByteArrayView part)
{
    const quint32 length = qToBigEndian(quint32(part.size()));
    out.append(reinterpret_cast<const char *>(&length), sizeof length);
    out.append(part);
}

} // namespace

Result<QByteArray> Sealer::generateKey()
{
    if (auto ready = detail::ensureSodium(); !ready.ok())
        return ready.error();
    QByteArray key(KeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

Result<Sealer> Sealer::fromKey(QByteArrayView key)
{
    if (auto ready = detail::ensureSodium(); !ready.ok())
        return ready.error();
    if (key.size() != KeySize) {
        return Error::make(Error::Code::Invalid,
            u"A sync key has %1 bytes; this one has %2."_s.arg(KeySize).arg(key.size()));
    }
    Sealer sealer;
    std::copy(key.begin(), key.end(), sealer.m_key.begin());
    return sealer;
}

QByteArray Sealer::associatedData(QByteArrayView recordType, QByteArrayView recordId)
{
    QByteArray out;
    out.reserve(8 + recordType.size() + recordId.size());
    appendLengthPrefixed(out, recordType);
    appendLengthPrefixed(out, recordId);
    return out;
}

Sealer::Sealer(Sealer &&other) noexcept
    : m_key(other.m_key)
{
    sodium_memzero(other.m_key.data(), other.m_key.size());
}

Sealer &Sealer::operator=(Sealer &&other) noexcept
{
    if (this != &other) {
        m_key = other.m_key;
        sodium_memzero(other.m_key.data(), other.m_key.size());
    }
    return *this;
}

Sealer::~Sealer()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QByteArray Sealer::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    // A Sealer exists only after fromKey() has initialised libsodium, so nothing here can
    // fail short of running out of memory.
    QByteArray sealed(Overhead + plaintext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = FormatVersion;
    unsigned char *nonce = out + 1;
    randombytes_buf(nonce, NonceSize);

    const QByteArray header = authenticatedHeader(FormatVersion, associatedData);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + 1 + NonceSize, &written, bytes(plaintext),
        size_t(plaintext.size()), bytes(header), size_t(header.size()), nullptr, nonce,
        m_key.data());
    Q_ASSERT(qsizetype(written) == plaintext.size() + TagSize);
    return sealed;
}

Result<QByteArray> Sealer::open(QByteArrayView sealed, QByteArrayView associatedData) const
{
    if (sealed.isEmpty()) {
        return Error::make(Error::Code::Corrupt,
            u"The sealed record is empty: it was truncated or never written."_s);
    }
    // The version decides how to read everything after it, so it is checked first.
    const auto version = quint8(sealed.front());
    if (version != FormatVersion) {
        return Error::make(Error::Code::UnsupportedVersion,
            u"The sealed record uses format version %1; this version of Circle "
            "reads version %2 only."_s.arg(version)
                .arg(FormatVersion));
    }
    if (sealed.size() < Overhead) {
        return Error::make(Error::Code::Corrupt,
            u"The sealed record is truncated: it has %1 bytes, and even an empty "
            "record seals to %2."_s.arg(sealed.size())
                .arg(Overhead));
    }

    const unsigned char *nonce = bytes(sealed) + 1;
    const QByteArrayView ciphertext = sealed.sliced(1 + NonceSize);
    const QByteArray header = authenticatedHeader(version, associatedData);
    QByteArray plaintext(ciphertext.size() - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plaintext.data()), &written, nullptr, bytes(ciphertext),
        size_t(ciphertext.size()), bytes(header), size_t(header.size()), nonce, m_key.data());
    if (rc != 0) {
        return Error::make(Error::Code::WrongKey,
            u"The sealed record does not open: it was sealed with a different "
            "sync key, its bytes were altered or cut short, or it belongs to a "
            "different record."_s);
    }
    Q_ASSERT(qsizetype(written) == plaintext.size());
    return plaintext;
}

} // namespace circle
