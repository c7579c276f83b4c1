#include "crypto.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace circle::server::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    // system() reads getrandom(2): unpredictable even right after boot, unlike a seeded PRNG.
    QRandomGenerator::system()->generate(reinterpret_cast<quint8 *>(out.data()),
        reinterpret_cast<quint8 *>(out.data()) + out.size());
    return out;
}

static QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newToken(QStringView prefix)
{
    return prefix.toString() + base64Url(randomBytes(32));
}

QString secretHash(QStringView secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newInviteCode()
{
    return base64Url(randomBytes(16));
}

QString newUuidV7(qint64 unixMs)
{
    std::array<quint8, 16> b {};
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    const QByteArray rnd = randomBytes(10);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = quint8(rnd[i]);
    b[6] = quint8(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // RFC 9562 variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(b.data()), 16).toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
        + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace circle::server::crypto
