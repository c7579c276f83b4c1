#include "recoverycode.h"
#include "sealer.h"

#include "testutil.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using circle::Error;
using circle::RecoveryCode;
using circle::Sealer;

namespace {

const QString Alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;

// Made by make_vectors.py from testKey('k'), so the format on patients' paper is pinned.
const QString KnownCode
    = u"05NT-PPT0-VBDP-DNPM-PTVG-BDDZ-NPP5-TVBK-DDNG-PPT8-VBDY-DNPW-PTVR-BDDQ-NPPD-TVBB-DFZM-AKQ5"_s;

QString codeFor(const QByteArray &key)
{
    auto code = RecoveryCode::fromKey(key);
    EXPECT_TRUE(code.ok()) << code.error().message.toStdString();
    return code.ok() ? code.value() : QString();
}

QByteArray randomKey()
{
    auto key = Sealer::generateKey();
    EXPECT_TRUE(key.ok());
    return key.value();
}

QString errorFor(const QString &code)
{
    auto key = RecoveryCode::toKey(code);
    if (key.ok())
        return u"<accepted>"_s;
    EXPECT_EQ(key.error().code, Error::Code::Invalid);
    return key.error().message;
}

// Index into the code string of character `position` (0..3) of group `group` (0..17).
qsizetype indexOf(int group, int position)
{
    return group * (RecoveryCode::GroupLength + 1) + position;
}

} // namespace

TEST(RecoveryCode, MatchesTheKnownAnswer)
{
    EXPECT_EQ(codeFor(circle::test::testKey('k')), KnownCode);
    EXPECT_EQ(codeFor(QByteArray(32, '\0')),
        u"0001-0002-0003-0004-0005-0006-0007-0008-0009-000A-000B-000C-000D-000E-000F-000G-000H-7DJZ"_s);
    EXPECT_EQ(codeFor(QByteArray(32, '\xff')),
        u"ZZZA-ZZZ9-ZZZ8-ZZZF-ZZZE-ZZZD-ZZZC-ZZZ3-ZZZ2-ZZZ1-ZZZ0-ZZZ7-ZZZ6-ZZZ5-ZZZ4-ZZZV-ZZZT-W161"_s);
}

TEST(RecoveryCode, KeyFromCodeEqualsTheOriginal)
{
    const QByteArray fixed = circle::test::testKey('k');
    EXPECT_EQ(RecoveryCode::toKey(KnownCode).value(), fixed);
    for (int i = 0; i < 200; ++i) {
        const QByteArray key = randomKey();
        auto back = RecoveryCode::toKey(codeFor(key));
        ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
        EXPECT_EQ(back.value(), key);
    }
}

TEST(RecoveryCode, IsEighteenGroupsOfFourWithoutAmbiguousLetters)
{
    static const QRegularExpression shape(u"^([0-9A-HJKMNP-TV-Z]{4}-){17}[0-9A-HJKMNP-TV-Z]{4}$"_s);
    for (int i = 0; i < 500; ++i) {
        const QString code = codeFor(randomKey());
        EXPECT_TRUE(shape.match(code).hasMatch()) << code.toStdString();
        for (QChar letter : { u'I', u'L', u'O', u'U' })
            ASSERT_FALSE(code.contains(letter)) << code.toStdString();
    }
}

TEST(RecoveryCode, ReadsTheWayCrockfordIntends)
{
    const QByteArray key = circle::test::testKey('k');
    const QString spaced = QString(KnownCode).replace(u'-', u' ');
    EXPECT_EQ(RecoveryCode::toKey(KnownCode.toLower()).value(), key);
    EXPECT_EQ(RecoveryCode::toKey(spaced).value(), key);
    EXPECT_EQ(RecoveryCode::toKey(QString(KnownCode).remove(u'-')).value(), key);
    EXPECT_EQ(
        RecoveryCode::toKey(u"  "_s + QString(KnownCode).replace(u'-', u'\n') + u"\n"_s).value(),
        key);
    EXPECT_EQ(RecoveryCode::toKey(QString(KnownCode).replace(u'-', u'\u2013')).value(), key);
    // Grouped differently from how it was printed is still the same code.
    EXPECT_EQ(RecoveryCode::toKey(QString(KnownCode).remove(u'-').insert(10, u' ')).value(), key);

    // The known code has both a 0 and a 1 to misread.
    ASSERT_TRUE(KnownCode.contains(u'0'));
    const QString asLetters = QString(KnownCode).replace(u'0', u'O');
    EXPECT_EQ(RecoveryCode::toKey(asLetters).value(), key);
    EXPECT_EQ(RecoveryCode::toKey(asLetters.toLower()).value(), key);

    const QString withOne = codeFor(QByteArray(32, '\xff'));
    ASSERT_TRUE(withOne.contains(u'1'));
    for (QChar one : { u'I', u'i', u'L', u'l' })
        EXPECT_EQ(RecoveryCode::toKey(QString(withOne).replace(u'1', one)).value(),
            QByteArray(32, '\xff'));
}

