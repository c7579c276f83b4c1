#include "storetestbase.h"

#include "homework/homeworkmodel.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

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
    EXPECT_FALSE(model.attachLatestJournalEntry(0)); // no journal yet
    ASSERT_TRUE(model.saveResponse(0, u"I said no to overtime. 🙂"_s));
    addJournal(Now - HourMs, "about saying no");
    ASSERT_TRUE(model.attachLatestJournalEntry(0));
    ASSERT_TRUE(model.setDone(1, true));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_FALSE(at(model, 1, HomeworkModel::OverdueRole).toBool());

    HomeworkModel reread(*m_store, m_clock);
    EXPECT_EQ(at(reread, 0, HomeworkModel::ResponseRole).toString(), u"I said no to overtime. 🙂"_s);
    EXPECT_TRUE(at(reread, 0, HomeworkModel::AttachedRole).toBool());
    EXPECT_TRUE(at(reread, 1, HomeworkModel::DoneRole).toBool());
    EXPECT_EQ(at(reread, 1, HomeworkModel::DueTextRole).toString(), u"Done"_s);
}
