#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sodium.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace circle::portal::totp {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString base32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | uchar(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> fromBase32(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'=' || c == u'-')
            continue;
        const char upper = char(c.toUpper().unicode());
        const char *at = c.unicode() < 128 ? std::strchr(kAlphabet, upper) : nullptr;
        if (!at || upper == 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QByteArray newSecret()
{
    QByteArray secret(20, '\0');
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

QString hotp(const QByteArray &secret, quint64 counter, int digits)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac[offset]) & 0x7f) << 24)
        | (quint32(uchar(mac[offset + 1])) << 16) | (quint32(uchar(mac[offset + 2])) << 8)
        | quint32(uchar(mac[offset + 3]));
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return u"%1"_s.arg(quint64(binary) % modulus, digits, 10, QLatin1Char('0'));
}

qint64 stepOf(qint64 unixMs)
{
    return unixMs / kStepMs;
}

QString at(const QByteArray &secret, qint64 unixMs, int digits)
{
    return hotp(secret, quint64(stepOf(unixMs)), digits);
}

std::optional<qint64> matchStep(
    const QByteArray &secret, QStringView code, qint64 unixMs, qint64 lastUsedStep)
{
    QString digits;
    for (const QChar c : code) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        digits += c;
    }
    if (digits.size() != 6 || secret.isEmpty())
        return std::nullopt;
    const qint64 now = stepOf(unixMs);
    for (const qint64 step : { now, now - 1, now + 1 }) {
        if (step <= lastUsedStep)
            continue;
        const QString expected = hotp(secret, quint64(step), 6);
        if (sodium_memcmp(expected.toLatin1().constData(), digits.toLatin1().constData(), 6) == 0)
            return step;
    }
    return std::nullopt;
}

QString provisioningUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + u':' + account));
    return u"otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=6&period=30"_s.arg(
        label, base32(secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)));
}

} // namespace circle::portal::totp
