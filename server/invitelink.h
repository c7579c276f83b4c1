#pragma once

#include <QString>

#include <optional>

namespace circle::server {

/** Where an invite sends the phone, and the pin it must hold the server to. */
struct InviteTarget
{
    QString url; ///< https://host:port (http:// only for a loopback development server)
    QString pin; ///< sha256:<base64>; empty for plain HTTP
};

/** What an invite line carries. */
struct InviteLink
{
    QString url;
    QString code;
    QString pin;
};

/** `circle-invite:1?url=...&code=...&pin=sha256:...` (proto/README.md, "Enrollment"). */
QString formatInvite(const InviteTarget &target, const QString &code);

/** The parts of an invite line; nullopt when it is not one. */
std::optional<InviteLink> parseInvite(const QString &line);

} // namespace circle::server
