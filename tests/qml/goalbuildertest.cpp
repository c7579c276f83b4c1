#include "storetestbase.h"

#include "goals/goalbuilder.h"
#include "repository.h"
#include "validation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class GoalBuilderTest : public test::StoreTestBase
{
protected:
    void SetUp() override
    {
        StoreTestBase::SetUp();
        m_builder = std::make_unique<GoalBuilder>(*m_store, m_clock);
        m_builder->setTimeZone(QTimeZone::utc());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_builder.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_builder->startNew();
    }

    /** Fills every step with good answers, ending on the review. */
    void fillGoodDraft()
    {
        m_builder->setTitle(u"  Go to recovery meetings  "_s);
        ASSERT_TRUE(m_builder->next());
        m_builder->setTarget(u"3"_s);
        m_builder->setUnit(u"meetings a week"_s);
        ASSERT_TRUE(m_builder->next());
        m_builder->setNewStepText(u"Find meetings nearby"_s);
        ASSERT_TRUE(m_builder->addStep());
        m_builder->setNewStepText(u"Ask a friend along"_s);
        ASSERT_TRUE(m_builder->next()); // a typed step is added on the way
        m_builder->setWhy(u"I feel steadier after one"_s);
        ASSERT_TRUE(m_builder->next());
        m_builder->setDueDate(u"2024-04-30"_s);
        ASSERT_TRUE(m_builder->next());
        ASSERT_EQ(m_builder->currentStep(), GoalBuilder::Review);
    }

    std::vector<v1::Goal> storedGoals()
    {
        auto page = Repository<v1::Goal>(*m_store).list();
        EXPECT_TRUE(page.ok());
        return page.ok() ? page.value().items : std::vector<v1::Goal> {};
    }

    std::unique_ptr<GoalBuilder> m_builder;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(GoalBuilderTest, EveryStepLeadsToAStoredGoal)
{
    fillGoodDraft();
    EXPECT_EQ(m_builder->targetLabel(), u"3 meetings a week"_s);
    EXPECT_EQ(m_builder->dueLabel(), u"By 30 April 2024"_s);
    QSignalSpy saved(m_builder.get(), &GoalBuilder::saved);
    ASSERT_TRUE(m_builder->save()) << m_builder->saveError().toStdString();
    ASSERT_EQ(saved.count(), 1);

    const auto goals = storedGoals();
    ASSERT_EQ(goals.size(), 1u);
    const v1::Goal &g = goals.front();
    EXPECT_EQ(saved.at(0).at(0).toString(), qs(g.meta().id()));
    EXPECT_EQ(g.title(), "Go to recovery meetings");
    EXPECT_EQ(g.target_value(), 3.0);
    EXPECT_EQ(g.unit(), "meetings a week");
    EXPECT_EQ(g.why(), "I feel steadier after one");
    EXPECT_EQ(g.start_date(), "2024-03-12");
    EXPECT_EQ(g.due_date(), "2024-04-30");
    EXPECT_EQ(g.status(), v1::GOAL_STATUS_ACTIVE);
    EXPECT_FALSE(g.shared_with_therapist());
    ASSERT_EQ(g.steps_size(), 2);
    EXPECT_EQ(g.steps(0).text(), "Find meetings nearby");
    EXPECT_EQ(g.steps(1).text(), "Ask a friend along");
}

TEST_F(GoalBuilderTest, EachStepNamesItsProblemAndKeepsTheText)
{
    EXPECT_FALSE(m_builder->next());
    EXPECT_EQ(m_builder->currentStep(), GoalBuilder::Specific);
    EXPECT_FALSE(m_builder->titleError().isEmpty());
    m_builder->setTitle(u"Walk"_s);
    ASSERT_TRUE(m_builder->next());

    for (const auto &[typed, words] : std::vector<std::pair<QString, QString>> {
             { u""_s, u"Enter a number"_s },
             { u"three"_s, u"\"three\" is not a number"_s },
             { u"-2"_s, u"negative"_s },
             { u"0"_s, u"more than 0"_s },
         }) {
        m_builder->setTarget(typed);
        m_builder->setUnit(u"km a week"_s);
        EXPECT_FALSE(m_builder->next()) << typed.toStdString();
        EXPECT_TRUE(m_builder->targetError().contains(words))
            << m_builder->targetError().toStdString();
        EXPECT_EQ(m_builder->currentStep(), GoalBuilder::Measurable);
        EXPECT_EQ(m_builder->target(), typed); // what was typed stays
    }
    m_builder->setTarget(u"2.5"_s);
    m_builder->setUnit(u"   "_s);
    EXPECT_FALSE(m_builder->next());
    EXPECT_TRUE(m_builder->targetError().isEmpty());
    EXPECT_FALSE(m_builder->unitError().isEmpty());
    m_builder->setUnit(u"km a week"_s);
    ASSERT_TRUE(m_builder->next());

    EXPECT_FALSE(m_builder->next()); // no action step yet
    EXPECT_FALSE(m_builder->stepsError().isEmpty());
    EXPECT_FALSE(m_builder->addStep()); // nothing typed
    m_builder->setNewStepText(u"Shoes by the door"_s);
    ASSERT_TRUE(m_builder->next());
    ASSERT_TRUE(m_builder->next()); // why it matters is optional

    m_builder->setDueDate(u"2024-03-11"_s); // yesterday
    EXPECT_FALSE(m_builder->next());
    EXPECT_TRUE(m_builder->dueError().contains(u"already passed"_s))
        << m_builder->dueError().toStdString();
    m_builder->setDueDate(u"2024-13-40"_s);
    EXPECT_FALSE(m_builder->next());
    // Opening the calendar is a fresh try: the message waits until a day is picked.
    m_builder->openCalendar();
    EXPECT_TRUE(m_builder->dueError().isEmpty());
    EXPECT_FALSE(m_builder->next());
    // The example is a month ahead, written as the patient's language writes dates.
    EXPECT_EQ(m_builder->dueExample(), u"11/04/2024"_s);
    EXPECT_EQ(m_builder->dueError(),
        u"\"2024-13-40\" is not a date Circle can read. Write it like 11/04/2024, or pick a day "
        "from the calendar."_s);
    // A date as the language writes it is read as well as year-month-day.
    m_builder->setDueDate(u"30/04/2024"_s);
    EXPECT_EQ(m_builder->dueLabel(), u"By 30 April 2024"_s);
    m_builder->setDueDate(u"2024-03-12"_s); // today is fine
    ASSERT_TRUE(m_builder->next());

    // Going back shows every answer as it was typed.
    m_builder->back();
    m_builder->back();
    m_builder->back();
    EXPECT_EQ(m_builder->currentStep(), GoalBuilder::Achievable);
    EXPECT_EQ(m_builder->actionCount(), 1);
    EXPECT_EQ(m_builder->target(), u"2.5"_s);
    EXPECT_EQ(m_builder->title(), u"Walk"_s);
    EXPECT_TRUE(storedGoals().empty());
}

TEST_F(GoalBuilderTest, SaveShowsTheFirstStepWithAProblemAndStoresNothing)
{
    fillGoodDraft();
    m_builder->setTarget(u"lots"_s);
    m_builder->setDueDate(u"2020-01-01"_s);
    EXPECT_FALSE(m_builder->save());
    EXPECT_EQ(m_builder->currentStep(), GoalBuilder::Measurable);
    EXPECT_FALSE(m_builder->targetError().isEmpty());
    EXPECT_FALSE(m_builder->dueError().isEmpty());
    EXPECT_TRUE(storedGoals().empty());
    EXPECT_EQ(m_builder->title(), u"  Go to recovery meetings  "_s);
}

TEST_F(GoalBuilderTest, ActionStepsCanBeReorderedAndRemoved)
{
    for (const char *text : { "one", "two", "three" }) {
        m_builder->setNewStepText(QString::fromLatin1(text));
        ASSERT_TRUE(m_builder->addStep());
    }
    const auto texts = [this] {
        QStringList list;
        for (int row = 0; row < m_builder->rowCount(); ++row)
            list.append(m_builder->data(m_builder->index(row), GoalBuilder::TextRole).toString());
        return list;
    };
    QSignalSpy moved(m_builder.get(), &QAbstractItemModel::rowsMoved);
    m_builder->moveStep(2, 0);
    EXPECT_EQ(texts(), (QStringList { u"three"_s, u"one"_s, u"two"_s }));
    m_builder->moveStep(0, 1);
    EXPECT_EQ(texts(), (QStringList { u"one"_s, u"three"_s, u"two"_s }));
    m_builder->moveStep(1, 2);
    EXPECT_EQ(texts(), (QStringList { u"one"_s, u"two"_s, u"three"_s }));
    EXPECT_EQ(moved.count(), 3);
    m_builder->moveStep(0, 7); // out of range: nothing moves
    m_builder->removeStep(1);
    EXPECT_EQ(texts(), (QStringList { u"one"_s, u"three"_s }));
    m_builder->removeStep(5);
    EXPECT_EQ(m_builder->actionCount(), 2);
}

TEST_F(GoalBuilderTest, ChangingAGoalKeepsItsIdStartAndDoneSteps)
{
    addGoal("Three meetings a week", v1::GOAL_STATUS_ACTIVE, 1, 2);
    auto original = storedGoals().front();
    // The stored due date may pass; keeping it unchanged is still fine.
    m_clock.set(Now + 60 * DayMs);
    ASSERT_TRUE(m_builder->startEdit(qs(original.meta().id())));
    EXPECT_TRUE(m_builder->editing());
    EXPECT_EQ(m_builder->title(), u"Three meetings a week"_s);
    EXPECT_EQ(m_builder->target(), u"3"_s);
    EXPECT_EQ(m_builder->dueDate(), u"2024-04-30"_s);
    EXPECT_EQ(m_builder->rowCount(), 2);
    EXPECT_TRUE(m_builder->data(m_builder->index(0), GoalBuilder::DoneRole).toBool());

    m_builder->setTarget(u"4"_s);
    ASSERT_TRUE(m_builder->save()) << m_builder->saveError().toStdString();
    auto goals = storedGoals();
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals.front().meta().id(), original.meta().id());
    EXPECT_EQ(goals.front().target_value(), 4.0);
    EXPECT_EQ(goals.front().start_date(), "2024-03-01");
    EXPECT_TRUE(goals.front().steps(0).done());

    // A newly chosen date must not lie in the past.
    ASSERT_TRUE(m_builder->startEdit(qs(original.meta().id())));
    m_builder->setDueDate(u"2024-05-01"_s);
    EXPECT_FALSE(m_builder->save());
    EXPECT_EQ(m_builder->currentStep(), GoalBuilder::DueDate);
}

