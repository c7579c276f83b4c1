#include "storetestbase.h"

#include "safety/safetyplanmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

using SafetyPlanModelTest = test::StoreTestBase;

QVariant at(const SafetyPlanModel &model, int row, SafetyPlanModel::Role role)
{
    return model.data(model.index(row), role);
}

} // namespace

TEST_F(SafetyPlanModelTest, CrisisLinesAreThereBeforeAnyPlan)
{
    SafetyPlanModel model(*m_store);
    model.setCountry(u"US"_s); // the lines these tests name
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(at(model, 0, SafetyPlanModel::CallUrlRole).toString(), QString(u"tel:988"_s));
    EXPECT_EQ(at(model, 0, SafetyPlanModel::TextUrlRole).toString(), QString(u"sms:988"_s));
    EXPECT_EQ(at(model, 1, SafetyPlanModel::CallUrlRole).toString(), QString(u"tel:18006624357"_s));
    EXPECT_FALSE(at(model, 1, SafetyPlanModel::EditableRole).toBool());
    EXPECT_TRUE(model.warningSigns().isEmpty());
}

TEST_F(SafetyPlanModelTest, ContactsAndWrittenPlanAreStored)
{
    SafetyPlanModel model(*m_store);
    model.setCountry(u"US"_s); // the lines these tests name
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy planSpy(&model, &SafetyPlanModel::planChanged);
    EXPECT_FALSE(model.addContact(u"person"_s, u" "_s, QString()));
    EXPECT_FALSE(model.errorMessage().isEmpty());
    EXPECT_FALSE(model.addContact(u"person"_s, u"Sam"_s, u"call me"_s));
    ASSERT_TRUE(model.addContact(u"person"_s, u"Sam"_s, u"+44 20 7946 0000"_s));
    ASSERT_TRUE(model.addContact(u"professional"_s, u"Dr Lee"_s, u"555-0100"_s, u"weekdays"_s));
    ASSERT_TRUE(model.save(u"No sleep\n\n  Isolating  "_s, u"Walk"_s, u"My dog"_s, QString()));
    EXPECT_GE(planSpy.count(), 3);

    SafetyPlanModel reread(*m_store);
    reread.setCountry(u"US"_s); // the lines these tests name
    ASSERT_EQ(reread.rowCount(), 4);
    EXPECT_EQ(at(reread, 2, SafetyPlanModel::NameRole).toString(), u"Sam"_s);
    EXPECT_EQ(
        at(reread, 2, SafetyPlanModel::CallUrlRole).toString(), QString(u"tel:+442079460000"_s));
    EXPECT_EQ(at(reread, 3, SafetyPlanModel::KindRole).toString(), u"professional"_s);
    EXPECT_EQ(at(reread, 3, SafetyPlanModel::NoteRole).toString(), u"weekdays"_s);
    EXPECT_EQ(reread.warningSigns(), u"No sleep\nIsolating"_s);
    EXPECT_EQ(reread.reasonsToLive(), u"My dog"_s);

    EXPECT_FALSE(reread.removeContact(0)); // a crisis line stays
    ASSERT_TRUE(reread.removeContact(2));
    ASSERT_EQ(reread.rowCount(), 3);
    EXPECT_EQ(at(reread, 2, SafetyPlanModel::NameRole).toString(), u"Dr Lee"_s);
    EXPECT_EQ(reread.warningSigns(), u"No sleep\nIsolating"_s);
}

// Pasted text too long for a field is named, with its limit, and the plan as
// stored before stays as it was.
TEST_F(SafetyPlanModelTest, TooLongTextIsNamedAndThePlanStaysAsItWas)
{
    SafetyPlanModel model(*m_store);
    model.setCountry(u"US"_s); // the lines these tests name
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.addContact(u"person"_s, u"Sam"_s, u"555-0101"_s));
    ASSERT_TRUE(model.save(u"No sleep"_s, u"Walk"_s, u"My dog"_s, QString()));
    const QString huge(100'000, u'x');

    EXPECT_FALSE(model.addContact(u"person"_s, huge, u"555-0102"_s));
    EXPECT_EQ(model.errorMessage(),
        u"The name can have up to 200 characters; this one has 100000. Shorten it to save it."_s);
    EXPECT_FALSE(model.addContact(u"person"_s, u"Ana"_s, u"555 "_s + huge.left(60)));
    EXPECT_TRUE(
        model.errorMessage().startsWith(u"The phone number can have up to 50 characters"_s));
    EXPECT_FALSE(model.addContact(u"professional"_s, u"Dr Lee"_s, u"555-0100"_s, huge));
    EXPECT_TRUE(model.errorMessage().startsWith(u"The note can have up to 2000 characters"_s));
    EXPECT_FALSE(model.save(u"No sleep\n"_s + huge, u"Walk"_s, u"My dog"_s, QString()));
    EXPECT_EQ(model.errorMessage(),
        u"A line can have up to 2000 characters; one has 100000. Shorten it to save the plan."_s);

    SafetyPlanModel reread(*m_store);
    reread.setCountry(u"US"_s); // the lines these tests name
    ASSERT_EQ(reread.rowCount(), 3); // two crisis lines and Sam
    EXPECT_EQ(at(reread, 2, SafetyPlanModel::NameRole).toString(), u"Sam"_s);
    EXPECT_EQ(reread.warningSigns(), u"No sleep"_s);
}