TEST(RecoveryCode, EveryWrongCharacterIsReportedInItsGroup)
{
    for (int group = 0; group < RecoveryCode::GroupCount; ++group) {
        for (int position = 0; position < RecoveryCode::GroupLength; ++position) {
            const qsizetype at = indexOf(group, position);
            for (QChar wrong : Alphabet) {
                if (wrong == KnownCode[at])
                    continue;
                QString typo = KnownCode;
                typo[at] = wrong;
                ASSERT_EQ(
                    errorFor(typo), u"The recovery code has a typo in group %1."_s.arg(group + 1))
                    << typo.toStdString();
            }
        }
    }
}

TEST(RecoveryCode, SwappedNeighboursAreReportedInTheirGroup)
{
    int swaps = 0;
    for (int group = 0; group < RecoveryCode::GroupCount; ++group) {
        for (int position = 0; position + 1 < RecoveryCode::GroupLength; ++position) {
            const qsizetype at = indexOf(group, position);
            if (KnownCode[at] == KnownCode[at + 1])
                continue;
            QString typo = KnownCode;
            std::swap(typo[at], typo[at + 1]);
            EXPECT_EQ(errorFor(typo), u"The recovery code has a typo in group %1."_s.arg(group + 1))
                << typo.toStdString();
            ++swaps;
        }
    }
    EXPECT_GT(swaps, 20);
}

TEST(RecoveryCode, GroupsOutOfPlaceAreCaught)
{
    QStringList groups = KnownCode.split(u'-');
    groups.swapItemsAt(4, 5);
    EXPECT_EQ(errorFor(groups.join(u'-')), u"The recovery code has typos in groups 5 and 6."_s);

    groups = KnownCode.split(u'-');
    groups[9] = groups[8]; // the same group written twice, one left out
    EXPECT_EQ(errorFor(groups.join(u'-')), u"The recovery code has a typo in group 10."_s);
}

TEST(RecoveryCode, SeveralTyposAreListed)
{
    QString typo = KnownCode;
    typo[indexOf(2, 1)] = typo[indexOf(2, 1)] == u'X' ? u'Y' : u'X';
    typo[indexOf(6, 3)] = typo[indexOf(6, 3)] == u'X' ? u'Y' : u'X';
    typo[indexOf(11, 0)] = typo[indexOf(11, 0)] == u'X' ? u'Y' : u'X';
    EXPECT_EQ(errorFor(typo), u"The recovery code has typos in groups 3, 7 and 12."_s);
}

TEST(RecoveryCode, TwoTyposInOneGroupAreCaughtByTheKeyCheck)
{
    // Find a pair of changes in group 1 that its own check cannot see; the key hash must.
    const QString group = KnownCode.left(RecoveryCode::GroupLength);
    int found = 0;
    for (QChar first : Alphabet) {
        for (QChar second : Alphabet) {
            QString changed = group;
            changed[0] = first;
            changed[1] = second;
            if (changed == group || !RecoveryCode::isGroupValid(0, changed))
                continue;
            const QString typo = changed + KnownCode.mid(RecoveryCode::GroupLength);
            const QString message = errorFor(typo);
            EXPECT_TRUE(message.contains(u"could not place"_s)) << typo.toStdString();
            ++found;
        }
    }
    // Each first character has exactly one second character that balances the check.
    EXPECT_EQ(found, 31);
}