TEST(GoalNumbers, ReadsWhatPeopleType)
{
    double v = 0;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    EXPECT_EQ(parseGoalNumber(u" 2.5 "_s, english, true, &v), NumberProblem::None);
    EXPECT_EQ(v, 2.5);
    EXPECT_EQ(parseGoalNumber(u"2,5"_s, spanish, true, &v), NumberProblem::None);
    EXPECT_EQ(v, 2.5);
    EXPECT_EQ(parseGoalNumber(u"2.5"_s, spanish, true, &v), NumberProblem::None);
    EXPECT_EQ(parseGoalNumber(u""_s, english, false, &v), NumberProblem::Empty);
    EXPECT_EQ(parseGoalNumber(u"abc"_s, english, false, &v), NumberProblem::NotANumber);
    EXPECT_EQ(parseGoalNumber(u"12abc"_s, english, false, &v), NumberProblem::NotANumber);
    EXPECT_EQ(parseGoalNumber(u"inf"_s, english, false, &v), NumberProblem::NotANumber);
    EXPECT_EQ(parseGoalNumber(u"😀"_s, english, false, &v), NumberProblem::NotANumber);
    EXPECT_EQ(parseGoalNumber(u"-1"_s, english, false, &v), NumberProblem::Negative);
    EXPECT_EQ(parseGoalNumber(u"0"_s, english, false, &v), NumberProblem::None);
    EXPECT_EQ(parseGoalNumber(u"0"_s, english, true, &v), NumberProblem::NotAboveZero);
    EXPECT_EQ(parseGoalNumber(u"1e12"_s, english, false, &v), NumberProblem::TooLarge);
    EXPECT_TRUE(dueDateAcceptable(QDate(2024, 3, 12), QDate(2024, 3, 12)));
    EXPECT_FALSE(dueDateAcceptable(QDate(2024, 3, 11), QDate(2024, 3, 12)));
    EXPECT_FALSE(dueDateAcceptable(QDate(), QDate(2024, 3, 12)));
}

