#include "recoverycode.h"

#include "synctext.h"

#include "sodiumready.h"

#include <QList>
#include <QStringList>
#include <QVarLengthArray>

#include <sodium.h>

#include <array>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(sizeof Alphabet - 1 == 32);

constexpr int KeyBytes = 32;
constexpr int DataPerGroup = RecoveryCode::GroupLength - 1;
constexpr int DataSymbols = RecoveryCode::GroupCount * DataPerGroup;
constexpr int HashBits = DataSymbols * 5 - KeyBytes * 8;
static_assert(HashBits == 14, "the key must fill the data characters but for a useful check");
// 270 bits, rounded up to whole bytes; the last two bits stay zero.
constexpr int PackedBytes = KeyBytes + 2;
constexpr auto HashMaskSecondByte = quint8(0xff << (16 - HashBits));

// Keyed so the check cannot be mistaken for any other hash of the key; the version in the
// text leaves room for a different code format later.
constexpr char HashDomain[] = "Circle recovery code check, version 1";

// Distinct and non-zero, so any one wrong character, or two differing neighbours swapped,
// changes a group's weighted sum. The check character sits last with weight 1.
constexpr quint8 Weights[RecoveryCode::GroupLength] = { 8, 4, 2, 1 };

using Packed = std::array<unsigned char, PackedBytes>;
using Symbols = std::array<quint8, RecoveryCode::Length>;

template<typename Array> void wipe(Array &a)
{
    sodium_memzero(a.data(), sizeof(a[0]) * a.size());
}

