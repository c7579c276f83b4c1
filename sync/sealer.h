#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace circle {

/**
 * Seals private records (journal, gratitude, mood, safety plan) before they leave the
 * phone, with a sync key the clinic server never holds, so the server stores ciphertext
 * it cannot read. The key reaches a new phone only through the patient's recovery code
 * (RecoveryCode).
 *
 * Each blob is bound to its record through associated data (see associatedData()), so a
 * server, honest or not, cannot hand one record's blob back as another record.
 *
 * Sealed format, version 1:
 *
 *     [version: 1 byte = 1][nonce: 24 bytes][ciphertext][Poly1305 tag: 16 bytes]
 *
 * with XChaCha20-Poly1305 (IETF). The nonce is random for every message; 192 bits make a
 * collision negligible however many records a patient writes. The version byte is
 * authenticated together with the caller's associated data, so it cannot be changed
 * without open() noticing.
 *
 * seal() and open() only read the key, so one Sealer may be used from several threads.
 */
class Sealer
{
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype NonceSize = 24;
    static constexpr qsizetype TagSize = 16;
    /// Bytes a sealed blob has beyond its plaintext.
    static constexpr qsizetype Overhead = 1 + NonceSize + TagSize;

    /// A new random sync key, made once per patient on their first phone.
    static Result<QByteArray> generateKey();

    /// Fails with Error::Code::Invalid unless @p key is exactly KeySize bytes.
    static Result<Sealer> fromKey(QByteArrayView key);

    /**
     * The associated data that ties a sealed blob to one record. Each part is
     * length-prefixed, so no two (type, id) pairs encode alike: ("ab", "c") and
     * ("a", "bc") stay different records.
     */
    static QByteArray associatedData(QByteArrayView recordType, QByteArrayView recordId);

    Sealer(Sealer &&other) noexcept;
    Sealer &operator=(Sealer &&other) noexcept;
    // No copies: every copy would be one more place key bytes live in memory.
    Sealer(const Sealer &) = delete;
    Sealer &operator=(const Sealer &) = delete;
    ~Sealer();

    /// Seals @p plaintext; the same @p associatedData is needed to open it again.
    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;

    /**
     * The plaintext, or an error naming what is wrong: Corrupt when the blob is too short
     * to be sealed data, UnsupportedVersion for a format this build does not know, and
     * WrongKey when authentication fails. Authentication cannot tell a different key from
     * altered bytes or another record's associated data; the message says so.
     */
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData) const;

private:
    Sealer() = default;

    std::array<unsigned char, KeySize> m_key {};
};

} // namespace circle