// The calendar for the due date: it opens on the month that matters, does not
// go back past this month, names every day in full, and checks a tapped day at once.
TEST_F(GoalBuilderTest, CalendarPicksTheDueDateAndRefusesAPastDay)
{
    QSignalSpy calendar(m_builder.get(), &GoalBuilder::calendarChanged);
    m_builder->openCalendar();
    EXPECT_EQ(calendar.count(), 1);
    EXPECT_EQ(m_builder->calendarYear(), 2024);
    EXPECT_EQ(m_builder->calendarMonth(), 3);
    EXPECT_EQ(m_builder->calendarTitle(), u"March 2024"_s);
    EXPECT_FALSE(m_builder->calendarCanGoBack());
    m_builder->showMonth(-1);
    EXPECT_EQ(m_builder->calendarMonth(), 3); // nothing earlier to choose from
    m_builder->showMonth(10);
    EXPECT_EQ(m_builder->calendarTitle(), u"January 2025"_s);
    EXPECT_TRUE(m_builder->calendarCanGoBack());
    m_builder->showMonth(-10);

    const QVariantMap today = m_builder->calendarDay(2024, 3, 12);
    EXPECT_EQ(today.value(u"name"_s).toString(), u"Tuesday 12 March 2024, today"_s);
    EXPECT_TRUE(today.value(u"today"_s).toBool());
    EXPECT_FALSE(today.value(u"past"_s).toBool());
    EXPECT_TRUE(m_builder->calendarDay(2024, 3, 11).value(u"past"_s).toBool());
    EXPECT_TRUE(m_builder->calendarDay(2024, 2, 30).isEmpty()); // no such day

    EXPECT_FALSE(m_builder->pickDueDate(2024, 3, 11)); // yesterday
    EXPECT_EQ(m_builder->dueDate(), u"2024-03-11"_s); // kept, as if typed
    EXPECT_TRUE(m_builder->dueError().contains(u"already passed"_s));
    EXPECT_FALSE(m_builder->pickDueDate(2024, 2, 30));
    ASSERT_TRUE(m_builder->pickDueDate(2024, 5, 31));
    EXPECT_TRUE(m_builder->dueError().isEmpty());
    EXPECT_EQ(m_builder->dueDate(), u"2024-05-31"_s);
    const QVariantMap chosen = m_builder->calendarDay(2024, 5, 31);
    EXPECT_TRUE(chosen.value(u"chosen"_s).toBool());
    EXPECT_EQ(chosen.value(u"name"_s).toString(), u"Friday 31 May 2024, chosen"_s);

    // Opened again, it shows the chosen day's month, and a typed date's.
    m_builder->openCalendar();
    EXPECT_EQ(m_builder->calendarTitle(), u"May 2024"_s);
    m_builder->setDueDate(u"2025-02-14"_s);
    m_builder->openCalendar();
    EXPECT_EQ(m_builder->calendarTitle(), u"February 2025"_s);
    m_builder->setDueDate(u"not a date"_s);
    m_builder->openCalendar();
    EXPECT_EQ(m_builder->calendarTitle(), u"March 2024"_s);
}

