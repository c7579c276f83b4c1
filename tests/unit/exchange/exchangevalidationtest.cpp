// What import refuses, and that a refused file changes nothing at all.
#include "exchangefixture.h"

#include "uuid.h"

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

namespace {

/** Import into B must fail; B (records, outbox, export) must be as it was. */
class RefusedImport : public ExchangeTest
{
protected:
    void SetUp() override
    {
        ExchangeTest::SetUp();
        // B is not empty: a refused import must leave existing data alone too.
        created(b(), journal(u"Already here"_s, TestNowMs));
        m_before = snapshot();
        m_outboxBefore = outboxCount(b());
    }

    // B's export without the moment it was made: tests move the clock.
    QByteArray snapshot()
    {
        auto doc = parse(exportOf(b()));
        doc.clear_exported_ms();
        return render(doc);
    }

    Error refused(const QByteArray &json)
    {
        auto r = DataExchange(b()).importJson(json);
        EXPECT_FALSE(r.ok());
        EXPECT_EQ(snapshot(), m_before) << "a refused import changed the store";
        EXPECT_EQ(outboxCount(b()), m_outboxBefore);
        return r.ok() ? Error {} : r.error();
    }

    QByteArray m_before;
    qint64 m_outboxBefore = 0;
};

} // namespace

TEST_F(RefusedImport, MalformedJsonNamesTheParserProblem)
{
    const Error e = refused("{ \"format_version\": 1, \"journal_entries\": [ ");
    EXPECT_EQ(e.code, Error::Code::Invalid);
    EXPECT_TRUE(e.message.startsWith(u"The file is not valid Circle export JSON: "_s))
        << e.message.toStdString();
    EXPECT_GT(e.message.size(), 45) << "the parser's own reason should follow";
    EXPECT_FALSE(e.message.contains(u'\n'));
}

TEST_F(RefusedImport, TheParsersExcerptOfTheFileIsNotRepeated)
{
    // The parser quotes the text around a syntax error; that may be private.
    const Error e
        = refused(R"({"format_version": 1, "journal_entries": [{"text": "my secret" "x"}]})");
    EXPECT_FALSE(e.message.contains(u"secret"_s)) << e.message.toStdString();
}

TEST_F(RefusedImport, AHalfWrittenExportIsRejected)
{
    fillEveryType();
    const QByteArray full = exportOf(a());
    const Error e = refused(full.left(full.size() / 2));
    EXPECT_EQ(e.code, Error::Code::Invalid);
}

TEST_F(RefusedImport, EmptyInputAndNonObjectsAreRejected)
{
    EXPECT_EQ(refused("").code, Error::Code::Invalid);
    EXPECT_EQ(refused("[1, 2, 3]").code, Error::Code::Invalid);
}

TEST_F(RefusedImport, AMisspeltFieldIsAnErrorNotSilentlyDropped)
{
    const Error e = refused(R"({"format_version": 1, "journal_entrys": []})");
    EXPECT_EQ(e.code, Error::Code::Invalid);
    EXPECT_TRUE(e.message.contains(u"journal_entrys"_s)) << e.message.toStdString();
}

TEST_F(RefusedImport, ANewerFormatVersionIsNamed)
{
    const Error e = refused(R"({"format_version": 7})");
    EXPECT_EQ(e.code, Error::Code::UnsupportedVersion);
    EXPECT_EQ(
        e.message, u"This file is format version 7; this version of Circle reads version 1."_s);
}

TEST_F(RefusedImport, ANewerFormatWithUnknownFieldsStillReportsItsVersion)
{
    const Error e = refused(R"({"format_version": 2, "journal_entries": [], "voice_notes": []})");
    EXPECT_EQ(e.code, Error::Code::UnsupportedVersion);
    EXPECT_TRUE(e.message.contains(u"format version 2"_s)) << e.message.toStdString();
}

