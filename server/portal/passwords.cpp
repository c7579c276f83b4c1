#include "passwords.h"

#include "portalstrings.h"

#include <QSet>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace circle::portal::passwords {

namespace {

// Words that top every list of leaked passwords; a password that is one of these with a
// few digits or symbols around it is the first thing a guesser tries.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words = { u"password"_s, u"passw0rd"_s, u"qwerty"_s, u"qwertyuiop"_s,
        u"asdfgh"_s, u"asdfghjkl"_s, u"zxcvbnm"_s, u"letmein"_s, u"welcome"_s, u"admin"_s,
        u"administrator"_s, u"iloveyou"_s, u"monkey"_s, u"dragon"_s, u"football"_s, u"baseball"_s,
        u"sunshine"_s, u"princess"_s, u"master"_s, u"shadow"_s, u"superman"_s, u"trustno1"_s,
        u"starwars"_s, u"whatever"_s, u"changeme"_s, u"secret"_s, u"abc123"_s, u"therapist"_s,
        u"therapy"_s, u"clinic"_s, u"circle"_s, u"hospital"_s, u"doctor"_s, u"summer"_s,
        u"winter"_s, u"spring"_s, u"autumn"_s, u"login"_s, u"qazwsx"_s };
    return words;
}

bool isRun(const QString &s)
{
    // All one character, or a straight run up or down ("123456789012", "abcdefghijkl").
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const int d = s.at(i).unicode() - s.at(i - 1).unicode();
        same = same && d == 0;
        up = up && (d == 1 || (s.at(i) == u'0' && s.at(i - 1) == u'9'));
        down = down && d == -1;
    }
    return same || up || down;
}

} // namespace

std::optional<QString> weakness(const QString &password, const QString &login)
{
    if (password.size() < kMinLength)
        return text("pw_too_short").arg(kMinLength);
    if (password.size() > kMaxLength)
        return text("pw_too_long").arg(kMaxLength);
    const QString lower = password.toLower();
    if (isRun(lower))
        return text("pw_run");
    // A short piece over and over ("abcabcabcabc") is as weak as the piece.
    for (qsizetype period = 1; period <= lower.size() / 2; ++period) {
        if (lower.size() % period == 0
            && lower == lower.left(period).repeated(lower.size() / period))
            return text("pw_repeated");
    }
    QSet<QChar> distinct;
    for (const QChar c : lower)
        distinct.insert(c);
    if (distinct.size() < 5)
        return text("pw_few_characters");
    QString letters;
    for (const QChar c : lower) {
        if (c.isLetter())
            letters += c;
    }
    if (commonWords().contains(letters)
        || (!letters.isEmpty() && isRun(letters) && letters.size() >= 4
            && letters.size() * 2 >= lower.size()))
        return text("pw_common");
    // A common word repeated ("passwordpassword") is no better than the word.
    for (const QString &word : commonWords()) {
        if (lower.contains(word) && lower.size() - word.size() < 6)
            return text("pw_common");
    }
    if (!login.isEmpty() && lower.contains(login.toLower()))
        return text("pw_has_login");
    return std::nullopt;
}

QString hash(const QString &password)
{
    if (sodium_init() < 0)
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    if (stored.isEmpty() || password.size() > kMaxLength || sodium_init() < 0)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(
               stored.toLatin1().constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

} // namespace circle::portal::passwords
