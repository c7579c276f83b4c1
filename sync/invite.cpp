#include "invite.h"

#include "synctext.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace circle {

namespace {
Error bad(const QString &what)
{
    return Error::make(
        Error::Code::Invalid, SyncText::tr("This invite cannot be used: %1.").arg(what));
}
} // namespace

Result<Invite> Invite::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString prefix = u"circle-invite:1?"_s;
    if (!trimmed.startsWith(prefix)) {
        if (trimmed.startsWith(u"circle-invite:"_s))
            return bad(SyncText::tr(
                "it is of a newer kind than this version of Circle understands; update Circle"));
        return bad(SyncText::tr("it does not start with \"circle-invite:\""));
    }
    const QUrlQuery query(trimmed.mid(prefix.size()));
    Invite invite;
    invite.serverUrl = QUrl(query.queryItemValue(u"url"_s, QUrl::FullyDecoded), QUrl::StrictMode);
    invite.code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded).trimmed();
    const QString pin = query.queryItemValue(u"pin"_s, QUrl::FullyDecoded);

    if (!invite.serverUrl.isValid() || invite.serverUrl.host().isEmpty())
        return bad(SyncText::tr("the server address is missing or malformed"));
    const QString scheme = invite.serverUrl.scheme();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return bad(SyncText::tr("the server address must start with https://"));
    if (invite.code.isEmpty())
        return bad(SyncText::tr("the invite code is missing"));
    // A development server on plain HTTP has no certificate to pin; the
    // transport still refuses plain HTTP unless it is to loopback and allowed.
    if (scheme == u"http"_s && pin.isEmpty())
        return invite;
    if (!pin.startsWith(u"sha256:"_s))
        return bad(SyncText::tr("the certificate pin is missing"));
    invite.pinSha256 = QByteArray::fromBase64(pin.mid(7).toLatin1());
    if (invite.pinSha256.size() != 32)
        return bad(SyncText::tr("the certificate pin is not a SHA-256 value"));
    return invite;
}

QString Invite::pinText(const QByteArray &pinSha256)
{
    return u"sha256:"_s + QString::fromLatin1(pinSha256.toBase64());
}

} // namespace circle