TEST_F(RefusedImport, AMissingFormatVersionIsNamed)
{
    const Error e = refused(R"({"journal_entries": []})");
    EXPECT_EQ(e.code, Error::Code::UnsupportedVersion);
    EXPECT_TRUE(e.message.contains(u"no format_version"_s)) << e.message.toStdString();
}

TEST_F(RefusedImport, OneInvalidRecordAmongValidOnesAppliesNothing)
{
    fillEveryType();
    v1::ExportDocument doc = parse(exportOf(a()));
    ASSERT_GE(doc.journal_entries_size(), 2);
    // The last entry is a valid, live one; blank it out.
    int victim = -1;
    for (int i = 0; i < doc.journal_entries_size(); ++i)
        if (!doc.journal_entries(i).meta().deleted())
            victim = i;
    doc.mutable_journal_entries(victim)->set_text("   ");

    const Error e = refused(render(doc));
    EXPECT_EQ(e.code, Error::Code::Invalid);
    EXPECT_EQ(e.message,
        u"journal_entries[%1]: journal_entry: the entry is empty; write something before saving"_s
            .arg(victim));
}

TEST_F(RefusedImport, AnInvalidRecordLateInTheFileStillAppliesNothing)
{
    fillEveryType();
    v1::ExportDocument doc = parse(exportOf(a()));
    // Agreement acknowledgements are the last list applied.
    ASSERT_EQ(doc.agreement_acks_size(), 1);
    doc.mutable_agreement_acks(0)->set_agreement_version(0);
    const Error e = refused(render(doc));
    EXPECT_TRUE(e.message.startsWith(u"agreement_acks[0]: agreement_ack: "_s))
        << e.message.toStdString();
}

TEST_F(RefusedImport, BrokenBookkeepingIsNamed)
{
    fillEveryType();
    v1::ExportDocument doc = parse(exportOf(a()));
    doc.mutable_goals(0)->mutable_meta()->set_id("not-a-uuid");
    EXPECT_TRUE(refused(render(doc)).message.startsWith(u"goals[0]: goal: the id"_s));

    doc = parse(exportOf(a()));
    doc.mutable_mood_check_ins(0)->mutable_meta()->set_hlc("yesterday");
    EXPECT_TRUE(refused(render(doc)).message.startsWith(u"mood_check_ins[0]: mood_check_in: "_s));
}

TEST_F(RefusedImport, ACheckInWhoseGoalIsNowhereIsRejected)
{
    fillEveryType();
    v1::ExportDocument doc = parse(exportOf(a()));
    doc.mutable_goal_check_ins(0)->set_goal_id(utf8(makeUuidV7(TestNowMs)));
    const Error e = refused(render(doc));
    EXPECT_EQ(e.message,
        u"goal_check_ins[0]: goal_check_in: the goal it belongs to is neither in the file nor in the store"_s);
}

TEST_F(RefusedImport, AnIdTwiceInOneListIsRejected)
{
    fillEveryType();
    v1::ExportDocument doc = parse(exportOf(a()));
    *doc.add_safety_plans() = doc.safety_plans(0);
    const Error e = refused(render(doc));
    EXPECT_TRUE(e.message.startsWith(u"safety_plans[1]: safety_plan: the id "_s))
        << e.message.toStdString();
    EXPECT_TRUE(e.message.endsWith(u"appears more than once"_s));
}

TEST_F(ExchangeTest, AChildMayPointAtAParentAlreadyInTheStore)
{
    // A goal exported earlier, its check-in in a later, partial file.
    const auto g = created(a(), goal(u"Walk daily"_s));
    ASSERT_TRUE(DataExchange(b()).importJson(exportOf(a())).ok());
    created(a(), goalCheckIn(qs(g.meta().id()), u"one"_s, 1, TestNowMs));
    v1::ExportDocument doc = parse(exportOf(a()));
    doc.clear_goals();
    auto summary = DataExchange(b()).importJson(render(doc));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().inserted, 1);
}
