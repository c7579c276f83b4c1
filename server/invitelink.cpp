#include "invitelink.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {
const QString kPrefix = u"circle-invite:1?"_s;
}

QString formatInvite(const InviteTarget &target, const QString &code)
{
    // Values are written as they are (the contract's example does so); none of them can
    // contain '&' or whitespace: a scheme://host:port URL, base64url, and base64.
    QString line = kPrefix + u"url="_s + target.url + u"&code="_s + code;
    if (!target.pin.isEmpty())
        line += u"&pin="_s + target.pin;
    return line;
}

std::optional<InviteLink> parseInvite(const QString &line)
{
    if (!line.startsWith(kPrefix))
        return std::nullopt;
    InviteLink out;
    const QStringList pairs = line.mid(kPrefix.size()).split(u'&');
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (key == u"url")
            out.url = value;
        else if (key == u"code")
            out.code = value;
        else if (key == u"pin")
            out.pin = value;
    }
    if (out.url.isEmpty() || out.code.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace circle::server
