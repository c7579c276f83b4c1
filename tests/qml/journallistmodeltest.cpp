#include "storetestbase.h"

#include "journal/journallistmodel.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class JournalListModelTest : public test::StoreTestBase
{
protected:
    // The tester fetches every page while it checks the model, so tests of
    // paging itself attach it only at the end (attachTester = false).
    std::unique_ptr<JournalListModel> makeModel(bool attachTester = true)
    {
        auto model = std::make_unique<JournalListModel>(*m_store, m_clock);
        model->setTimeZone(QTimeZone::utc());
        if (attachTester)
            attach(model.get());
        return model;
    }

    void attach(QAbstractItemModel *model)
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    static QVariant at(const JournalListModel &model, int row, JournalListModel::Role role)
    {
        return model.data(model.index(row), role);
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(JournalListModelTest, EmptyJournalHasNothingToFetch)
{
    auto model = makeModel();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->count(), 0);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_TRUE(model->errorMessage().isEmpty());
}

TEST_F(JournalListModelTest, NewestFirstWithDayLabelsTopicAndMood)
{
    addJournal(Now - 30 * DayMs, "older", "boundaries", 4);
    addJournal(Now - DayMs - 2 * HourMs, "yesterday");
    addJournal(Now - HourMs, "today", "", 8);
    addJournal(Now - 400 * DayMs, "last year");
    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(at(*model, 0, JournalListModel::ExcerptRole).toString(), u"today"_s);
    EXPECT_EQ(at(*model, 0, JournalListModel::DayLabelRole).toString(), u"Today, 09:00"_s);
    EXPECT_EQ(at(*model, 0, JournalListModel::MoodRole).toInt(), 8);
    EXPECT_EQ(at(*model, 1, JournalListModel::DayLabelRole).toString(), u"Yesterday, 08:00"_s);
    EXPECT_EQ(at(*model, 1, JournalListModel::MoodRole).toInt(), -1);
    EXPECT_EQ(at(*model, 2, JournalListModel::DayLabelRole).toString(), u"Sunday 11 February"_s);
    EXPECT_EQ(at(*model, 2, JournalListModel::TopicRole).toString(), u"Boundaries"_s);
    EXPECT_EQ(at(*model, 3, JournalListModel::DayLabelRole).toString(), u"6 February 2023"_s);
    EXPECT_EQ(at(*model, 0, JournalListModel::WrittenAtRole).toDateTime(),
        QDateTime::fromMSecsSinceEpoch(Now - HourMs, QTimeZone::utc()));
    EXPECT_FALSE(at(*model, 0, JournalListModel::IdRole).toString().isEmpty());
}

TEST_F(JournalListModelTest, LongEntriesAreCutAtAWord)
{
    std::string text = "First line\n\nthen";
    while (text.size() < 400)
        text += " word";
    addJournal(Now - HourMs, text);
    auto model = makeModel();
    const QString excerpt = at(*model, 0, JournalListModel::ExcerptRole).toString();
    EXPECT_LE(excerpt.size(), JournalListModel::ExcerptLength + 1);
    EXPECT_TRUE(excerpt.startsWith(u"First line then word"_s)) << excerpt.toStdString();
    EXPECT_TRUE(excerpt.endsWith(u"word…"_s)) << excerpt.toStdString();
}

TEST_F(JournalListModelTest, FetchesPageByPage)
{
    const int total = 2 * JournalListModel::PageSize + 5;
    for (int i = 0; i < total; ++i)
        addJournal(Now - (i + 1) * HourMs, "entry " + std::to_string(i));
    auto model = makeModel(false);
    QSignalSpy countSpy(model.get(), &JournalListModel::countChanged);
    QSignalSpy insertSpy(model.get(), &QAbstractItemModel::rowsInserted);
    EXPECT_EQ(model->rowCount(), JournalListModel::PageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * JournalListModel::PageSize);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), total);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(countSpy.count(), 2);
    EXPECT_EQ(insertSpy.count(), 2);
    // Pages join without gaps or repeats, newest first throughout.
    for (int i = 0; i < total; ++i)
        EXPECT_EQ(
            at(*model, i, JournalListModel::ExcerptRole).toString(), QString(u"entry %1"_s).arg(i));
    attach(model.get());
}

