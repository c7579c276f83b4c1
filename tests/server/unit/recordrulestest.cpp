#include "recordrules.h"

#include "circle/v1/records.pb.h"
#include "circle/v1/sync.pb.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle::server;

namespace {

circle::v1::Mutation mutation(const char *type)
{
    circle::v1::Mutation m;
    m.set_mutation_id("0190a6f2-5c3e-7b4d-8e21-3f6a9d0c1b7e");
    m.set_record_type(type);
    m.set_record_id("0190a6f2-5c3e-7b4d-8e21-3f6a9d0c1b7f");
    m.set_hlc("0190a6f25c3e.000001.phone");
    return m;
}

} // namespace

TEST(RecordRules, PrivateTypesMustBeSealed)
{
    for (const char *type : { "journal_entry", "gratitude_entry", "mood_check_in", "safety_plan",
             "reminder_preferences", "agreement_ack" }) {
        auto m = mutation(type);
        m.set_sealed("\x01sealed");
        EXPECT_TRUE(checkMutation(m).isEmpty()) << type;
        m.set_clear("text");
        m.set_group_id("g");
        EXPECT_FALSE(checkMutation(m).isEmpty()) << type << " in the clear must be refused";
    }
}

TEST(RecordRules, ClinicTypesAreNeverAcceptedFromPhones)
{
    for (const char *type : { "group", "group_session", "homework_assignment" }) {
        auto m = mutation(type);
        m.set_sealed("x");
        EXPECT_TRUE(checkMutation(m).contains(u"clinic"_s)) << type;
    }
}

TEST(RecordRules, ClearBodiesMustBeTheirRecordInAGroup)
{
    auto m = mutation("goal");
    circle::v1::Goal goal;
    goal.mutable_meta()->set_id(m.record_id());
    goal.set_title("Walk daily");
    m.set_clear(goal.SerializeAsString());
    EXPECT_FALSE(checkMutation(m).isEmpty()) << "no group named";
    m.set_group_id("0190a6f2-5c3e-7b4d-8e21-3f6a9d0c1b70");
    EXPECT_TRUE(checkMutation(m).isEmpty());
    goal.mutable_meta()->set_id("another-record");
    m.set_clear(goal.SerializeAsString());
    EXPECT_FALSE(checkMutation(m).isEmpty()) << "meta.id must match";
    m.set_clear("\xff\xff");
    EXPECT_FALSE(checkMutation(m).isEmpty()) << "not a Goal";
}

TEST(RecordRules, RsvpsTravelInTheClear)
{
    auto m = mutation("rsvp");
    m.set_sealed("x");
    EXPECT_FALSE(checkMutation(m).isEmpty());
}

TEST(RecordRules, MalformedFieldsAreRefused)
{
    auto m = mutation("journal_entry");
    m.set_sealed("x");
    EXPECT_TRUE(checkMutation(m).isEmpty());
    auto noBody = mutation("journal_entry");
    EXPECT_FALSE(checkMutation(noBody).isEmpty());
    noBody.set_deleted(true);
    EXPECT_TRUE(checkMutation(noBody).isEmpty()) << "a tombstone may come without a body";
    for (const char *hlc : { "", "now", "0190a6f25c3e.00001.phone", "0190A6F25C3E.000001.phone",
             "0190a6f25c3e.000001." }) {
        auto bad = m;
        bad.set_hlc(hlc);
        EXPECT_FALSE(checkMutation(bad).isEmpty()) << hlc;
    }
    auto longId = m;
    longId.set_record_id(std::string(65, 'a'));
    EXPECT_FALSE(checkMutation(longId).isEmpty());
    auto oddId = m;
    oddId.set_record_id("a b");
    EXPECT_FALSE(checkMutation(oddId).isEmpty());
    auto noMutationId = m;
    noMutationId.set_mutation_id("");
    EXPECT_FALSE(checkMutation(noMutationId).isEmpty());
    auto unknown = m;
    unknown.set_record_type("diary");
    EXPECT_FALSE(checkMutation(unknown).isEmpty());
}

TEST(RecordRules, StampsCompareAsText)
{
    EXPECT_TRUE(isValidHlc(u"0190a6f25c3e.000001.phone-a"_s));
    EXPECT_LT(u"0190a6f25c3e.000001.a"_s, u"0190a6f25c3e.000002.a"_s);
    EXPECT_LT(u"0190a6f25c3e.ffffff.b"_s, u"0190a6f25c3f.000000.a"_s);
}
