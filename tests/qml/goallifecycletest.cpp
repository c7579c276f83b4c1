#include "storetestbase.h"

#include "appshell/appshell.h"
#include "goals/goaldetailmodel.h"
#include "goals/goallistmodel.h"
#include "goals/goalsharepreview.h"
#include "goals/goalunits.h"
#include "mutationcodec.h"
#include "outbox.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

// Keeping a goal up to date from its page: steps, status, deletion, corrections,
// the question before a value far above the target, and the chart by day.
class GoalLifecycleTest : public test::StoreTestBase
{
protected:
    void TearDown() override { QCoreApplication::removeTranslator(&m_english); }

    void SetUp() override
    {
        StoreTestBase::SetUp();
        // English plural forms ("2 check-ins") come from Circle's English translation, as in the
        // app.
        ASSERT_TRUE(AppShell::loadTranslation(m_english, u"en"_s));
        QCoreApplication::installTranslator(&m_english);
        m_goalId = qs(addGoal("Three meetings a week", v1::GOAL_STATUS_ACTIVE, 1, 2));
        ASSERT_FALSE(m_goalId.isEmpty());
        m_detail = std::make_unique<GoalDetailModel>(*m_store, m_clock);
        m_detail->setTimeZone(QTimeZone::utc());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_detail.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(m_detail->load(m_goalId));
    }

    v1::Goal stored() { return Repository<v1::Goal>(*m_store).get(m_goalId).value(); }
    qint64 queued() { return Outbox(*m_store).pendingCount().value(); }

    QString m_goalId;
    std::unique_ptr<GoalDetailModel> m_detail;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTranslator m_english;
};

} // namespace

TEST_F(GoalLifecycleTest, StepsAreTickedAndUntickedAndSynced)
{
    QSignalSpy changed(m_detail.get(), &GoalDetailModel::changed);
    EXPECT_EQ(m_detail->stepsDoneLabel(), u"1 of 2 steps done"_s);
    const qint64 before = queued();
    ASSERT_TRUE(m_detail->setStepDone(1, true));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(m_detail->steps().at(1).toMap()[u"done"_s].toBool());
    EXPECT_EQ(m_detail->stepsDoneLabel(), u"2 of 2 steps done"_s);
    EXPECT_TRUE(stored().steps(1).done());
    EXPECT_EQ(queued(), before + 1);

    ASSERT_TRUE(m_detail->setStepDone(0, false));
    EXPECT_FALSE(stored().steps(0).done());
    EXPECT_EQ(m_detail->stepsDoneLabel(), u"1 of 2 steps done"_s);

    EXPECT_FALSE(m_detail->setStepDone(7, true));
    EXPECT_FALSE(m_detail->errorMessage().isEmpty());
}

