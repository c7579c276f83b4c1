// The compact ids and stamps of protocol 2: exact both ways, and only for canonical text.
#include "wireform.h"

#include <gtest/gtest.h>

using namespace circle;

TEST(WireForm, CanonicalUuidsPackToSixteenBytesAndBack)
{
    const std::string id = "0190f3a2-7b1c-7d4e-9f00-1a2b3c4d5e6f";
    const std::string packed = wire::packUuid(id);
    ASSERT_EQ(packed.size(), 16u);
    EXPECT_EQ(static_cast<unsigned char>(packed[0]), 0x01);
    EXPECT_EQ(static_cast<unsigned char>(packed[15]), 0x6f);
    EXPECT_EQ(wire::unpackUuid(packed), id);
}

TEST(WireForm, OtherTextStaysText)
{
    EXPECT_TRUE(wire::packUuid("0190F3A2-7B1C-7D4E-9F00-1A2B3C4D5E6F").empty()) << "upper case";
    EXPECT_TRUE(wire::packUuid("0190f3a27b1c7d4e9f001a2b3c4d5e6f").empty()) << "no hyphens";
    EXPECT_TRUE(wire::packUuid("0190f3a2-7b1c-7d4e-9f00-1a2b3c4d5e6g").empty());
    EXPECT_TRUE(wire::packUuid("safety-plan").empty());
    EXPECT_TRUE(wire::unpackUuid(std::string(15, '\0')).empty());
    EXPECT_TRUE(wire::packHlc("00018f3a2b1c.000001.phone-a").empty()) << "node not a UUID";
    EXPECT_TRUE(wire::packHlc("yesterday").empty());
    EXPECT_TRUE(wire::unpackHlc(std::string(24, '\0')).empty());
}

TEST(WireForm, StampsPackTo25BytesKeepingTheirOrder)
{
    const std::string node = "0190f3a2-7b1c-7d4e-9f00-1a2b3c4d5e6f";
    const std::string early = "00018f3a2b1c.0000ff." + node;
    const std::string later = "00018f3a2b1c.000100." + node;
    const std::string latest = "00018f3a2b1d.000000." + node;
    const std::string p1 = wire::packHlc(early), p2 = wire::packHlc(later),
                      p3 = wire::packHlc(latest);
    ASSERT_EQ(p1.size(), 25u);
    EXPECT_EQ(wire::unpackHlc(p1), early);
    EXPECT_EQ(wire::unpackHlc(p3), latest);
    EXPECT_LT(p1, p2);
    EXPECT_LT(p2, p3);
}

TEST(WireForm, CompactAndExpandRoundTripAndRefuseBadLengths)
{
    circle::v1::Mutation m;
    m.set_mutation_id("0190f3a2-7b1c-7d4e-9f00-000000000001");
    m.set_record_id("safety-plan");
    m.set_hlc("00018f3a2b1c.000001.0190f3a2-7b1c-7d4e-9f00-1a2b3c4d5e6f");
    m.set_record_type("safety_plan");
    const circle::v1::Mutation original = m;
    wire::compact(m);
    EXPECT_TRUE(m.mutation_id().empty());
    EXPECT_EQ(m.record_id(), "safety-plan") << "not a UUID: stays text";
    EXPECT_EQ(wire::mutationIdOf(m), original.mutation_id());
    ASSERT_TRUE(wire::expand(m));
    EXPECT_EQ(m.SerializeAsString(), original.SerializeAsString());

    circle::v1::Mutation bad = original;
    wire::compact(bad);
    bad.set_hlc_packed(std::string(7, '\1'));
    const circle::v1::Mutation asSent = bad;
    EXPECT_FALSE(wire::expand(bad));
    EXPECT_EQ(bad.SerializeAsString(), asSent.SerializeAsString()) << "left as it came";
    circle::v1::Mutation both = original;
    both.set_record_uuid(std::string(16, '\2'));
    both.set_record_id("0190f3a2-7b1c-7d4e-9f00-000000000002");
    EXPECT_FALSE(wire::expand(both)) << "an id in both forms is ambiguous";
}
