// What the server must never keep or say: journal text, tokens, invite codes.
#include "clinicfixture.h"
#include "testbackend.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace circle::servertest;
using circle::v1::PushResult;

namespace {

QByteArray canary(const char *kind)
{
    return QByteArray(kind) + '-'
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

QStringList filesContaining(const QStringList &files, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &path : files) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

class PrivacyTest : public ClinicTest
{
};

TEST_F(PrivacyTest, JournalTextTokensAndCodesNeverReachLogsOrTheDatabase)
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const QByteArray journal = canary("JOURNAL-CANARY");
    const QByteArray sharedText = canary("SHARED-GOAL-CANARY");
    const QByteArray opaque = canary("OPAQUE-BYTES-CANARY");

    const Therapist t = addTherapist(u"Kim Sato"_s);
    const QString group = createGroup(t, u"Group"_s);
    const QString invite = adminInvite(group, u"Patient"_s);
    const QString inviteCode
        = QUrlQuery(invite.mid(invite.indexOf(u'?') + 1)).queryItemValue(u"code"_s);
    const Device phone = enroll(invite);

    // The phone seals the journal; a buggy phone that sends it in the clear is refused.
    auto leaked = sealedMutation(u"journal_entry"_s, newId(), hlcAt(t0), {});
    leaked.set_clear(("{" + journal + "}").toStdString());
    leaked.set_group_id(group.toStdString());
    // Sealed bytes are opaque to the server whatever they contain, and stay out of its logs.
    const auto sealedRaw = sealedMutation(u"journal_entry"_s, newId(), hlcAt(t0), opaque);
    const auto results = push(phone,
        { sealedMutation(u"journal_entry"_s, newId(), hlcAt(t0), opaqueSealed(journal)), leaked,
            sealedRaw, clearGoal(newId(), hlcAt(t0), group, QString::fromLatin1(sharedText)) });
    EXPECT_EQ(results.results(1).status(), PushResult::STATUS_REJECTED);
    EXPECT_EQ(results.results(2).status(), PushResult::STATUS_APPLIED);
    pullAll(secondDevice(phone)); // the pushing phone would not get its own writes back
    ASSERT_EQ(shared(t, group).size(), 1);

    QByteArray auditText;
    ASSERT_EQ(server().admin({ u"audit"_s }, &auditText)[u"exit"_s], u"0"_s);
    server().stop(); // flush everything to disk and to the pipes
    const QByteArray logs = server().output();
    ASSERT_FALSE(logs.isEmpty());

    for (const QByteArray &secret : { journal, sharedText, opaque, phone.token.toLatin1(),
             t.token.toLatin1(), inviteCode.toLatin1() }) {
        EXPECT_FALSE(logs.contains(secret)) << "server output contains " << secret.toStdString();
        EXPECT_FALSE(auditText.contains(secret)) << "audit log contains " << secret.toStdString();
    }
    const QStringList files = TestBackend::storageFiles(dataDir());
    ASSERT_FALSE(files.isEmpty());
    for (const QByteArray &secret :
        { journal, phone.token.toLatin1(), t.token.toLatin1(), inviteCode.toLatin1() })
        EXPECT_EQ(filesContaining(files, secret), QStringList()) << secret.toStdString();
    // Control: the check can see stored data (the shared goal is stored in the clear).
    EXPECT_FALSE(filesContaining(files, sharedText).isEmpty());
}

TEST_F(PrivacyTest, TheAuditLogNamesWhoTouchedWhichRecord)
{
    const Therapist t = addTherapist(u"Kim Sato"_s);
    const QString group = createGroup(t, u"Group"_s);
    const Device phone = newPatient(group, u"Patient"_s);
    const QString goalId = newId();
    push(phone, { clearGoal(goalId, hlcAt(10), group, u"Sleep by eleven"_s) });
    push(phone, { clearGoal(goalId, hlcAt(9), group, u"older"_s) });
    pullAll(secondDevice(phone)); // the pushing phone would not get its own writes back
    shared(t, group);
    int status = 0;
    shared(addTherapist(u"Someone else"_s), group, &status);
    EXPECT_EQ(status, 403);

    QByteArray auditText;
    ASSERT_EQ(server().admin({ u"audit"_s }, &auditText)[u"exit"_s], u"0"_s);
    const QString record = u"record=goal/"_s + goalId;
    const QString patient = u"patient="_s + phone.patientId;
    int push = 0, stale = 0, pull = 0, read = 0, denied = 0;
    for (const QByteArray &raw : auditText.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.contains(u" push "_s) && line.contains(record) && line.contains(patient)
            && line.endsWith(u"applied"_s))
            ++push;
        if (line.contains(u" push "_s) && line.contains(record) && line.endsWith(u"stale"_s))
            ++stale;
        if (line.contains(u" pull "_s) && line.contains(record))
            ++pull;
        if (line.contains(u"therapist:"_s + t.id) && line.contains(u" read_shared "_s)
            && line.contains(record))
            ++read;
        if (line.contains(u" read_shared "_s) && line.endsWith(u"denied"_s))
            ++denied;
    }
    EXPECT_EQ(push, 1) << auditText.toStdString();
    EXPECT_EQ(stale, 1);
    EXPECT_EQ(pull, 1);
    EXPECT_EQ(read, 1);
    EXPECT_EQ(denied, 1);
    EXPECT_FALSE(auditText.contains("Sleep by eleven"));
}

} // namespace
