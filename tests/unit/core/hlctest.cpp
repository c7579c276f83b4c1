#include "hlc.h"
#include "uuid.h"

#include "testutil.h"

#include <gtest/gtest.h>

#include <set>

using namespace circle;
using namespace Qt::StringLiterals;

TEST(Uuid, IsVersion7WithTimeInFront)
{
    const QString id = makeUuidV7(0x0123456789ABll);
    EXPECT_TRUE(isCanonicalUuid(id)) << id.toStdString();
    EXPECT_TRUE(id.startsWith(u"01234567-89ab-7"_s)) << id.toStdString();
    const QChar variant = id.at(19);
    EXPECT_TRUE(QStringView(u"89ab").contains(variant)) << id.toStdString();
}

TEST(Uuid, SortsByTimeAndNeverRepeats)
{
    std::set<QString> seen;
    QString previous;
    for (qint64 ms = 1000; ms < 1200; ++ms) {
        const QString id = makeUuidV7(ms);
        EXPECT_TRUE(seen.insert(id).second);
        EXPECT_LT(previous, id);
        previous = id;
    }
}

TEST(Uuid, RejectsNonCanonicalText)
{
    EXPECT_FALSE(isCanonicalUuid(u"not-a-uuid"_s));
    EXPECT_FALSE(isCanonicalUuid(u"01234567-89AB-7DEF-8123-456789ABCDEF"_s)); // upper case
    EXPECT_FALSE(isCanonicalUuid(QString()));
}

TEST(Hlc, TextFormRoundTripsAndSortsLikeStamps)
{
    const HlcStamp a { 1700000000000, 5, u"device-a"_s };
    const HlcStamp b { 1700000000000, 12, u"device-a"_s };
    const HlcStamp c { 1700000000001, 0, u"device-a"_s };
    const HlcStamp d { 1700000000001, 0, u"device-b"_s };
    for (const auto &s : { a, b, c, d }) {
        auto parsed = HlcStamp::parse(s.toString());
        ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
        EXPECT_EQ(parsed.value(), s);
    }
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_LT(c, d);
    EXPECT_LT(a.toString(), b.toString());
    EXPECT_LT(b.toString(), c.toString());
    EXPECT_LT(c.toString(), d.toString());
}

TEST(Hlc, ParseNamesTheProblem)
{
    auto r = HlcStamp::parse(u"yesterday"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"yesterday"_s));
}

TEST(Hlc, ParseTakesOnlyTheCanonicalText)
{
    // Each is a readable number to QString::toLongLong/toUInt in base 16, but not the text
    // toString() writes; accepting them would give one stamp several texts.
    const QString node = u".device-a"_s;
    for (const QString &text : { u"0x00000000ff.000000"_s + node, u"+00000000ff.000000"_s + node,
             u" 00000000ff.000000"_s + node, u"-00000000ff.000000"_s + node,
             u"0000000000FF.000000"_s + node, u"0000000000ff.0x0001"_s + node,
             u"0000000000ff.+00001"_s + node, u"0000000000ff. 00001"_s + node,
             u"0000000000ff.00000A"_s + node }) {
        auto r = HlcStamp::parse(text);
        EXPECT_FALSE(r.ok()) << text.toStdString();
    }
    auto r = HlcStamp::parse(u"0000000000ff.00000a"_s + node);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), (HlcStamp { 255, 10, u"device-a"_s }));
}

TEST(Hlc, NeverGoesBackwardsWhenTheWallClockDoes)
{
    ManualClock clock(5000);
    HybridLogicalClock hlc(clock, u"n"_s);
    const HlcStamp first = hlc.now();
    clock.set(4000); // the phone's clock was corrected backwards
    const HlcStamp second = hlc.now();
    const HlcStamp third = hlc.now();
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_EQ(second.wallMs, 5000);
    clock.set(6000);
    const HlcStamp fourth = hlc.now();
    EXPECT_EQ(fourth.wallMs, 6000);
    EXPECT_EQ(fourth.counter, 0u);
}

TEST(Hlc, OrdersLocalEventsAfterObservedRemoteOnes)
{
    ManualClock clock(1000);
    HybridLogicalClock hlc(clock, u"local"_s);
    const HlcStamp remote { 9000, 3, u"remote"_s }; // a device whose clock runs ahead
    hlc.observe(remote);
    const HlcStamp next = hlc.now();
    EXPECT_LT(remote, next);
    EXPECT_EQ(next.node, u"local"_s);
}
