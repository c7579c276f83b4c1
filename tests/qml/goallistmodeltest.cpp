#include "storetestbase.h"

#include "goals/goallistmodel.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class GoalListModelTest : public test::StoreTestBase
{
protected:
    // The tester fetches every page while it checks the model, so tests of
    // paging itself attach it only at the end (attachTester = false).
    std::unique_ptr<GoalListModel> makeModel(bool attachTester = true)
    {
        auto model = std::make_unique<GoalListModel>(*m_store);
        if (attachTester)
            attach(model.get());
        return model;
    }

    void attach(QAbstractItemModel *model)
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    static QVariant at(const GoalListModel &model, int row, GoalListModel::Role role)
    {
        return model.data(model.index(row), role);
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(GoalListModelTest, ShowsTargetStepsAndStatus)
{
    addGoal("Walk every day", v1::GOAL_STATUS_ACHIEVED, 3, 3);
    m_clock.advance(1000); // goals sort by creation time, newest first
    addGoal("Three meetings a week", v1::GOAL_STATUS_ACTIVE, 1, 4);
    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(at(*model, 0, GoalListModel::TitleRole).toString(), u"Three meetings a week"_s);
    EXPECT_EQ(at(*model, 0, GoalListModel::TargetRole).toString(), u"Target: 3 meetings a week"_s);
    EXPECT_EQ(at(*model, 0, GoalListModel::DueRole).toString(), u"By 30 April 2024"_s);
    EXPECT_EQ(at(*model, 0, GoalListModel::StepsDoneRole).toInt(), 1);
    EXPECT_EQ(at(*model, 0, GoalListModel::StepsTotalRole).toInt(), 4);
    EXPECT_EQ(at(*model, 0, GoalListModel::StatusLabelRole).toString(), u"Active"_s);
    EXPECT_FALSE(at(*model, 0, GoalListModel::SharedRole).toBool());
    EXPECT_EQ(at(*model, 1, GoalListModel::StatusRole).value<GoalListModel::Status>(),
        GoalListModel::Status::Achieved);
    EXPECT_EQ(at(*model, 1, GoalListModel::StatusLabelRole).toString(), u"Reached"_s);
}

TEST_F(GoalListModelTest, FetchesPageByPage)
{
    const int total = GoalListModel::PageSize + 3;
    for (int i = 0; i < total; ++i) {
        addGoal("goal " + std::to_string(i), v1::GOAL_STATUS_ACTIVE, 0, 0);
        m_clock.advance(1);
    }
    auto model = makeModel(false);
    QSignalSpy countSpy(model.get(), &GoalListModel::countChanged);
    EXPECT_EQ(model->rowCount(), GoalListModel::PageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), total);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(countSpy.count(), 1);
    EXPECT_EQ(
        at(*model, 0, GoalListModel::TitleRole).toString(), QString(u"goal %1"_s).arg(total - 1));
    attach(model.get());
}

TEST_F(GoalListModelTest, ATargetOfOneReadsInTheSingular)
{
    v1::Goal g;
    g.set_title("Call my sponsor");
    g.set_target_value(1);
    g.set_unit("times a week");
    g.set_start_date("2024-03-01");
    g.set_due_date("2024-04-30");
    g.set_status(v1::GOAL_STATUS_ACTIVE);
    auto goal = Repository<v1::Goal>(*m_store).create(g);
    ASSERT_TRUE(goal.ok()) << goal.error().message.toStdString();
    v1::GoalCheckIn c;
    c.set_goal_id(goal.value().meta().id());
    c.set_at_ms(m_clock.nowMs());
    c.set_value(1);
    auto checkIn = Repository<v1::GoalCheckIn>(*m_store).create(c);
    ASSERT_TRUE(checkIn.ok()) << checkIn.error().message.toStdString();

    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(at(*model, 0, GoalListModel::TargetRole).toString(), u"Target: 1 time a week"_s);
    EXPECT_EQ(at(*model, 0, GoalListModel::ProgressLabelRole).toString(),
        u"Latest: 1 of 1 time a week"_s);
}
