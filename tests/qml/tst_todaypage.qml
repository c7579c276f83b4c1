import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The Today page over a real store (see qmltestfixture.cpp for the data):
// "now" is Tuesday 12 March 2024, 10:00 UTC.
TestCase {
    id: root

    name: "TodayPage"
    width: 390
    height: 844
    when: windowShown
    // TestCase hides itself by default; the checks below are about what is visible.
    visible: true

    Component {
        id: pageComponent

        TodayPage {
            width: root.width
            height: root.height
        }
    }

    function init() {
        Fixture.reset()
    }

    // Each test starts from a session nobody answered, even after one that failed.
    function cleanup() {
        Fixture.reset()
        if (TodayModel.nextSessionId !== "")
            ScheduleModel.withdrawResponse(TodayModel.nextSessionId)
        ScheduleModel.clearMessage()
        TodayModel.refresh()
    }

    function textOf(page, name) {
        const item = findChild(page, name)
        verify(item, "no item named " + name)
        return item.text
    }

    function visibleItem(page, name) {
        const item = findChild(page, name)
        verify(item, "no item named " + name)
        return item.visible
    }

    // Scrolls Today so the item is on screen, as a finger would before tapping it.
    function reveal(page, item) {
        const flick = findChild(page, "todayScroll").contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
        waitForRendering(page)
        return item
    }

    function countOf(page, name) {
        const tile = findChild(page, name)
        verify(tile, "no tile named " + name)
        return Number(findChild(tile, "countValue").text)
    }

    function test_greetsByTimeOfDay() {
        const page = createTemporaryObject(pageComponent, root)
        compare(textOf(page, "greeting"), "Good morning")
        compare(textOf(page, "dateLabel"), "Tuesday 12 March")
        Fixture.advanceHours(9)
        compare(textOf(page, "greeting"), "Good evening")
    }

    function test_showsNextSessionSkippingCancelled() {
        const page = createTemporaryObject(pageComponent, root)
        compare(textOf(page, "sessionTitle"), "Setting boundaries")
        compare(textOf(page, "sessionGroup"), "Tuesday recovery group")
        compare(textOf(page, "sessionWhen"), "Tomorrow, 18:00 – 19:30")
        compare(textOf(page, "sessionPlace"), "Room 3, Riverside Clinic")
        verify(!visibleItem(page, "noSessionLabel"))
        verify(!visibleItem(page, "sessionBadge"))
    }

    function test_showsSessionInProgress() {
        const page = createTemporaryObject(pageComponent, root)
        Fixture.advanceHours(32.5) // Wednesday 18:30, half an hour into the session
        compare(textOf(page, "sessionTitle"), "Setting boundaries")
        compare(textOf(page, "sessionWhen"), "Now, until 19:30")
        verify(visibleItem(page, "sessionBadge"))
        compare(textOf(page, "sessionBadge"), "Happening now")
    }

    function test_countsDownToTheSession() {
        const page = createTemporaryObject(pageComponent, root)
        compare(textOf(page, "sessionStartsIn"), "Starts in 1 day")
        Fixture.advanceHours(30) // Wednesday 16:00
        compare(textOf(page, "sessionStartsIn"), "Starts in 2 hours")
        Fixture.advanceHours(0.5) // 16:30: whole hours, never more time than there is
        compare(textOf(page, "sessionStartsIn"), "Starts in 1 hour")
        Fixture.advanceHours(-0.5)
        Fixture.advanceHours(1.75) // 17:45
        compare(textOf(page, "sessionStartsIn"), "Starts in 15 minutes")
        verify(findChild(page, "nextSessionCard").Accessible.name.indexOf("Starts in 15 minutes") >= 0)
        Fixture.advanceHours(0.5) // running: nothing left to count, nothing to answer
        verify(!visibleItem(page, "sessionStartsIn"))
        verify(!visibleItem(page, "todayAttendButton"))
    }

    // The answer given here is the one the Schedule page and the reminders use.
    function test_answersTheNextSessionFromToday() {
        const page = createTemporaryObject(pageComponent, root)
        const sessionId = TodayModel.nextSessionId
        verify(sessionId !== "")
        verify(!visibleItem(page, "sessionAnswer"))
        const attend = findChild(page, "todayAttendButton")
        verify(attend.visible)
        verify(attend.height >= 48)
        mouseClick(attend)
        compare(Fixture.rsvpFor(sessionId).response, "attending")
        compare(textOf(page, "sessionAnswer"), "You're going")
        verify(attend.highlighted)

        mouseClick(findChild(page, "todayCannotAttendButton"))
        tryVerify(() => findChild(page, "cannotAttendDialog") !== null)
        const dialog = findChild(page, "cannotAttendDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog.contentItem, "reasonField").text = "Working late"
        mouseClick(findChild(dialog.contentItem, "sendAnswerButton"))
        tryVerify(() => Fixture.rsvpFor(sessionId).response === "not attending")
        tryVerify(() => !dialog.visible)
        compare(Fixture.rsvpFor(sessionId).reason, "Working late")
        compare(textOf(page, "sessionAnswer"), "You can't go; your facilitator knows")
        verify(findChild(page, "todayCannotAttendButton").highlighted)
        verify(!visibleItem(page, "sessionAnswerError"))

        // Taking it back (as the Schedule page offers) empties the card's answer.
        verify(ScheduleModel.withdrawResponse(sessionId))
        TodayModel.refresh()
        verify(!visibleItem(page, "sessionAnswer"))
    }

    // A note too long for the facilitator is caught in the dialog, and kept there.
    function test_aTooLongNoteStaysInTheDialog() {
        const page = createTemporaryObject(pageComponent, root)
        mouseClick(findChild(page, "todayCannotAttendButton"))
        tryVerify(() => findChild(page, "cannotAttendDialog") !== null)
        const dialog = findChild(page, "cannotAttendDialog")
        tryCompare(dialog, "opened", true)
        const field = findChild(dialog.contentItem, "reasonField")
        const tooLong = "word ".repeat(101) // 505 characters
        field.text = tooLong
        const warning = findChild(dialog.contentItem, "reasonTooLong")
        verify(warning.visible)
        compare(warning.text, "A note can have up to 500 characters; this one has 505. Shorten it to send it.")
        const send = findChild(dialog.contentItem, "sendAnswerButton")
        verify(!send.enabled)
        mouseClick(send)
        verify(dialog.opened)
        compare(field.text, tooLong)
        compare(Fixture.rsvpFor(TodayModel.nextSessionId).response, "")
        field.text = tooLong.slice(0, 500)
        verify(!warning.visible)
        verify(send.enabled)
        dialog.close()
        tryVerify(() => !dialog.visible)
    }

    // A refused answer is explained on the card, not lost on another page.
    function test_aRefusedAnswerIsExplainedOnTheCard() {
        const page = createTemporaryObject(pageComponent, root)
        const card = findChild(page, "nextSessionCard")
        card.answerRequested(TodayModel.nextSessionId, false, "x".repeat(501))
        verify(visibleItem(page, "sessionAnswerError"))
        verify(textOf(page, "sessionAnswerError").indexOf("too long") >= 0)
        compare(Fixture.rsvpFor(TodayModel.nextSessionId).response, "")
        compare(ScheduleModel.message, "")
    }

    function test_saysWhenNoSessionIsAhead() {
        const page = createTemporaryObject(pageComponent, root)
        Fixture.advanceHours(72)
        verify(visibleItem(page, "noSessionLabel"))
        compare(textOf(page, "noSessionLabel"), "No upcoming sessions")
        verify(!visibleItem(page, "sessionTitle"))
        verify(!visibleItem(page, "sessionWhen"))
    }

    function test_countsTheLastSevenDays() {
        const page = createTemporaryObject(pageComponent, root)
        compare(countOf(page, "journalCount"), 3)
        compare(countOf(page, "gratitudeCount"), 2)
        compare(textOf(findChild(page, "journalCount"), "countLabel"), "journal entries")
        compare(textOf(findChild(page, "gratitudeCount"), "countLabel"), "days with good things")
        // Three days on, the entry from six days ago has left the window.
        Fixture.advanceHours(72)
        compare(countOf(page, "journalCount"), 2)
        compare(countOf(page, "gratitudeCount"), 2)
    }

    function test_listsHomeworkDue() {
        const page = createTemporaryObject(pageComponent, root)
        const card = findChild(page, "homeworkDueCard")
        tryVerify(() => findChild(card, "homeworkDueItem") !== null)
        const items = findChildren(card, "homeworkDueItem")
        compare(items.length, 2)
        // The missed one first, said kindly; then the one ahead.
        compare(items[0].Accessible.name,
                "List three triggers, Was due Sunday 10 March. It still counts whenever you do it.")
        compare(items[1].Accessible.name, "Practise saying no once, Due Friday 15 March")
        compare(items[1].Accessible.description, "Opens your homework")
        verify(items[0].height >= 48)
        verify(!findChild(card, "homeworkNoneDue").visible)
        verify(!findChild(card, "homeworkMore").visible)

        homeworkSpy.target = page
        homeworkSpy.clear()
        mouseClick(reveal(page, items[1]))
        compare(homeworkSpy.count, 1)

        // Missed work leaves Today two weeks after its date (the Homework page keeps it).
        Fixture.advanceHours(13 * 24)
        compare(findChildren(card, "homeworkDueItem").length, 1)
        Fixture.advanceHours(5 * 24)
        tryVerify(() => findChild(card, "homeworkNoneDue").visible)
        compare(findChildren(card, "homeworkDueItem").length, 0)
    }

    function test_showsTheDaysPracticed() {
        const page = createTemporaryObject(pageComponent, root)
        const week = findChild(page, "practiceWeek")
        // Journal on Monday, Saturday and last Wednesday; gratitude on Monday and Sunday.
        compare(textOf(page, "practiceSummary"), "You practiced on 4 of the last 7 days.")
        compare(week.Accessible.name, "You practiced on 4 of the last 7 days.")
        const days = findChildren(week, "practiceDay")
        compare(days.length, 7)
        compare(days[6].modelData.dayName, "Tuesday")
        verify(days[6].modelData.today)
        verify(!days[6].modelData.practiced)
        verify(days[5].modelData.practiced)
        // A week later none of it is in the row, and the page says so without blame.
        Fixture.advanceHours(7 * 24)
        compare(textOf(page, "practiceSummary"),
                "Nothing logged in the last 7 days yet. Any small step counts, whenever you're ready.")
    }

    function findChildren(parent, name) {
        const found = []
        const visit = item => {
            if (!item)
                return
            if (item.objectName === name)
                found.push(item)
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i)
                visit(kids[i])
        }
        visit(parent)
        return found
    }

    SignalSpy {
        id: homeworkSpy

        signalName: "homeworkRequested"
    }

    SignalSpy {
        id: goalSpy

        signalName: "goalRequested"
    }

    Component {
        id: homeworkCardComponent

        HomeworkDueCard {
            width: 360
            items: []
            total: 0
        }
    }

    // With nothing to list, the card tells "nothing due" from "could not read".
    function test_homeworkCardSaysWhenHomeworkCannotBeRead() {
        const card = createTemporaryObject(homeworkCardComponent, root)
        const line = findChild(card, "homeworkNoneDue")
        verify(line.text.startsWith("Nothing due this week."), line.text)
        // Homework due later is still named, with its day, rather than left unsaid.
        verify(HomeworkModel.nextDueText.startsWith("Next: "), HomeworkModel.nextDueText)
        verify(line.text.endsWith(HomeworkModel.nextDueText), line.text)
        card.unreadable = true
        verify(line.text.startsWith("Your homework could not be read just now."), line.text)
        compare(line.Accessible.name, line.text)
    }

    Component {
        id: windowComponent

        Main {
            firstRunAllowed: false
        }
    }

    // Each goal on the glance card is a tap target of its own that names its goal.
    function test_glanceGoalIsTappable() {
        const page = createTemporaryObject(pageComponent, root)
        goalSpy.target = page
        goalSpy.clear()
        const card = findChild(page, "goalsGlanceCard")
        tryVerify(() => findChild(card, "glanceGoal") !== null)
        const goal = findChild(card, "glanceGoal")
        verify(goal.height >= 48)
        verify(goal.Accessible.name.startsWith("Go to three meetings a week"))
        verify(!findChild(card, "glanceEmpty").visible)
        mouseClick(reveal(page, goal))
        compare(goalSpy.count, 1)
        compare(goalSpy.signalArguments[0][0], GoalListModel.glance[0].goalId)
        verify(goalSpy.signalArguments[0][0].length > 0)
    }

    // In the app, the homework card opens the Homework page under More.
    function test_homeworkCardOpensTheHomeworkPage() {
        const win = createTemporaryObject(windowComponent, root)
        verify(win)
        const today = findChild(win, "todayPage")
        tryVerify(() => findChild(today, "homeworkDueItem") !== null)
        mouseClick(reveal(today, findChild(today, "homeworkDueItem")))
        compare(win.currentPage, win.pageNames.indexOf("more"))
        const stack = findChild(win, "moreStack")
        verify(stack)
        tryCompare(stack, "depth", 2)
        verify(findChild(stack.currentItem, "homeworkList") !== null)
    }

    // In the app, the tap opens the goal's detail on the Goals tab, through that tab's own route.
    function test_glanceGoalOpensItsDetail() {
        const win = createTemporaryObject(windowComponent, root)
        verify(win)
        const today = findChild(win, "todayPage")
        verify(today)
        tryVerify(() => findChild(today, "glanceGoal") !== null)
        const goalId = GoalListModel.glance[0].goalId
        mouseClick(reveal(today, findChild(today, "glanceGoal")))
        compare(win.currentPage, win.pageNames.indexOf("goals"))
        const goals = findChild(win, "goalsPage")
        verify(goals)
        const stack = findChild(goals, "goalsStack")
        tryCompare(stack, "depth", 2)
        compare(GoalDetailModel.goalId, goalId)
        compare(GoalDetailModel.title, "Go to three meetings a week")
        tryVerify(() => !stack.busy)
        verify(stack.currentItem.visible)
    }
}