// A contact can be changed in place, moved to another kind, and a patient can
// add a crisis line of their own; the lines Circle comes with stay as they are.
TEST_F(SafetyPlanModelTest, ContactsCanBeChangedAndOwnCrisisLinesAdded)
{
    SafetyPlanModel model(*m_store);
    model.setCountry(u"US"_s); // the lines these tests name
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.addContact(u"person"_s, u"Sam"_s, u"555-0101"_s, u"evenings"_s));
    ASSERT_TRUE(model.addContact(u"professional"_s, u"Dr Lee"_s, u"555-0100"_s));

    ASSERT_TRUE(model.updateContact(2, u"person"_s, u" Sam K "_s, u"555-0111"_s, u"any time"_s));
    EXPECT_EQ(at(model, 2, SafetyPlanModel::NameRole).toString(), u"Sam K"_s);
    EXPECT_EQ(at(model, 2, SafetyPlanModel::CallUrlRole).toString(), u"tel:5550111"_s);
    EXPECT_EQ(at(model, 2, SafetyPlanModel::NoteRole).toString(), u"any time"_s);

    ASSERT_TRUE(model.addContact(u"crisis"_s, u"County crisis team"_s, u"555-0199"_s));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(at(model, 2, SafetyPlanModel::NameRole).toString(), u"County crisis team"_s);
    EXPECT_EQ(at(model, 2, SafetyPlanModel::KindRole).toString(), u"crisis"_s);
    EXPECT_TRUE(at(model, 2, SafetyPlanModel::EditableRole).toBool());
    EXPECT_TRUE(at(model, 2, SafetyPlanModel::TextUrlRole).toString().isEmpty());

    // Sam becomes a professional: after Dr Lee, with the name kept.
    ASSERT_TRUE(model.updateContact(3, u"professional"_s, u"Sam K"_s, u"555-0111"_s));
    EXPECT_EQ(at(model, 3, SafetyPlanModel::NameRole).toString(), u"Dr Lee"_s);
    EXPECT_EQ(at(model, 4, SafetyPlanModel::NameRole).toString(), u"Sam K"_s);
    EXPECT_EQ(at(model, 4, SafetyPlanModel::KindRole).toString(), u"professional"_s);

    // Refused, each with its reason, and nothing stored changes.
    EXPECT_FALSE(model.updateContact(0, u"crisis"_s, u"Mine"_s, u"555-0000"_s));
    EXPECT_EQ(model.errorMessage(),
        u"The lines Circle comes with cannot be changed; add your own instead."_s);
    EXPECT_FALSE(model.updateContact(4, u"professional"_s, u"Sam K"_s, u"call me"_s));
    EXPECT_EQ(model.errorMessage(), u"The phone number needs at least one digit."_s);
    EXPECT_FALSE(model.updateContact(4, u"professional"_s, QString(100'000, u'x'), u"555"_s));
    EXPECT_TRUE(model.errorMessage().startsWith(u"The name can have up to 200 characters"_s));
    EXPECT_FALSE(model.addContact(u"crisis"_s, u"Lifeline"_s, u"(988)"_s));
    EXPECT_EQ(
        model.errorMessage(), u"(988) is already on your plan as 988 Suicide & Crisis Lifeline."_s);
    EXPECT_FALSE(model.addContact(u"neighbour"_s, u"Kim"_s, u"555-0102"_s));
    EXPECT_TRUE(model.errorMessage().startsWith(u"\"neighbour\" is not a kind of contact"_s));
    EXPECT_FALSE(model.updateContact(99, u"person"_s, u"Kim"_s, u"555-0102"_s));

    SafetyPlanModel reread(*m_store);
    reread.setCountry(u"US"_s); // the lines these tests name
    ASSERT_EQ(reread.rowCount(), 5);
    EXPECT_EQ(at(reread, 0, SafetyPlanModel::CallUrlRole).toString(), u"tel:988"_s);
    EXPECT_EQ(at(reread, 2, SafetyPlanModel::NameRole).toString(), u"County crisis team"_s);
    EXPECT_EQ(at(reread, 3, SafetyPlanModel::NameRole).toString(), u"Dr Lee"_s);
    EXPECT_EQ(at(reread, 4, SafetyPlanModel::NameRole).toString(), u"Sam K"_s);
    EXPECT_EQ(at(reread, 4, SafetyPlanModel::PhoneRole).toString(), u"555-0111"_s);

    ASSERT_TRUE(reread.removeContact(2)); // the patient's own crisis line can go again
    EXPECT_EQ(reread.rowCount(), 4);
}

// The lines follow the country, a clinic's lines replace them, and with none
// the patient is told to add their own.
TEST_F(SafetyPlanModelTest, CrisisLinesFollowTheCountryAndTheClinic)
{
    SafetyPlanModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCountry(u"ES"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(at(model, 0, SafetyPlanModel::CallUrlRole).toString(), u"tel:024"_s);
    EXPECT_EQ(at(model, 0, SafetyPlanModel::TextUrlRole).toString(), QString());
    EXPECT_TRUE(model.crisisLinesNote().isEmpty());

    // A line of the patient's own that the table already has shows once.
    ASSERT_TRUE(model.addContact(u"person"_s, u"Ana"_s, u"600 000 000"_s));
    EXPECT_FALSE(model.addContact(u"crisis"_s, u"Línea"_s, u"024"_s));

    model.setClinicLines({ { u"Equipo de crisis del distrito"_s, u"900 100 200"_s, u"24 h"_s, false,
        u"clinic"_s } });
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(
        at(model, 0, SafetyPlanModel::NameRole).toString(), u"Equipo de crisis del distrito"_s);
    EXPECT_FALSE(at(model, 0, SafetyPlanModel::EditableRole).toBool());
    EXPECT_EQ(at(model, 1, SafetyPlanModel::NameRole).toString(), u"Ana"_s);

    model.setClinicLines({});
    model.setCountry(QString());
    ASSERT_EQ(model.rowCount(), 1); // only Ana
    EXPECT_FALSE(model.crisisLinesNote().isEmpty());
}