TEST_F(JournalListModelTest, RefreshShowsNewEntriesFirst)
{
    addJournal(Now - DayMs, "old");
    auto model = makeModel();
    QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy countSpy(model.get(), &JournalListModel::countChanged);
    addJournal(Now, "new");
    model->refresh();
    EXPECT_EQ(resetSpy.count(), 1);
    EXPECT_EQ(countSpy.count(), 1);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(at(*model, 0, JournalListModel::ExcerptRole).toString(), u"new"_s);
}

TEST_F(JournalListModelTest, SearchListsMatchesWithTheWordsBold)
{
    addJournal(Now - 3 * HourMs, "A calm walk by the river <b>");
    addJournal(Now - 2 * HourMs, "Nothing to see here");
    addJournal(Now - HourMs, "Another walk, this time in the rain");
    auto model = makeModel();
    QSignalSpy querySpy(model.get(), &JournalListModel::queryChanged);
    QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
    model->setQuery(u"walk"_s);
    EXPECT_EQ(querySpy.count(), 1);
    EXPECT_EQ(resetSpy.count(), 1);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_FALSE(model->canFetchMore({}));
    const QString match = at(*model, 1, JournalListModel::MatchRole).toString();
    EXPECT_TRUE(match.contains(u"<b>walk</b>"_s)) << match.toStdString();
    // The entry's own markup-like text is shown as text, never as markup.
    EXPECT_TRUE(match.contains(u"&lt;b&gt;"_s)) << match.toStdString();
    EXPECT_FALSE(at(*model, 0, JournalListModel::ExcerptRole).toString().contains(u'['));
    model->setQuery(u"   "_s);
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(at(*model, 0, JournalListModel::MatchRole).toString().isEmpty());
}

// A search lists at most MaxMatches entries, newest first, and says when more
// were left out; exactly MaxMatches is a whole answer, not a cut one.
TEST_F(JournalListModelTest, SearchSaysWhenMatchesWereLeftOut)
{
    const int cap = JournalListModel::MaxMatches;
    for (int i = 0; i < cap; ++i)
        addJournal(Now - (i + 1) * HourMs, "a harbour walk " + std::to_string(i));
    addJournal(Now - (cap + 1) * HourMs, "a quiet evening");
    auto model = makeModel(false);
    QSignalSpy cappedSpy(model.get(), &JournalListModel::matchesCappedChanged);

    model->setQuery(u"harbour"_s);
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), cap);
    EXPECT_FALSE(model->matchesCapped());
    EXPECT_EQ(cappedSpy.count(), 0);

    // One more match, older than the rest: the newest MaxMatches are listed.
    addJournal(Now - (cap + 2) * HourMs, "the oldest harbour walk");
    model->refresh();
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), cap);
    EXPECT_TRUE(model->matchesCapped());
    EXPECT_EQ(cappedSpy.count(), 1);
    EXPECT_EQ(at(*model, 0, JournalListModel::ExcerptRole).toString(), u"a harbour walk 0"_s);
    EXPECT_EQ(at(*model, cap - 1, JournalListModel::ExcerptRole).toString(),
        QString(u"a harbour walk %1"_s).arg(cap - 1));

    // A narrower search, or none, is whole again.
    model->setQuery(u"harbour oldest"_s);
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->matchesCapped());
    attach(model.get());
}

TEST_F(JournalListModelTest, ConflictCopiesAreMarked)
{
    v1::JournalEntry original;
    original.set_text("original");
    original.set_written_ms(Now - 2 * HourMs);
    auto stored = Repository<v1::JournalEntry>(*m_store).create(original);
    ASSERT_TRUE(stored.ok());
    v1::JournalEntry copy;
    copy.set_text("edited on the other phone");
    copy.set_written_ms(Now - HourMs);
    copy.set_conflict_of(stored.value().meta().id());
    ASSERT_TRUE(Repository<v1::JournalEntry>(*m_store).create(copy).ok());
    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(at(*model, 0, JournalListModel::ConflictCopyRole).toBool());
    EXPECT_FALSE(at(*model, 1, JournalListModel::ConflictCopyRole).toBool());
}
