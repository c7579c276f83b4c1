// What a phone or a therapist sends cannot invent lines in the audit output, the admin
// lists or the server log: it is checked on the way in, and escaped on the way out.
#include "clinicfixture.h"
#include "testbackend.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

// A newline that starts a made-up audit row, and a terminal escape that clears the screen.
const QString kForgedLine = u"\n2026-01-01T00:00:00Z admin revoke_device patient=- record=x/y ok"_s;
const QString kEscape = u"\x1b[2J\x1b[H"_s;

class ForgeryTest : public ClinicTest
{
protected:
    void SetUp() override
    {
        ClinicTest::SetUp();
        therapist = addTherapist(u"Ola Berg"_s);
        group = createGroup(therapist, u"Group"_s);
        phone = newPatient(group, u"Patient"_s);
    }

    static void expectCleanOutput(const QByteArray &text, const char *what)
    {
        EXPECT_FALSE(text.contains('\x1b')) << what << ": a terminal escape got through";
        EXPECT_FALSE(text.contains('\r')) << what;
        for (const QByteArray &line : text.split('\n'))
            EXPECT_FALSE(line.startsWith("2026-01-01T00:00:00Z admin"))
                << what << ": " << line.constData();
    }

    Therapist therapist;
    QString group;
    Device phone;
};

TEST_F(ForgeryTest, APushCannotWriteLinesIntoTheAuditOutput)
{
    QList<circle::v1::Mutation> mutations;
    circle::v1::Mutation badType
        = sealedMutation(u"journal_entry"_s, newId(), hlcAt(1), opaqueSealed("x"_ba));
    badType.set_record_type((u"goal"_s + kForgedLine + kEscape).toStdString());
    mutations.append(badType);
    circle::v1::Mutation badId
        = sealedMutation(u"journal_entry"_s, newId(), hlcAt(2), opaqueSealed("x"_ba));
    badId.set_record_id((u"id"_s + kForgedLine + kEscape).toStdString());
    mutations.append(badId);
    const circle::v1::PushResponse pushed = push(phone, mutations);
    ASSERT_EQ(pushed.results_size(), 2);
    for (const auto &result : pushed.results())
        EXPECT_EQ(result.status(), circle::v1::PushResult::STATUS_REJECTED);

    QByteArray audit;
    const auto run = server().admin({ u"audit"_s }, &audit);
    ASSERT_EQ(run.at(u"exit"_s), u"0"_s) << run.at(u"stderr"_s).toStdString();
    expectCleanOutput(audit, "admin audit");
    // Each row is one line of the documented shape.
    static const QRegularExpression row(
        u"^\\d{4}-\\d\\d-\\d\\dT\\S+ \\S+ \\S+ patient=\\S+ record=\\S+/\\S+ \\S+$"_s);
    int pushes = 0;
    for (const QByteArray &line : audit.trimmed().split('\n')) {
        EXPECT_TRUE(row.match(QString::fromUtf8(line)).hasMatch()) << line.constData();
        if (line.contains(" push ") && line.contains("record=invalid/")
            && line.endsWith("rejected"))
            ++pushes;
    }
    EXPECT_EQ(pushes, 1) << "the unknown type is recorded as invalid";
    EXPECT_TRUE(audit.contains("record=journal_entry/invalid rejected")) << "and the bad id";
    expectCleanOutput(server().output(), "server log");
}

TEST_F(ForgeryTest, AGroupNameWithANewlineIsRefused)
{
    circle::v1::CreateGroupRequest request;
    request.set_protocol_version(1);
    request.mutable_group()->set_name(
        (u"Tuesday\ngroup 0190aaaa-0000-7000-8000-000000000000 members=0 name=\"Forged\""_s)
            .toStdString());
    request.mutable_group()->set_time_zone("Europe/Oslo");
    EXPECT_EQ(api().call(u"/v1/therapist/groups"_s, request, nullptr, therapist.token), 400);
    request.mutable_group()->set_name((u"Tuesday"_s + kEscape).toStdString());
    EXPECT_EQ(api().call(u"/v1/therapist/groups"_s, request, nullptr, therapist.token), 400);

    const auto viaAdmin = server().admin({ u"create-group"_s, u"--therapist"_s, therapist.id,
        u"--name"_s, u"Tuesday\ngroup x members=0 name=\"Forged\""_s });
    EXPECT_NE(viaAdmin.at(u"exit"_s), u"0"_s);

    QByteArray list;
    server().admin({ u"list-groups"_s }, &list);
    EXPECT_EQ(list.count('\n'), 1) << list.constData();
    EXPECT_FALSE(list.contains("Forged"));
}

TEST_F(ForgeryTest, StoredTextIsEscapedOnTheWayOut)
{
    // Rows written before input was checked (or by hand) must still print one line each.
    const QString chr = TestBackend::isPostgres() ? u"chr"_s : u"char"_s;
    QString error;
    TestBackend::execute(server().database(),
        { u"UPDATE therapy_groups SET name = 'Tuesday' || %1(10) || 'group forged members=9' "
          "|| %1(27) || '[2J'"_s.arg(chr) },
        &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    QByteArray list;
    const auto run = server().admin({ u"list-groups"_s }, &list);
    ASSERT_EQ(run.at(u"exit"_s), u"0"_s);
    EXPECT_EQ(list.count('\n'), 1) << list.constData();
    EXPECT_TRUE(list.contains("name=\"Tuesday\\x0agroup forged members=9\\x1b[2J\""))
        << list.constData();
    EXPECT_FALSE(list.contains('\x1b'));
}

} // namespace
