#include "storetestbase.h"

#include "homework/homeworkmodel.h"
#include "outbox.h"
#include "repository.h"
#include "sharing.h"
#include "syncaccount.h"
#include "validation.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class HomeworkModelTest : public test::StoreTestBase
{
protected:
    void addAssignment(const char *title, qint64 dueMs)
    {
        v1::HomeworkAssignment a;
        a.set_group_id(m_groupId);
        a.set_title(title);
        a.set_due_ms(dueMs);
        ASSERT_TRUE(Repository<v1::HomeworkAssignment>(*m_store).putFromClinic(a).ok());
    }

    static QVariant at(const HomeworkModel &m, int row, HomeworkModel::Role role)
    {
        return m.data(m.index(row), role);
    }
};

} // namespace

TEST_F(HomeworkModelTest, AnswersAttachmentsAndKindOverdue)
{
    addAssignment("Past one", Now - 2 * DayMs);
    addAssignment("Next one", Now + 3 * DayMs);
    HomeworkModel model(*m_store, m_clock);
    model.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.count(), 2);
    EXPECT_EQ(at(model, 0, HomeworkModel::TitleRole).toString(), u"Next one"_s);
    EXPECT_FALSE(at(model, 0, HomeworkModel::OverdueRole).toBool());
    EXPECT_EQ(at(model, 0, HomeworkModel::DueTextRole).toString(), u"Due Friday 15 March"_s);
    EXPECT_TRUE(at(model, 1, HomeworkModel::OverdueRole).toBool());
    EXPECT_TRUE(at(model, 1, HomeworkModel::DueTextRole).toString().contains(u"still counts"_s));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_FALSE(model.saveResponse(0, u"  "_s)); // nothing to store
    EXPECT_FALSE(model.errorMessage().isEmpty());
    model.openPicker(0);
    EXPECT_FALSE(model.attachChosen()); // no journal yet, nothing chosen
    EXPECT_FALSE(model.errorMessage().isEmpty());
    ASSERT_TRUE(model.saveResponse(0, u"I said no to overtime. 🙂"_s));
    addJournal(Now - HourMs, "about saying no");
    model.openPicker(0);
    model.choose(0);
    ASSERT_TRUE(model.attachChosen());
    ASSERT_TRUE(model.setDone(1, true));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_FALSE(at(model, 1, HomeworkModel::OverdueRole).toBool());

    HomeworkModel reread(*m_store, m_clock);
    EXPECT_EQ(
        at(reread, 0, HomeworkModel::ResponseRole).toString(), u"I said no to overtime. 🙂"_s);
    EXPECT_TRUE(at(reread, 0, HomeworkModel::AttachedRole).toBool());
    EXPECT_TRUE(at(reread, 1, HomeworkModel::DoneRole).toBool());
    EXPECT_EQ(at(reread, 1, HomeworkModel::DueTextRole).toString(), u"Done"_s);
}

// Each refusal names its own cause: nothing to store, too much text, or a full
// disk; the answer stored before stays as it was.
TEST_F(HomeworkModelTest, SaveFailuresSayWhy)
{
    addAssignment("Write to your younger self", Now + DayMs);
    HomeworkModel model(*m_store, m_clock);
    ASSERT_EQ(model.count(), 1);
    ASSERT_TRUE(model.saveResponse(0, u"Dear me,"_s));

    EXPECT_FALSE(model.saveResponse(0, u" \n "_s));
    EXPECT_EQ(model.errorMessage(), u"Write an answer, attach a journal entry, or mark it done."_s);
    EXPECT_FALSE(model.saveResponse(0, QString(MaxTextLength + 1, u'x')));
    EXPECT_EQ(model.errorMessage(),
        QString(
            u"An answer can have up to %1 characters; this one has %2. Shorten it to save it."_s)
            .arg(MaxTextLength)
            .arg(MaxTextLength + 1));

    // The store's files may not grow past their size now, as on a full disk.
    // SIGXFSZ would end the process; ignored, the write fails with EFBIG.
    qint64 largest = 0;
    for (QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        largest = std::max(largest, QFileInfo(it.next()).size());
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit limited = old;
    limited.rlim_cur = rlim_t(largest + 64 * 1024);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    bool refused = false;
    QString lastStored = u"Dear me,"_s;
    for (int i = 0; i < 20 && !refused; ++i) {
        const QString text(300'000, QChar(u'a' + i));
        refused = !model.saveResponse(0, text);
        if (!refused)
            lastStored = text;
    }
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &old), 0);
    std::signal(SIGXFSZ, oldHandler);
    ASSERT_TRUE(refused) << "the limit never bit";
    EXPECT_EQ(model.errorMessage(),
        u"Not saved: the phone is out of storage space. Free some space and try again."_s);

    HomeworkModel reread(*m_store, m_clock);
    EXPECT_EQ(at(reread, 0, HomeworkModel::ResponseRole).toString(), lastStored);
    ASSERT_TRUE(reread.saveResponse(0, u"Dear me, again"_s)); // room once more
}

