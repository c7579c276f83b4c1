#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace circle::server::crypto {

/** Bytes from the operating system's CSPRNG. */
QByteArray randomBytes(int count);

/**
 * A new bearer token: @p prefix and 256 random bits in unpadded base64url. The prefix
 * ("cdt_" device, "ctt_" therapist) lets a leaked token be recognised for what it is.
 */
QString newToken(QStringView prefix);

/** What the database keeps instead of a token or invite code: hex SHA-256 of its text. */
QString secretHash(QStringView secret);

/** A one-time invite code: 128 random bits, unpadded base64url. */
QString newInviteCode();

/** A UUIDv7 with the given Unix milliseconds and random bits from the CSPRNG. */
QString newUuidV7(qint64 unixMs);

/** True for canonical lower-case UUID text, the form every record id has. */
bool isCanonicalUuid(QStringView text);

} // namespace circle::server::crypto
