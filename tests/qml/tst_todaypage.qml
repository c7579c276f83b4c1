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
        compare(textOf(findChild(page, "journalCount"), "countLabel"), "Journal entries")
        // Three days on, the entry from six days ago has left the window.
        Fixture.advanceHours(72)
        compare(countOf(page, "journalCount"), 2)
        compare(countOf(page, "gratitudeCount"), 2)
    }

    SignalSpy {
        id: goalSpy

        signalName: "goalRequested"
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
        mouseClick(goal)
        compare(goalSpy.count, 1)
        compare(goalSpy.signalArguments[0][0], GoalListModel.glance[0].goalId)
        verify(goalSpy.signalArguments[0][0].length > 0)
    }

    // In the app, the tap opens the goal's detail on the Goals tab, through that tab's own route.
    function test_glanceGoalOpensItsDetail() {
        const win = createTemporaryObject(windowComponent, root)
        verify(win)
        const today = findChild(win, "todayPage")
        verify(today)
        tryVerify(() => findChild(today, "glanceGoal") !== null)
        const goalId = GoalListModel.glance[0].goalId
        mouseClick(findChild(today, "glanceGoal"))
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
