import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The goal builder through the Goals page: every step, its inline messages, and the stored goal.
TestCase {
    id: root

    name: "GoalBuilder"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        GoalsPage {
            width: root.width
            height: root.height
        }
    }

    function openBuilder(page) {
        const stack = findChild(page, "goalsStack")
        mouseClick(findChild(page, "newGoalButton"))
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        return stack.currentItem
    }

    /** Types into a field key by key, as a person would, so its binding to the builder stays. */
    function typeInto(field, text) {
        field.forceActiveFocus()
        for (const c of text)
            keyClick(c)
    }

    function next(builder) {
        mouseClick(findChild(builder.footer, "builderNext"))
    }

    function test_buildAGoalThroughEveryStep() {
        const page = createTemporaryObject(pageComponent, root)
        const goalsBefore = GoalListModel.count
        const builder = openBuilder(page)
        compare(GoalBuilder.currentStep, 0)
        compare(findChild(builder, "builderProgress").text, "Step 1 of 6")

        // Specific: nothing typed is named inline.
        next(builder)
        compare(GoalBuilder.currentStep, 0)
        verify(findChild(builder, "titleError").visible)
        findChild(builder, "goalTitleField").text = "Walk after dinner"
        next(builder)
        compare(GoalBuilder.currentStep, 1)
        verify(!findChild(builder, "titleError").visible)

        // Measurable: a word or a negative number is refused, the text stays.
        const target = findChild(builder, "goalTargetField")
        target.text = "twenty"
        findChild(builder, "goalUnitField").text = "minutes a day"
        next(builder)
        compare(GoalBuilder.currentStep, 1)
        verify(findChild(builder, "targetError").text.indexOf("\"twenty\" is not a number") >= 0)
        compare(target.text, "twenty")
        target.text = "-20"
        next(builder)
        verify(findChild(builder, "targetError").text.indexOf("negative") >= 0)
        target.text = "20"
        next(builder)
        compare(GoalBuilder.currentStep, 2)

        // Achievable: steps are added, reordered and removed.
        next(builder)
        verify(findChild(builder, "stepsError").visible)
        const newStep = findChild(builder, "newStepField")
        for (const text of ["Shoes by the door", "Ask a neighbour", "Plan a route"]) {
            typeInto(newStep, text)
            compare(GoalBuilder.newStepText, text)
            mouseClick(findChild(builder, "addStepButton"))
        }
        compare(GoalBuilder.actionCount, 3)
        compare(newStep.text, "")
        GoalBuilder.moveStep(2, 0)
        GoalBuilder.removeStep(2)
        compare(GoalBuilder.actionCount, 2)
        next(builder)
        compare(GoalBuilder.currentStep, 3)

        // Why it matters: optional, kept as typed.
        findChild(builder, "goalWhyField").text = "Evenings are the hard part"
        next(builder)
        compare(GoalBuilder.currentStep, 4)

        // Due date: a day in the past is named, a quick choice works.
        const due = findChild(builder, "goalDueField")
        due.text = "2024-03-01"
        next(builder)
        compare(GoalBuilder.currentStep, 4)
        verify(findChild(builder, "dueError").visible)
        verify(findChild(builder, "dueError").text.indexOf("already passed") >= 0)
        mouseClick(findChild(builder, "dueIn30"))
        compare(GoalBuilder.dueDate, "2024-04-11")
        verify(!findChild(builder, "dueError").visible)
        next(builder)
        compare(GoalBuilder.currentStep, 5)

        // Review shows what will be stored; saving opens the new goal.
        compare(findChild(builder, "reviewTitle").text, "Walk after dinner")
        compare(findChild(builder, "reviewTarget").text, "20 minutes a day")
        compare(findChild(builder, "reviewDue").text, "By 11 April 2024")
        compare(findChild(builder.footer, "builderNext").text, "Save goal")
        next(builder)
        const stack = findChild(page, "goalsStack")
        tryCompare(stack, "busy", false)
        compare(stack.depth, 2)
        compare(GoalDetailModel.title, "Walk after dinner")
        compare(GoalDetailModel.targetLabel, "Target: 20 minutes a day")
        compare(GoalDetailModel.actionSteps, ["Plan a route", "Shoes by the door"])
        compare(GoalListModel.count, goalsBefore + 1)
    }

    function test_backKeepsWhatWasTypedAndCancelStoresNothing() {
        const page = createTemporaryObject(pageComponent, root)
        const goalsBefore = GoalListModel.count
        const builder = openBuilder(page)
        findChild(builder, "goalTitleField").text = "Call my sponsor 😀 مرحبا"
        next(builder)
        findChild(builder, "goalTargetField").text = "2"
        mouseClick(findChild(builder.footer, "builderBack"))
        compare(GoalBuilder.currentStep, 0)
        compare(findChild(builder, "goalTitleField").text, "Call my sponsor 😀 مرحبا")
        next(builder)
        compare(findChild(builder, "goalTargetField").text, "2")
        mouseClick(findChild(builder.footer, "builderBack"))
        mouseClick(findChild(builder.footer, "builderBack"))
        const stack = findChild(page, "goalsStack")
        tryCompare(stack, "depth", 1)
        GoalListModel.refresh()
        compare(GoalListModel.count, goalsBefore)
    }

    function test_changeAGoalWithTheSameBuilder() {
        const page = createTemporaryObject(pageComponent, root)
        const stack = findChild(page, "goalsStack")
        const list = findChild(page, "goalList")
        // The fixture's goal; other tests may have added goals made at the same instant.
        let fixtureGoal = null
        tryVerify(() => {
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.title === "Go to three meetings a week")
                    fixtureGoal = item
            }
            return fixtureGoal !== null
        })
        mouseClick(fixtureGoal)
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        compare(GoalDetailModel.title, "Go to three meetings a week")
        mouseClick(findChild(stack.currentItem.header, "editGoalButton"))
        tryCompare(stack, "depth", 3)
        tryCompare(stack, "busy", false)
        const builder = stack.currentItem
        verify(GoalBuilder.editing)
        // A goal that exists opens on its summary; "Change" opens just that part and comes back.
        compare(GoalBuilder.currentStep, 5)
        compare(findChild(builder, "reviewTitle").text, "Go to three meetings a week")
        mouseClick(findChild(builder, "changeStep1"))
        compare(GoalBuilder.currentStep, 1)
        compare(findChild(builder.footer, "builderNext").text, "Done")
        compare(findChild(builder.footer, "builderBack").text, "Back to summary")
        const target = findChild(builder, "goalTargetField")
        target.selectAll()
        typeInto(target, "4")
        next(builder)
        compare(GoalBuilder.currentStep, 5)
        compare(findChild(builder, "reviewTarget").text, "4 meetings a week")
        // Back to summary without a check; a problem left there is caught on save.
        mouseClick(findChild(builder, "changeStep0"))
        compare(GoalBuilder.currentStep, 0)
        mouseClick(findChild(builder.footer, "builderBack"))
        compare(GoalBuilder.currentStep, 5)
        // Changing the target back, then saving.
        mouseClick(findChild(builder, "changeStep1"))
        target.selectAll()
        typeInto(target, "3")
        next(builder)
        compare(GoalBuilder.currentStep, 5)
        next(builder)
        tryCompare(stack, "depth", 2)
        compare(GoalDetailModel.title, "Go to three meetings a week")
        compare(GoalDetailModel.actionSteps, ["Done: Find meetings nearby", "Ask a friend to come along"])
    }

    /** The calendar's button for a day of the month it shows. */
    function dayButton(grid, day) {
        const cells = grid.contentItem.children
        for (let i = 0; i < cells.length; ++i) {
            const cell = cells[i]
            if (cell.objectName === "calendarDay" && cell.inMonth && cell.day === day)
                return cell
        }
        return null
    }

    function openCalendar(builder) {
        mouseClick(findChild(builder, "openCalendar"))
        const popup = findChild(builder, "calendarPopup")
        tryVerify(() => popup.opened && popup.contentItem.item !== null)
        return popup
    }

    // The due date from a calendar: month by month, every day named in full, a past day refused inline.
    function test_dueDateFromTheCalendar() {
        const page = createTemporaryObject(pageComponent, root)
        const builder = openBuilder(page)
        GoalBuilder.title = "Call my sister"
        GoalBuilder.target = "1"
        GoalBuilder.unit = "call a week"
        GoalBuilder.newStepText = "Find her number"
        for (let i = 0; i < 4; ++i)
            verify(GoalBuilder.next())
        compare(GoalBuilder.currentStep, 4)

        const popup = openCalendar(builder)
        const calendar = popup.contentItem.item
        const grid = findChild(calendar, "calendarGrid")
        compare(findChild(calendar, "calendarTitle").text, "March 2024")
        verify(!findChild(calendar, "previousMonth").enabled) // nothing earlier to choose
        const twentieth = dayButton(grid, 20)
        verify(twentieth)
        compare(twentieth.Accessible.name, "Wednesday 20 March 2024")
        compare(dayButton(grid, 12).Accessible.name, "Tuesday 12 March 2024, today")
        verify(twentieth.width >= 48 && twentieth.height >= 48, twentieth.width + "×" + twentieth.height)
        // Each day sits under its weekday: 1 March 2024 was a Friday, the 4th a Monday.
        verify(dayButton(grid, 4).x < dayButton(grid, 1).x)
        compare(dayButton(grid, 12).x, dayButton(grid, 5).x)
        compare(dayButton(grid, 4).x, dayButton(grid, 11).x)
        compare(dayButton(grid, 1).y, dayButton(grid, 3).y)
        verify(dayButton(grid, 4).y > dayButton(grid, 3).y)

        // A day gone by: the usual message, in the calendar and under the field; it stays open.
        mouseClick(dayButton(grid, 1))
        compare(GoalBuilder.dueDate, "2024-03-01")
        verify(findChild(calendar, "calendarError").visible)
        verify(findChild(calendar, "calendarError").text.indexOf("already passed") >= 0)
        verify(popup.opened)
        verify(findChild(builder, "dueError").text.indexOf("already passed") >= 0)

        // The next month, and a day in it: chosen, the message gone, the calendar closed.
        mouseClick(findChild(calendar, "nextMonth"))
        compare(findChild(calendar, "calendarTitle").text, "April 2024")
        verify(findChild(calendar, "previousMonth").enabled)
        mouseClick(dayButton(grid, 15))
        tryVerify(() => !popup.visible)
        compare(GoalBuilder.dueDate, "2024-04-15")
        compare(GoalBuilder.dueError, "")
        compare(findChild(builder, "goalDueField").text, "2024-04-15")
        compare(findChild(builder, "dueLabel").text, "By 15 April 2024")

        // Opened again, it starts on the chosen day, marked as such.
        const again = openCalendar(builder).contentItem.item
        const againGrid = findChild(again, "calendarGrid")
        compare(findChild(again, "calendarTitle").text, "April 2024")
        verify(dayButton(againGrid, 15).chosen)
        compare(dayButton(againGrid, 15).Accessible.name, "Monday 15 April 2024, chosen")
        mouseClick(findChild(again, "previousMonth"))
        compare(findChild(again, "calendarTitle").text, "March 2024")
        mouseClick(findChild(again, "closeCalendar"))
        tryVerify(() => !findChild(builder, "calendarPopup").visible)
        compare(GoalBuilder.dueDate, "2024-04-15") // closing changes nothing

        // Typing still works, and the calendar follows what was typed.
        const due = findChild(builder, "goalDueField")
        due.selectAll()
        typeInto(due, "2024-06-02")
        compare(GoalBuilder.dueDate, "2024-06-02")
        const typed = openCalendar(builder).contentItem.item
        compare(findChild(typed, "calendarTitle").text, "June 2024")
        verify(dayButton(findChild(typed, "calendarGrid"), 2).chosen)
        mouseClick(findChild(typed, "closeCalendar"))
        tryVerify(() => !findChild(builder, "calendarPopup").visible)
        next(builder)
        compare(GoalBuilder.currentStep, 5)
    }
}
