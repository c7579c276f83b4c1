#include "corefixture.h"
#include "samples.h"

#include <QDirIterator>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

namespace {

// Every form in which a string could leak into a file.
QList<QByteArray> encodings(const QString &canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16le, utf16be;
    for (const QChar c : canary) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return { utf8, utf8.toHex(), utf8.toHex().toUpper(), utf8.toBase64(),
        utf8.toBase64(QByteArray::Base64UrlEncoding), utf16le, utf16be };
}

class Canary : public StoreTest
{
protected:
    QString canary(const char *where)
    {
        const QString c = u"canary%1%2"_s.arg(QString::fromLatin1(where)).arg(m_canaries.size());
        m_canaries << c;
        return c;
    }

    void writeThroughEveryRecordType()
    {
        auto g = repo<v1::Group>().putFromClinic(group(canary("group")));
        ASSERT_TRUE(g.ok());
        const QString groupId = qs(g.value().meta().id());
        auto s = repo<v1::GroupSession>().putFromClinic(
            session(groupId, canary("session"), TestNowMs));
        ASSERT_TRUE(s.ok());
        auto a = repo<v1::HomeworkAssignment>().putFromClinic(
            assignment(groupId, canary("assignment"), TestNowMs));
        ASSERT_TRUE(a.ok());
        ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(canary("journal"), TestNowMs)).ok());
        ASSERT_TRUE(
            repo<v1::GratitudeEntry>().create(gratitude(canary("gratitude"), TestNowMs)).ok());
        ASSERT_TRUE(repo<v1::MoodCheckIn>().create(mood(canary("mood"), 4, TestNowMs)).ok());
        auto goalRecord = repo<v1::Goal>().create(goal(canary("goal")));
        ASSERT_TRUE(goalRecord.ok());
        ASSERT_TRUE(repo<v1::GoalCheckIn>()
                        .create(goalCheckIn(
                            qs(goalRecord.value().meta().id()), canary("checkin"), 1, TestNowMs))
                        .ok());
        ASSERT_TRUE(repo<v1::Rsvp>().create(rsvp(qs(s.value().meta().id()), canary("rsvp"))).ok());
        ASSERT_TRUE(repo<v1::HomeworkResponse>()
                        .create(homeworkResponse(qs(a.value().meta().id()), canary("homework")))
                        .ok());
        ASSERT_TRUE(repo<v1::SafetyPlan>().create(safetyPlan(canary("safety"))).ok());
        // Text that was deleted must be gone as well, not just hidden.
        auto deleted = repo<v1::JournalEntry>().create(journal(canary("deleted"), TestNowMs));
        ASSERT_TRUE(deleted.ok());
        ASSERT_TRUE(repo<v1::JournalEntry>().remove(qs(deleted.value().meta().id())).ok());
    }

    void expectNoCanaryInDataDir()
    {
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readFile(path);
            ++files;
            for (const QString &c : m_canaries)
                for (const QByteArray &form : encodings(c))
                    EXPECT_FALSE(bytes.contains(form))
                        << c.toStdString() << " found in " << path.toStdString();
        }
        EXPECT_GE(files, 1);
    }

    QStringList m_canaries;
};

} // namespace

TEST_F(Canary, NothingWrittenAppearsInAnyFileOfTheDataFolder)
{
    writeThroughEveryRecordType();
    // While open, the write-ahead log holds recent pages: it must be encrypted too.
    expectNoCanaryInDataDir();
    closeStore();
    expectNoCanaryInDataDir();
}

TEST(CanarySelfCheck, WouldFindAPlaintextCanary)
{
    // The scanner itself must be able to fail: an unencrypted store shows the text.
    QTemporaryDir dir;
    StoreOptions o;
    o.dataDir = dir.path();
    o.unencryptedForBenchmark = true;
    auto s = Store::open(o);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(
        Repository<v1::JournalEntry>(*s.value()).create(journal(u"plaincanary"_s, TestNowMs)).ok());
    s.value().reset();
    const QByteArray bytes = readFile(dir.filePath(QString::fromLatin1(Store::DatabaseFileName)));
    EXPECT_TRUE(bytes.contains(QByteArrayLiteral("plaincanary")));
}