TEST_F(GoalBuilderTest, AUnitAgreesWithItsNumberAndOwnUnitsStayAsTyped)
{
    // Every suggested unit reads right for one and for several; a unit the
    // patient wrote is theirs and is never changed.
    const QStringList suggestions = m_builder->unitSuggestions();
    ASSERT_EQ(suggestions.size(), 4);
    EXPECT_TRUE(suggestions.contains(u"meetings a week"_s));
    m_builder->setTarget(u"1"_s);
    m_builder->setUnit(u"meetings a week"_s);
    EXPECT_EQ(m_builder->targetLabel(), u"1 meeting a week"_s);
    m_builder->setUnit(u"  Times a week "_s);
    EXPECT_EQ(m_builder->targetLabel(), u"1 time a week"_s);
    m_builder->setTarget(u"2.5"_s);
    m_builder->setUnit(u"minute a day"_s);
    EXPECT_EQ(m_builder->targetLabel(), u"2.5 minutes a day"_s);
    m_builder->setTarget(u"2"_s);
    m_builder->setUnit(u"day a week"_s);
    EXPECT_EQ(m_builder->targetLabel(), u"2 days a week"_s);
    m_builder->setTarget(u"1"_s);
    m_builder->setUnit(u"pages of my workbook"_s);
    EXPECT_EQ(m_builder->targetLabel(), u"1 pages of my workbook"_s);
    m_builder->setUnit(u"Meeting a week"_s);
    EXPECT_EQ(m_builder->targetLabel(), u"1 Meeting a week"_s) << "already agrees: kept as typed";
}