TEST(RecoveryCode, GroupsCanBeCheckedAsTheyAreTyped)
{
    const QStringList groups = KnownCode.split(u'-');
    ASSERT_EQ(groups.size(), RecoveryCode::GroupCount);
    for (int i = 0; i < RecoveryCode::GroupCount; ++i) {
        EXPECT_TRUE(RecoveryCode::isGroupValid(i, groups[i])) << i;
        EXPECT_TRUE(RecoveryCode::isGroupValid(i, groups[i].toLower())) << i;
        // Right characters in the wrong place are not a valid group.
        EXPECT_FALSE(RecoveryCode::isGroupValid((i + 1) % RecoveryCode::GroupCount, groups[i]))
            << i;
    }
    EXPECT_FALSE(RecoveryCode::isGroupValid(0, groups[0].left(3)));
    EXPECT_FALSE(RecoveryCode::isGroupValid(0, groups[0] + u'0'));
    EXPECT_FALSE(RecoveryCode::isGroupValid(-1, groups[0]));
    EXPECT_FALSE(RecoveryCode::isGroupValid(RecoveryCode::GroupCount, groups[0]));
}

TEST(RecoveryCode, ReportsCharactersThatNoCodeUses)
{
    QString typo = KnownCode;
    typo[indexOf(4, 2)] = u'U';
    EXPECT_EQ(errorFor(typo),
        u"Group 5 of the recovery code contains \u201cU\u201d, which recovery codes never use."_s);
    typo = KnownCode;
    typo[indexOf(0, 0)] = u'?';
    EXPECT_TRUE(
        errorFor(typo).startsWith(u"Group 1 of the recovery code contains \u201c?\u201d"_s));
}

TEST(RecoveryCode, ReportsWhereACharacterOrGroupIsMissing)
{
    QString shortGroup = KnownCode;
    shortGroup.remove(indexOf(7, 2), 1);
    EXPECT_EQ(
        errorFor(shortGroup), u"Group 8 of the recovery code should have 4 characters, not 3."_s);

    QString longGroup = KnownCode;
    longGroup.insert(indexOf(12, 0), u'7');
    EXPECT_EQ(
        errorFor(longGroup), u"Group 13 of the recovery code should have 4 characters, not 5."_s);

    QStringList groups = KnownCode.split(u'-');
    groups.removeAt(3);
    EXPECT_EQ(errorFor(groups.join(u' ')), u"The recovery code should have 18 groups, not 17."_s);

    EXPECT_EQ(errorFor(QString(KnownCode).remove(u'-').chopped(1)),
        u"The recovery code should have 72 characters (18 groups of 4), not 71."_s);
    EXPECT_EQ(errorFor(u""_s), u"The recovery code is empty."_s);
    EXPECT_EQ(errorFor(u" - - "_s), u"The recovery code is empty."_s);
}

TEST(RecoveryCode, RejectsKeysOfTheWrongSize)
{
    for (qsizetype size : { 0, 31, 33 }) {
        auto code = RecoveryCode::fromKey(QByteArray(size, 'k'));
        ASSERT_FALSE(code.ok());
        EXPECT_EQ(code.error().code, Error::Code::Invalid);
    }
}

TEST(RecoveryCode, RestoresSealedRecordsOnANewPhone)
{
    const QByteArray key = randomKey();
    const QByteArray ad
        = Sealer::associatedData("safety_plan", "0190a6f2-0000-7000-8000-000000000001");
    auto oldPhone = Sealer::fromKey(key);
    ASSERT_TRUE(oldPhone.ok());
    const QByteArray sealed = oldPhone.value().seal("Call Dana, then walk to the park."_ba, ad);
    const QString written = codeFor(key);

    auto restoredKey = RecoveryCode::toKey(written.toLower().replace(u'-', u' '));
    ASSERT_TRUE(restoredKey.ok()) << restoredKey.error().message.toStdString();
    auto newPhone = Sealer::fromKey(restoredKey.value());
    ASSERT_TRUE(newPhone.ok());
    auto opened = newPhone.value().open(sealed, ad);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value(), "Call Dana, then walk to the park."_ba);
}