// The picker lists every entry newest first, a page at a time, and attaches the
// one the patient chose, not merely the newest; it can be changed and removed.
TEST_F(HomeworkModelTest, PickerAttachesTheChosenEntry)
{
    addAssignment("Next one", Now + 3 * DayMs);
    for (int day = 1; day <= JournalListModel::PageSize + 5; ++day)
        addJournal(Now - day * DayMs, "Entry from day " + std::to_string(day));
    HomeworkModel model(*m_store, m_clock);
    model.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.journalEntries(), nullptr); // nothing read before the picker opens

    QSignalSpy picker(&model, &HomeworkModel::pickerChanged);
    model.openPicker(0);
    EXPECT_EQ(picker.count(), 1);
    EXPECT_EQ(model.pickerTitle(), u"Next one"_s);
    JournalListModel *journal = model.journalEntries();
    ASSERT_NE(journal, nullptr);
    EXPECT_EQ(journal->rowCount(), JournalListModel::PageSize); // lazily, one page
    EXPECT_TRUE(journal->canFetchMore({}));
    EXPECT_TRUE(model.chosenEntryId().isEmpty());

    model.choose(2);
    EXPECT_EQ(model.chosenExcerpt(), u"Entry from day 3"_s);
    EXPECT_EQ(model.chosenDay(), u"Saturday 9 March"_s);
    EXPECT_FALSE(at(model, 0, HomeworkModel::AttachedRole).toBool()); // not until confirmed
    model.choose(99); // out of range: the choice stands
    EXPECT_EQ(model.chosenExcerpt(), u"Entry from day 3"_s);
    ASSERT_TRUE(model.attachChosen());
    model.closePicker();
    EXPECT_EQ(model.pickerRow(), -1);
    EXPECT_TRUE(at(model, 0, HomeworkModel::AttachedRole).toBool());
    EXPECT_EQ(at(model, 0, HomeworkModel::AttachedExcerptRole).toString(), u"Entry from day 3"_s);
    EXPECT_EQ(at(model, 0, HomeworkModel::AttachedDayRole).toString(), u"Saturday 9 March"_s);

    // Reopening starts from the attached entry; an older one, further down, replaces it.
    model.openPicker(0);
    EXPECT_EQ(model.chosenExcerpt(), u"Entry from day 3"_s);
    journal->fetchMore({});
    ASSERT_EQ(journal->rowCount(), JournalListModel::PageSize + 5);
    // The tester reads every page as it checks, so it joins once paging has been seen.
    QAbstractItemModelTester journalTester(
        journal, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.choose(JournalListModel::PageSize + 4);
    ASSERT_TRUE(model.attachChosen());
    HomeworkModel reread(*m_store, m_clock);
    reread.setTimeZone(QTimeZone::utc());
    EXPECT_EQ(at(reread, 0, HomeworkModel::AttachedExcerptRole).toString(),
        u"Entry from day %1"_s.arg(JournalListModel::PageSize + 5));

    // Only the entry was the answer: removing it leaves no answer at all, and the entry stays.
    ASSERT_TRUE(reread.detachJournalEntry(0));
    EXPECT_FALSE(at(reread, 0, HomeworkModel::AttachedRole).toBool());
    EXPECT_TRUE(at(reread, 0, HomeworkModel::AttachedExcerptRole).toString().isEmpty());
    HomeworkModel again(*m_store, m_clock);
    EXPECT_FALSE(at(again, 0, HomeworkModel::AttachedRole).toBool());
    EXPECT_EQ(
        Repository<v1::JournalEntry>(*m_store).count().value(), JournalListModel::PageSize + 5);

    // With words written too, removing the entry keeps the words.
    ASSERT_TRUE(again.saveResponse(0, u"Some words"_s));
    again.openPicker(0);
    again.choose(0);
    ASSERT_TRUE(again.attachChosen());
    ASSERT_TRUE(again.detachJournalEntry(0));
    HomeworkModel last(*m_store, m_clock);
    EXPECT_FALSE(at(last, 0, HomeworkModel::AttachedRole).toBool());
    EXPECT_EQ(at(last, 0, HomeworkModel::ResponseRole).toString(), u"Some words"_s);
}

