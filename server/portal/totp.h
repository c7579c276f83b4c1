#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace circle::portal::totp {

/** Time step of RFC 6238 as the portal uses it: 30 seconds from the Unix epoch. */
constexpr qint64 kStepMs = 30 * 1000;

/** RFC 4648 base32 without padding, upper case: how authenticator apps take a secret. */
QString base32(const QByteArray &bytes);
/** Decodes base32 (any case, spaces and padding ignored); nullopt on a foreign character. */
std::optional<QByteArray> fromBase32(QStringView text);

/** A new 160-bit secret from libsodium's generator (RFC 4226 recommends 160 bits). */
QByteArray newSecret();

/** The HOTP value (RFC 4226, HMAC-SHA-1) for @p counter with @p digits digits. */
QString hotp(const QByteArray &secret, quint64 counter, int digits = 6);
/** The TOTP value at @p unixMs (RFC 6238: SHA-1, 30 s steps from 0). */
QString at(const QByteArray &secret, qint64 unixMs, int digits = 6);
/** The step @p unixMs falls in. */
qint64 stepOf(qint64 unixMs);

/**
 * The step whose code @p code is, looking one step either side of @p unixMs for clocks
 * a little apart; nullopt when none matches. Only steps after @p lastUsedStep count, so
 * a code that was used once is refused for the rest of its window.
 */
std::optional<qint64> matchStep(
    const QByteArray &secret, QStringView code, qint64 unixMs, qint64 lastUsedStep);

/** The otpauth:// URI an authenticator app reads from the QR code. */
QString provisioningUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace circle::portal::totp