TEST_F(GoalLifecycleTest, ReachedPutAsideAndTakenUpAgain)
{
    GoalListModel list(*m_store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(m_detail->status(), GoalDetailModel::Status::Active);
    EXPECT_TRUE(m_detail->statusNote().isEmpty());

    ASSERT_TRUE(m_detail->markReached());
    EXPECT_EQ(m_detail->status(), GoalDetailModel::Status::Reached);
    EXPECT_EQ(stored().status(), v1::GOAL_STATUS_ACHIEVED);
    EXPECT_TRUE(m_detail->statusNote().contains(u"reached"_s))
        << m_detail->statusNote().toStdString();
    list.refresh();
    EXPECT_EQ(list.data(list.index(0), GoalListModel::StatusLabelRole).toString(), u"Reached"_s);
    EXPECT_TRUE(list.glance().isEmpty()) << "Today shows only goals still being worked on";

    ASSERT_TRUE(m_detail->takeUpAgain());
    EXPECT_EQ(stored().status(), v1::GOAL_STATUS_ACTIVE);
    ASSERT_TRUE(m_detail->putAside());
    EXPECT_EQ(m_detail->status(), GoalDetailModel::Status::PutAside);
    EXPECT_EQ(stored().status(), v1::GOAL_STATUS_PAUSED);
    list.refresh();
    EXPECT_EQ(list.data(list.index(0), GoalListModel::StatusLabelRole).toString(), u"Put aside"_s);
    ASSERT_TRUE(m_detail->takeUpAgain());
    EXPECT_EQ(m_detail->status(), GoalDetailModel::Status::Active);
    list.refresh();
    EXPECT_EQ(list.glance().size(), 1);
}

TEST_F(GoalLifecycleTest, DeletingTheGoalTakesItsCheckInsToo)
{
    ASSERT_TRUE(m_detail->addCheckIn(u"2"_s, u"a note"_s));
    QSignalSpy reset(m_detail.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_detail->removeGoal());
    EXPECT_GE(reset.count(), 1);
    EXPECT_FALSE(m_detail->loaded());
    EXPECT_EQ(m_detail->rowCount(), 0);
    EXPECT_EQ(Repository<v1::Goal>(*m_store).get(m_goalId).error().code, Error::Code::NotFound);
    EXPECT_EQ(Repository<v1::GoalCheckIn>(*m_store).count().value(), 0);
    GoalListModel list(*m_store);
    EXPECT_EQ(list.rowCount(), 0);
}

TEST_F(GoalLifecycleTest, AValueFarAboveTheTargetWaitsForTheAnswer)
{
    QSignalSpy errors(m_detail.get(), &GoalDetailModel::errorsChanged);
    EXPECT_FALSE(m_detail->addCheckIn(u"500"_s, u"typo?"_s));
    EXPECT_EQ(m_detail->confirmQuestion(),
        u"500 is far above your target of 3 meetings a week. Is that right? If you meant a "
        "smaller number, go back and change it."_s);
    EXPECT_GE(errors.count(), 1);
    EXPECT_TRUE(m_detail->valueError().isEmpty());
    EXPECT_EQ(m_detail->rowCount(), 0) << "nothing is stored before the patient answers";
    EXPECT_EQ(Repository<v1::GoalCheckIn>(*m_store).count().value(), 0);

    ASSERT_TRUE(m_detail->addCheckIn(u"500"_s, u"typo?"_s, true));
    EXPECT_TRUE(m_detail->confirmQuestion().isEmpty());
    EXPECT_EQ(m_detail->rowCount(), 1);

    // An ordinary good week is never questioned.
    ASSERT_TRUE(m_detail->addCheckIn(u"5"_s, {}));
    EXPECT_EQ(m_detail->rowCount(), 2);
}

TEST_F(GoalLifecycleTest, ACorrectionKeepsTheMomentAndCanBeRefused)
{
    ASSERT_TRUE(m_detail->addCheckIn(u"2"_s, u"first"_s));
    const auto at
        = [this](GoalDetailModel::Role role) { return m_detail->data(m_detail->index(0), role); };
    const QString id = at(GoalDetailModel::IdRole).toString();
    const QString when = at(GoalDetailModel::WhenLabelRole).toString();
    EXPECT_EQ(at(GoalDetailModel::ValueTextRole).toString(), u"2"_s);
    m_clock.advance(5 * HourMs);

    EXPECT_FALSE(m_detail->correctCheckIn(id, u"two"_s, {}));
    EXPECT_TRUE(m_detail->correctionError().contains(u"\"two\" is not a number"_s));
    EXPECT_FALSE(m_detail->correctCheckIn(id, u"300"_s, {}));
    EXPECT_FALSE(m_detail->confirmQuestion().isEmpty());
    EXPECT_EQ(at(GoalDetailModel::ValueRole).toDouble(), 2.0);

    ASSERT_TRUE(m_detail->correctCheckIn(id, u"3"_s, u"  fixed  "_s));
    ASSERT_EQ(m_detail->rowCount(), 1);
    EXPECT_EQ(at(GoalDetailModel::ValueRole).toDouble(), 3.0);
    EXPECT_EQ(at(GoalDetailModel::NoteRole).toString(), u"fixed"_s);
    EXPECT_EQ(at(GoalDetailModel::WhenLabelRole).toString(), when);
    EXPECT_NE(at(GoalDetailModel::IdRole).toString(), id);
    EXPECT_TRUE(m_detail->correctionError().isEmpty());

    ASSERT_TRUE(m_detail->removeCheckIn(at(GoalDetailModel::IdRole).toString()));
    EXPECT_EQ(m_detail->rowCount(), 0);
    EXPECT_EQ(m_detail->checkInCount(), 0);
}

TEST_F(GoalLifecycleTest, TwoCheckInsOnOneDayAreOnePointNotATrend)
{
    ASSERT_TRUE(m_detail->addCheckIn(u"1"_s, {}));
    m_clock.advance(2 * HourMs);
    ASSERT_TRUE(m_detail->addCheckIn(u"2"_s, {}));
    const QVariantList points = m_detail->chartPoints();
    ASSERT_EQ(points.size(), 1);
    EXPECT_DOUBLE_EQ(points[0].toMap()[u"x"_s].toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(points[0].toMap()[u"y"_s].toDouble(), 2.0 / 4.0); // the day's latest
    EXPECT_TRUE(m_detail->chartLastLabel().isEmpty());
    EXPECT_EQ(m_detail->chartSummary(),
        u"2 check-ins, all on 12 Mar. The latest is 2 meetings a week against a target of 3 "
        "meetings a week."_s);

    // The next day makes two points, at either end.
    m_clock.advance(DayMs);
    ASSERT_TRUE(m_detail->addCheckIn(u"3"_s, {}));
    ASSERT_EQ(m_detail->chartPoints().size(), 2);
    EXPECT_EQ(m_detail->chartLastLabel(), u"13 Mar"_s);
}

TEST_F(GoalLifecycleTest, OneOfAnOwnUnitReadsAgainstTheTarget)
{
    EXPECT_EQ(GoalUnits::amountAgainst(1, 5, u"walks a week"_s), u"1 of 5 walks a week"_s);
    EXPECT_EQ(GoalUnits::amountAgainst(2, 5, u"walks a week"_s), u"2 walks a week"_s);
    EXPECT_EQ(GoalUnits::amountAgainst(1, 3, u"meetings a week"_s), u"1 meeting a week"_s);
    EXPECT_EQ(GoalUnits::amountAgainst(1, 1, u"walk a day"_s), u"1 walk a day"_s);
}

TEST_F(GoalLifecycleTest, SharingWithoutAClinicSaysSoAndChangesNothing)
{
    GoalSharePreview preview(*m_store);
    ASSERT_TRUE(preview.load(m_goalId));
    EXPECT_FALSE(preview.clinicJoined());
    const qint64 before = queued();
    EXPECT_FALSE(preview.share());
    EXPECT_TRUE(preview.errorMessage().contains(u"not joined a clinic"_s))
        << preview.errorMessage().toStdString();
    EXPECT_FALSE(preview.shared());
    EXPECT_FALSE(stored().shared_with_therapist());
    EXPECT_EQ(queued(), before);
}

TEST_F(GoalLifecycleTest, ASharedGoalsChangesTravelInTheClear)
{
    ASSERT_TRUE(m_detail->addCheckIn(u"2"_s, u"went twice"_s));
    v1::Goal goal = stored();
    goal.set_shared_with_therapist(true);
    ASSERT_TRUE(Repository<v1::Goal>(*m_store).update(goal).ok());
    ASSERT_TRUE(m_detail->load(m_goalId));
    const Sealer sealer = Sealer::fromKey(Sealer::generateKey().value()).value();
    const MutationCodec codec(*m_store, sealer);
    // What the last n changes send: "type clear|sealed", oldest first.
    const auto lastSent = [&](size_t n) {
        const auto entries = Outbox(*m_store).peek(1000).value();
        QStringList sent;
        for (size_t i = entries.size() - n; i < entries.size(); ++i) {
            auto m = codec.encode(entries[i]);
            EXPECT_TRUE(m.ok());
            sent.append(entries[i].recordType
                + (entries[i].op == OutboxEntry::Op::Delete ? u" delete"_s
                        : m.ok() && m.value().has_clear()   ? u" clear"_s
                                                            : u" sealed"_s));
        }
        return sent;
    };

    ASSERT_TRUE(m_detail->setStepDone(1, true));
    EXPECT_EQ(lastSent(1), QStringList { u"goal clear"_s });
    ASSERT_TRUE(m_detail->markReached());
    EXPECT_EQ(lastSent(1), QStringList { u"goal clear"_s });
    const QString id = m_detail->data(m_detail->index(0), GoalDetailModel::IdRole).toString();
    ASSERT_TRUE(m_detail->correctCheckIn(id, u"3"_s, {}));
    EXPECT_EQ(lastSent(2), (QStringList { u"goal_check_in delete"_s, u"goal_check_in clear"_s }));
    ASSERT_TRUE(m_detail->removeGoal());
    EXPECT_EQ(lastSent(2), (QStringList { u"goal_check_in delete"_s, u"goal delete"_s }));
}
