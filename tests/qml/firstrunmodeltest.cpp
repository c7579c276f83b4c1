#include "storetestbase.h"

#include "firstrun/firstrunmodel.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace circle;
using namespace circle::test;

namespace {

class FirstRunModelTest : public StoreTestBase
{
protected:
    void tickAll(FirstRunModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            model.setAcknowledged(row, true);
    }

    /** Gives the fixture's group an agreement of its own, as the clinic would. */
    void setGroupAgreement(int version)
    {
        auto group = Repository<v1::Group>(*m_store).get(QString::fromStdString(m_groupId));
        ASSERT_TRUE(group.ok());
        v1::Group changed = group.value();
        changed.set_agreement_version(version);
        changed.set_agreement_text("We start on time and phones stay in bags.");
        changed.mutable_meta()->set_updated_ms(Now + version);
        ASSERT_TRUE(Repository<v1::Group>(*m_store).putFromClinic(changed).ok());
    }
};

TEST_F(FirstRunModelTest, AFreshStoreAsksForEveryPointOfTheAgreement)
{
    FirstRunModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(model.isNeeded());
    EXPECT_TRUE(model.isOpen());
    EXPECT_FALSE(model.isReturning());
    ASSERT_EQ(model.rowCount(), 7);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        keys << i.data(FirstRunModel::KeyRole).toString();
        EXPECT_FALSE(i.data(FirstRunModel::TitleRole).toString().isEmpty());
        EXPECT_FALSE(i.data(FirstRunModel::TextRole).toString().isEmpty());
        EXPECT_FALSE(i.data(FirstRunModel::AcknowledgedRole).toBool());
        EXPECT_FALSE(i.data(FirstRunModel::FromClinicRole).toBool());
    }
    EXPECT_EQ(keys,
        QStringList({ u"confidentiality"_s, u"pass"_s, u"respect"_s, u"safety"_s, u"sober"_s,
            u"attendance"_s, u"goodbye"_s }));
}

TEST_F(FirstRunModelTest, EachPointMustBeTickedBeforeAnythingIsStored)
{
    FirstRunModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int row = 0; row < 5; ++row)
        model.setAcknowledged(row, true);
    EXPECT_EQ(changed.count(), 5);
    EXPECT_EQ(model.acknowledgedCount(), 5);
    EXPECT_FALSE(model.acknowledge());
    EXPECT_TRUE(model.errorMessage().contains(u"2 left"_s)) << model.errorMessage().toStdString();
    EXPECT_EQ(m_store->setting(FirstRunModel::AcknowledgedVersionKey).value(), QString());
    EXPECT_FALSE(model.finish());
    EXPECT_TRUE(model.isOpen());
    EXPECT_EQ(model.firstOpenRow(), 5);
    // Unticking counts too, and the message keeps the count true as it changes.
    EXPECT_FALSE(model.acknowledge());
    model.setAcknowledged(0, false);
    EXPECT_EQ(model.acknowledgedCount(), 4);
    EXPECT_EQ(model.firstOpenRow(), 0);
    EXPECT_TRUE(model.errorMessage().contains(u"3 left"_s)) << model.errorMessage().toStdString();
    model.setAcknowledged(0, true);
    model.setAcknowledged(5, true);
    EXPECT_TRUE(model.errorMessage().contains(u"1 left"_s)) << model.errorMessage().toStdString();
    model.setAcknowledged(6, true);
    EXPECT_EQ(model.errorMessage(), QString());
    EXPECT_EQ(model.firstOpenRow(), -1);
}

TEST_F(FirstRunModelTest, TheAcknowledgementIsStoredWithVersionAndTime)
{
    {
        FirstRunModel model(*m_store);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        tickAll(model);
        EXPECT_TRUE(model.allAcknowledged());
        ASSERT_TRUE(model.acknowledge()) << model.errorMessage().toStdString();
        EXPECT_FALSE(model.isNeeded());
        // Still open: the passcode step follows.
        EXPECT_TRUE(model.isOpen());
        EXPECT_TRUE(model.finish());
        EXPECT_FALSE(model.isOpen());
    }
    EXPECT_EQ(m_store->setting(FirstRunModel::AcknowledgedVersionKey).value(),
        QString::number(FirstRunModel::AgreementVersion));
    EXPECT_EQ(m_store->setting(FirstRunModel::AcknowledgedAtKey).value(), QString::number(Now));

    // Reopened: straight to the pages.
    FirstRunModel again(*m_store);
    EXPECT_FALSE(again.isNeeded());
    EXPECT_FALSE(again.isOpen());
    EXPECT_EQ(again.rowCount(), 0);
}

TEST_F(FirstRunModelTest, AGroupsOwnAgreementIsAskedAgainWhenItsVersionChanges)
{
    setGroupAgreement(1);
    FirstRunModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 8);
    const QModelIndex last = model.index(7);
    EXPECT_TRUE(last.data(FirstRunModel::FromClinicRole).toBool());
    EXPECT_TRUE(last.data(FirstRunModel::TextRole).toString().contains(u"phones stay"_s));
    EXPECT_TRUE(
        last.data(FirstRunModel::TitleRole).toString().contains(u"Thursday skills group"_s));
    tickAll(model);
    ASSERT_TRUE(model.acknowledge()) << model.errorMessage().toStdString();
    ASSERT_TRUE(model.finish());

    auto acks
        = Repository<v1::AgreementAck>(*m_store).listByParent(QString::fromStdString(m_groupId));
    ASSERT_TRUE(acks.ok());
    ASSERT_EQ(acks.value().size(), 1u);
    EXPECT_EQ(acks.value()[0].agreement_version(), 1);
    EXPECT_EQ(acks.value()[0].acknowledged_ms(), Now);

    // The clinic changes the agreement: only that part is asked again.
    setGroupAgreement(2);
    m_clock.advance(DayMs);
    model.refresh();
    EXPECT_TRUE(model.isNeeded());
    EXPECT_TRUE(model.isOpen());
    EXPECT_TRUE(model.isReturning());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0).data(FirstRunModel::FromClinicRole).toBool());
    model.setAcknowledged(0, true);
    ASSERT_TRUE(model.acknowledge());
    ASSERT_TRUE(model.finish());
    acks = Repository<v1::AgreementAck>(*m_store).listByParent(QString::fromStdString(m_groupId));
    ASSERT_TRUE(acks.ok());
    ASSERT_EQ(acks.value().size(), 2u);
    FirstRunModel reopened(*m_store);
    EXPECT_FALSE(reopened.isNeeded());
}

} // namespace
