// Password hashing (Argon2id through libsodium) and the strength rule.
#include "passwords.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
namespace passwords = circle::portal::passwords;

TEST(Passwords, HashesWithArgon2idAndVerifies)
{
    const QString hash = passwords::hash(u"Seven brisk otters paddle home"_s);
    EXPECT_TRUE(hash.startsWith(u"$argon2id$"_s)) << hash.toStdString();
    EXPECT_FALSE(hash.contains(u"otters"_s));
    EXPECT_TRUE(passwords::verify(hash, u"Seven brisk otters paddle home"_s));
    EXPECT_FALSE(passwords::verify(hash, u"seven brisk otters paddle home"_s));
    EXPECT_FALSE(passwords::verify(hash, {}));
    EXPECT_FALSE(passwords::verify({}, u"Seven brisk otters paddle home"_s));
    // Salted: the same password hashes differently each time.
    EXPECT_NE(passwords::hash(u"Seven brisk otters paddle home"_s), hash);
}

TEST(Passwords, RefusesShortCommonAndSimplePasswords)
{
    for (const QString &weak : { u"short pass"_s, u"password1234"_s, u"Password123!"_s,
             u"qwertyuiop12"_s, u"aaaaaaaaaaaaaaa"_s, u"123456789012"_s, u"abcdefghijklmn"_s,
             u"passwordpassword"_s, u"121212121212"_s, u"therapist2024!"_s }) {
        EXPECT_TRUE(passwords::weakness(weak).has_value()) << weak.toStdString();
    }
    EXPECT_TRUE(passwords::weakness(u"ana.lopez is me!"_s, u"ana.lopez"_s).has_value());
    EXPECT_TRUE(passwords::weakness(QString(300, u'x')).has_value());
    for (const QString &fine :
        { u"Seven brisk otters paddle home"_s, u"tangerine-harbor-42"_s, u"kF8#pq2Lz!vR"_s })
        EXPECT_FALSE(passwords::weakness(fine).has_value()) << fine.toStdString();
    EXPECT_EQ(passwords::weakness(u"short"_s).value(), u"Use at least 12 characters."_s);
}