// Multiplication in GF(32), reducing by the primitive polynomial x^5 + x^2 + 1. A field
// rather than plain arithmetic mod 32: there a weight of 2 would miss a change of 16.
quint8 gfMultiply(quint8 a, quint8 b)
{
    quint8 product = 0;
    for (int i = 0; i < 5; ++i) {
        if (b & 1)
            product ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

// The check character of a group: the group's position (as the field element index + 1,
// non-zero and different for every group) plus its weighted data, so a group in the wrong
// place fails even when its characters are right.
quint8 checkSymbol(int groupIndex, const quint8 *data)
{
    auto sum = quint8(groupIndex + 1);
    for (int i = 0; i < DataPerGroup; ++i)
        sum ^= gfMultiply(Weights[i], data[i]);
    return sum;
}

int symbolValue(QChar ch)
{
    char16_t c = ch.unicode();
    if (c >= u'a' && c <= u'z')
        c = char16_t(c - u'a' + u'A');
    // Crockford's reading of the letters it leaves out because they look like digits.
    if (c == u'O')
        return 0;
    if (c == u'I' || c == u'L')
        return 1;
    for (int value = 0; value < 32; ++value) {
        if (c == char16_t(Alphabet[value]))
            return value;
    }
    return -1;
}

bool isSeparator(QChar ch)
{
    // Dash punctuation covers the en and em dashes a word processor puts in when a code
    // is copied from a document.
    return ch.isSpace() || ch.category() == QChar::Punctuation_Dash;
}

// Symbol i holds bits [5i, 5i + 5) of the packed key and hash, most significant first.
quint8 readSymbol(const Packed &packed, int index)
{
    quint8 value = 0;
    for (int bit = index * 5; bit < index * 5 + 5; ++bit)
        value = quint8(value << 1 | ((packed[bit / 8] >> (7 - bit % 8)) & 1));
    return value;
}

void writeSymbol(Packed &packed, int index, quint8 value)
{
    for (int i = 0; i < 5; ++i) {
        const int bit = index * 5 + i;
        if (value & (0x10 >> i))
            packed[bit / 8] |= quint8(0x80 >> (bit % 8));
    }
}

// The first HashBits bits of a keyed BLAKE2b of the key, in the two bytes after the key.
void writeKeyHash(Packed &packed)
{
    std::array<unsigned char, crypto_generichash_BYTES_MIN> hash;
    crypto_generichash(hash.data(), hash.size(), packed.data(), KeyBytes,
        reinterpret_cast<const unsigned char *>(HashDomain), sizeof HashDomain - 1);
    packed[KeyBytes] = hash[0];
    packed[KeyBytes + 1] = hash[1] & HashMaskSecondByte;
    wipe(hash);
}

QString listOfGroups(const QList<int> &groups)
{
    QStringList numbers;
    for (int group : groups)
        numbers.append(QString::number(group));
    const QString last = numbers.takeLast();
    //: A list of recovery code group numbers: "3, 7 and 12".
    return SyncText::tr("%1 and %2").arg(numbers.join(u", "_s), last);
}

} // namespace

Result<QString> RecoveryCode::fromKey(QByteArrayView key)
{
    if (key.size() != KeyBytes) {
        return Error::make(Error::Code::Invalid,
            u"A sync key has %1 bytes; this one has %2."_s.arg(KeyBytes).arg(key.size()));
    }
    if (auto ready = detail::ensureSodium(); !ready.ok())
        return ready.error();

    Packed packed {};
    std::copy(key.begin(), key.end(), packed.begin());
    writeKeyHash(packed);

    QString code;
    code.reserve(Length + GroupCount - 1);
    std::array<quint8, DataPerGroup> data {};
    for (int group = 0; group < GroupCount; ++group) {
        if (group > 0)
            code.append(u'-');
        for (int i = 0; i < DataPerGroup; ++i) {
            data[i] = readSymbol(packed, group * DataPerGroup + i);
            code.append(QLatin1Char(Alphabet[data[i]]));
        }
        code.append(QLatin1Char(Alphabet[checkSymbol(group, data.data())]));
    }
    wipe(data);
    wipe(packed);
    return code;
}

bool RecoveryCode::isGroupValid(int groupIndex, QStringView group)
{
    if (groupIndex < 0 || groupIndex >= GroupCount)
        return false;
    std::array<quint8, GroupLength> symbols {};
    int count = 0;
    bool valid = true;
    for (QChar ch : group) {
        if (isSeparator(ch))
            continue;
        const int value = symbolValue(ch);
        if (value < 0 || count == GroupLength) {
            valid = false;
            break;
        }
        symbols[count++] = quint8(value);
    }
    valid = valid && count == GroupLength
        && checkSymbol(groupIndex, symbols.data()) == symbols[GroupLength - 1];
    wipe(symbols);
    return valid;
}

Result<QByteArray> RecoveryCode::toKey(QStringView code)
{
    if (auto ready = detail::ensureSodium(); !ready.ok())
        return ready.error();

    Symbols symbols {};
    qsizetype count = 0;
    // How the person split the code, so a missing or extra character can be pinned on a
    // group when they typed it in groups.
    QVarLengthArray<qsizetype, GroupCount + 2> tokenLengths;
    qsizetype tokenLength = 0;
    for (QChar ch : code) {
        if (isSeparator(ch)) {
            if (tokenLength > 0)
                tokenLengths.append(tokenLength);
            tokenLength = 0;
            continue;
        }
        const int value = symbolValue(ch);
        if (value < 0) {
            wipe(symbols);
            return Error::make(Error::Code::Invalid,
                SyncText::tr("Group %1 of the recovery code contains “%2”, which "
                             "recovery codes never use.")
                    .arg(count / GroupLength + 1)
                    .arg(ch));
        }
        if (count < Length)
            symbols[count] = quint8(value);
        ++count;
        ++tokenLength;
    }
    if (tokenLength > 0)
        tokenLengths.append(tokenLength);

    if (count != Length) {
        wipe(symbols);
        if (count == 0)
            return Error::make(Error::Code::Invalid, SyncText::tr("The recovery code is empty."));
        const auto fullGroups = std::count(tokenLengths.begin(), tokenLengths.end(), GroupLength);
        const bool typedInGroups = tokenLengths.size() > 1 && fullGroups * 2 >= tokenLengths.size();
        if (typedInGroups) {
            for (qsizetype i = 0; i < tokenLengths.size(); ++i) {
                if (tokenLengths[i] != GroupLength) {
                    return Error::make(Error::Code::Invalid,
                        SyncText::tr("Group %1 of the recovery code should have %2 characters, "
                                     "not %3.")
                            .arg(i + 1)
                            .arg(GroupLength)
                            .arg(tokenLengths[i]));
                }
            }
            return Error::make(Error::Code::Invalid,
                SyncText::tr("The recovery code should have %1 groups, not %2.")
                    .arg(GroupCount)
                    .arg(tokenLengths.size()));
        }
        return Error::make(Error::Code::Invalid,
            SyncText::tr("The recovery code should have %1 characters (%2 groups of %3), "
                         "not %4.")
                .arg(Length)
                .arg(GroupCount)
                .arg(GroupLength)
                .arg(count));
    }

    QList<int> typoGroups;
    for (int group = 0; group < GroupCount; ++group) {
        const quint8 *groupSymbols = symbols.data() + group * GroupLength;
        if (checkSymbol(group, groupSymbols) != groupSymbols[DataPerGroup])
            typoGroups.append(group + 1);
    }
    if (!typoGroups.isEmpty()) {
        wipe(symbols);
        if (typoGroups.size() == 1) {
            return Error::make(Error::Code::Invalid,
                SyncText::tr("The recovery code has a typo in group %1.").arg(typoGroups.front()));
        }
        return Error::make(Error::Code::Invalid,
            SyncText::tr("The recovery code has typos in groups %1.")
                .arg(listOfGroups(typoGroups)));
    }

    Packed packed {};
    for (int group = 0; group < GroupCount; ++group) {
        for (int i = 0; i < DataPerGroup; ++i)
            writeSymbol(packed, group * DataPerGroup + i, symbols[group * GroupLength + i]);
    }
    wipe(symbols);

    Packed expected {};
    std::copy_n(packed.begin(), KeyBytes, expected.begin());
    writeKeyHash(expected);
    const bool hashMatches
        = packed[KeyBytes] == expected[KeyBytes] && packed[KeyBytes + 1] == expected[KeyBytes + 1];
    wipe(expected);
    if (!hashMatches) {
        wipe(packed);
        return Error::make(Error::Code::Invalid,
            SyncText::tr("The recovery code has a typo the group checks could not place, "
                         "probably two in one group. Compare every group with your copy."));
    }

    QByteArray key(reinterpret_cast<const char *>(packed.data()), KeyBytes);
    wipe(packed);
    return key;
}

} // namespace circle
