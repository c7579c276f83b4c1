#include "passcode.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

TEST(Passcode, HashMatchesOnlyItsOwnPasscode)
{
    const auto first = passcode::hash(u"2468"_s);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    // The hash is Argon2id with its own random salt, never the passcode itself.
    EXPECT_TRUE(first.value().startsWith("$argon2id$"));
    EXPECT_FALSE(first.value().contains("2468"));
    const auto second = passcode::hash(u"2468"_s);
    ASSERT_TRUE(second);
    EXPECT_NE(first.value(), second.value());

    EXPECT_TRUE(passcode::matches(first.value(), u"2468"_s).value());
    EXPECT_TRUE(passcode::matches(second.value(), u"2468"_s).value());
    EXPECT_FALSE(passcode::matches(first.value(), u"2469"_s).value());
    EXPECT_FALSE(passcode::matches(first.value(), QString()).value());
    EXPECT_FALSE(passcode::matches(QByteArray(), u"2468"_s).value());
    EXPECT_FALSE(passcode::matches("not a hash", u"2468"_s).value());

    // Letters beyond ASCII are hashed as UTF-8, the same on every phone.
    const auto emoji = passcode::hash(u"ñandú🔒"_s);
    ASSERT_TRUE(emoji);
    EXPECT_TRUE(passcode::matches(emoji.value(), u"ñandú🔒"_s).value());
    EXPECT_FALSE(passcode::matches(emoji.value(), u"nandu🔒"_s).value());
}
