#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace circle {

/**
 * What a clinic's invite line carries: where the server is, the one-time code,
 * and the pin of the server's certificate (SHA-256 of its public key), e.g.
 *
 *     circle-invite:1?url=https://clinic.example:8443&code=K7QF-2M9D&pin=sha256:<base64>
 */
struct Invite
{
    QUrl serverUrl;
    QString code;
    QByteArray pinSha256; // 32 bytes

    /** Parses an invite; errors name the part that is wrong. */
    static Result<Invite> parse(const QString &text);
    /** The pin as the invite writes it: "sha256:" + base64. */
    static QString pinText(const QByteArray &pinSha256);
};

} // namespace circle