TEST_F(HomeworkModelTest, SharingShowsAPreviewFirstAndCanBeTakenBack)
{
    addAssignment("Next one", Now + 3 * DayMs);
    HomeworkModel model(*m_store, m_clock);
    model.setTimeZone(QTimeZone::utc());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(at(model, 0, HomeworkModel::SharedRole).toBool());
    EXPECT_TRUE(at(model, 0, HomeworkModel::AudienceRole).toString().startsWith(u"Private"_s));

    // Nothing written yet: there is nothing to preview.
    EXPECT_FALSE(model.openSharePreview(0, u""_s));
    EXPECT_EQ(model.previewRow(), -1);

    // The typed words are stored, and the preview shows the stored answer.
    QSignalSpy preview(&model, &HomeworkModel::previewChanged);
    ASSERT_TRUE(model.openSharePreview(0, u"  Said no to an extra shift. "_s));
    EXPECT_EQ(model.previewRow(), 0);
    EXPECT_GE(preview.size(), 1);
    EXPECT_EQ(model.previewTitle(), u"Next one"_s);
    EXPECT_EQ(model.previewAnswer(), u"Said no to an extra shift."_s);
    EXPECT_FALSE(model.previewDone());
    EXPECT_FALSE(model.previewAttached());
    EXPECT_EQ(model.previewAudience(), u"your therapists in Thursday skills group"_s);

    // Not linked to a clinic: sharing is refused and nothing is marked shared.
    EXPECT_FALSE(model.clinicLinked());
    EXPECT_FALSE(model.confirmShare());
    EXPECT_TRUE(model.errorMessage().contains(u"not linked"_s));
    EXPECT_FALSE(at(model, 0, HomeworkModel::SharedRole).toBool());
    auto stored = Repository<v1::HomeworkResponse>(*m_store).listByParent(
        at(model, 0, HomeworkModel::AssignmentIdRole).toString());
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored.value().size(), 1u);
    EXPECT_FALSE(stored.value().front().shared());
    EXPECT_FALSE(sharing::travelsInClear(stored.value().front()));

    // Linked: the same preview, confirmed, marks the stored answer shared, which
    // is what sync sends in the clear.
    SyncAccount account;
    account.serverUrl = QUrl(u"https://clinic.example"_s);
    account.pinSha256 = QByteArray(32, 'p');
    account.patientId = u"p1"_s;
    ASSERT_TRUE(account.save(*m_store).ok());
    model.refresh();
    EXPECT_TRUE(model.clinicLinked());
    ASSERT_TRUE(model.openSharePreview(0, u"Said no to an extra shift."_s));
    ASSERT_TRUE(model.confirmShare());
    EXPECT_EQ(model.previewRow(), -1);
    EXPECT_TRUE(model.errorMessage().isEmpty());
    EXPECT_TRUE(at(model, 0, HomeworkModel::SharedRole).toBool());
    EXPECT_EQ(at(model, 0, HomeworkModel::AudienceRole).toString(),
        u"Shared with your therapists in Thursday skills group. They see this answer as it is "
        "saved, until you stop sharing."_s);
    const QString responseType = QString::fromLatin1(RecordTraits<v1::HomeworkResponse>::typeName);
    auto queued = Outbox(*m_store).peek(1000);
    ASSERT_TRUE(queued.ok());
    ASSERT_FALSE(queued.value().empty());
    EXPECT_EQ(queued.value().back().recordType, responseType);
    EXPECT_TRUE(sharing::travelsInClear(*m_store, responseType, queued.value().back().payload));

    // Read back from the store, it is still shared; then taken back.
    model.refresh();
    EXPECT_TRUE(at(model, 0, HomeworkModel::SharedRole).toBool());
    ASSERT_TRUE(model.unshare(0));
    EXPECT_FALSE(at(model, 0, HomeworkModel::SharedRole).toBool());
    queued = Outbox(*m_store).peek(1000);
    ASSERT_TRUE(queued.ok());
    EXPECT_FALSE(sharing::travelsInClear(*m_store, responseType, queued.value().back().payload));
    model.refresh();
    EXPECT_FALSE(at(model, 0, HomeworkModel::SharedRole).toBool());
    EXPECT_EQ(
        at(model, 0, HomeworkModel::ResponseRole).toString(), u"Said no to an extra shift."_s);
}

TEST_F(HomeworkModelTest, TheNextDueDateIsNamedBeyondThisWeek)
{
    addAssignment("Done already", Now + 2 * DayMs);
    addAssignment("Later one", Now + 8 * DayMs);
    addAssignment("Missed one", Now - 2 * DayMs);
    HomeworkModel model(*m_store, m_clock);
    model.setTimeZone(QTimeZone::utc());
    ASSERT_TRUE(model.setDone(1, true)); // rows are latest due first
    EXPECT_EQ(model.nextDueText(), u"Next: Later one, due Wednesday 20 March"_s);
    ASSERT_TRUE(model.setDone(0, true));
    EXPECT_EQ(model.nextDueText(), QString());
}
