#include "storetestbase.h"

#include "schedule/schedulemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class ScheduleModelTest : public test::StoreTestBase
{
protected:
    std::unique_ptr<ScheduleModel> makeModel()
    {
        auto model = std::make_unique<ScheduleModel>(*m_store, m_clock);
        model->setTimeZone(QTimeZone::utc());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return model;
    }

    static QVariant at(const ScheduleModel &model, int row, ScheduleModel::Role role)
    {
        return model.data(model.index(row), role);
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(ScheduleModelTest, ListsWhatIsAheadSoonestFirstCancelledIncluded)
{
    addSession(Now - 2 * DayMs, v1::SESSION_STATUS_SCHEDULED, "Over");
    addSession(Now + 9 * DayMs, v1::SESSION_STATUS_MOVED, "Moved one");
    addSession(Now + 2 * DayMs + 8 * HourMs, v1::SESSION_STATUS_CANCELLED, "Off this week");
    addSession(Now - HourMs, v1::SESSION_STATUS_SCHEDULED, "Running", "", "https://v.example/r");
    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 3);

    EXPECT_EQ(at(*model, 0, ScheduleModel::TitleRole).toString(), u"Running"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::WhenRole).toString(), u"Now, until 10:30"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::PlaceRole).toString(), u"Online"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::StatusLabelRole).toString(), QString());

    EXPECT_EQ(at(*model, 1, ScheduleModel::TitleRole).toString(), u"Off this week"_s);
    EXPECT_EQ(at(*model, 1, ScheduleModel::WhenRole).toString(), u"Thursday, 18:00 – 19:30"_s);
    EXPECT_TRUE(at(*model, 1, ScheduleModel::CancelledRole).toBool());
    EXPECT_EQ(at(*model, 1, ScheduleModel::StatusLabelRole).toString(), u"Cancelled"_s);
    EXPECT_EQ(at(*model, 1, ScheduleModel::StatusRole).value<ScheduleModel::Status>(),
        ScheduleModel::Status::Cancelled);

    EXPECT_EQ(at(*model, 2, ScheduleModel::StatusLabelRole).toString(), u"New time"_s);
    EXPECT_EQ(
        at(*model, 2, ScheduleModel::WhenRole).toString(), u"Thursday 21 March, 10:00 – 11:30"_s);
    EXPECT_EQ(at(*model, 2, ScheduleModel::GroupNameRole).toString(), u"Thursday skills group"_s);
    EXPECT_EQ(at(*model, 2, ScheduleModel::StartRole).toDateTime(),
        QDateTime::fromMSecsSinceEpoch(Now + 9 * DayMs, QTimeZone::utc()));
}

TEST_F(ScheduleModelTest, RefreshDropsSessionsThatHaveEnded)
{
    addSession(Now + HourMs, v1::SESSION_STATUS_SCHEDULED, "Soon");
    addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Later");
    auto model = makeModel();
    QSignalSpy countSpy(model.get(), &ScheduleModel::countChanged);
    QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
    EXPECT_EQ(model->count(), 2);
    m_clock.advance(3 * HourMs);
    model->refresh();
    EXPECT_EQ(model->count(), 1);
    EXPECT_EQ(countSpy.count(), 1);
    EXPECT_EQ(resetSpy.count(), 1);
    EXPECT_EQ(at(*model, 0, ScheduleModel::TitleRole).toString(), u"Later"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::WhenRole).toString(), u"Tomorrow, 10:00 – 11:30"_s);
}

TEST_F(ScheduleModelTest, EmptyScheduleIsEmptyNotAnError)
{
    auto model = makeModel();
    EXPECT_EQ(model->count(), 0);
    EXPECT_TRUE(model->errorMessage().isEmpty());
}
