import QtQuick
import QtQuick.Controls
import QtTest
import Circle
import CircleTestSupport

// A goal's own page, reached from the list by a tap, over the fixture's goal
// (3 meetings a week, no check-ins yet, one of two steps done), driven with
// taps and keys: the check-in form, ticking steps, the question before a value
// far above the target, correcting and deleting a check-in, and the goal's
// own lifecycle. Qt Quick Test runs the functions by name, so the one that
// deletes the goal is named to run last.
TestCase {
    id: root

    name: "GoalDetail"
    width: 360
    height: 640
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        GoalsPage {
            width: root.width
            height: root.height
        }
    }

    /** The goal opened by a tap on the list; returns the page's stack. */
    function openGoal() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "goalList")
        tryCompare(list, "count", 1)
        tryVerify(() => list.itemAtIndex(0) !== null)
        mouseClick(list.itemAtIndex(0))
        const stack = findChild(page, "goalsStack")
        tryCompare(stack, "depth", 2)
        tryCompare(stack, "busy", false)
        return stack
    }

    /** Scrolls the page so item is in view, then taps it. */
    function tap(page, item) {
        // A list just rebuilt is laid out at the next polish; tap where it ends up.
        waitForItemPolished(findChild(page, "checkInForm").parent)
        const scroll = findChild(page, "goalDetailScroll")
        const flick = scroll.contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
        wait(0)
        mouseClick(item)
    }

    function typeText(text) {
        for (const c of text)
            keyClick(c)
    }

    function test_A_firstCheckInIsTypedWhereItShows() {
        const detail = openGoal().currentItem
        compare(GoalDetailModel.checkInCount, 0)
        // The title wraps in the page rather than being cut in the header.
        const title = findChild(detail, "detailTitle")
        compare(title.text, "Go to three meetings a week")
        verify(title.wrapMode === Text.Wrap && title.width <= detail.width)
        const value = findChild(detail, "checkInValueField")
        const note = findChild(detail, "checkInNoteField")
        // The fields sit one under the other, nothing on top of either.
        const valueBottom = value.mapToItem(detail, 0, value.height).y
        verify(note.mapToItem(detail, 0, 0).y >= valueBottom, "the note sits below the value")
        tap(detail, value)
        verify(value.activeFocus, "a tap on the value field puts the cursor there")
        typeText("2")
        compare(value.text, "2")
        compare(note.text, "")
        keyClick(Qt.Key_Tab)
        verify(note.activeFocus, "Tab goes on to the note")
        typeText("Two")
        keyClick(Qt.Key_Return)
        compare(GoalDetailModel.checkInCount, 1)
        compare(value.text, "")
        verify(!findChild(detail, "checkInValueError").visible)
        compare(findChild(detail, "checkInNoteHint").text, "Only you see the note, unless you share this goal.")
    }

    function test_stepsTickByTapAndByKeyboard() {
        const detail = openGoal().currentItem
        const done = findChild(detail, "stepsDone")
        compare(done.text, "1 of 2 steps done")
        tap(detail, findChild(detail, "goalStep1"))
        tryCompare(done, "text", "2 of 2 steps done")
        verify(findChild(detail, "goalStep1").checked)

        // Space and Enter tick too, and the keyboard stays on the step.
        findChild(detail, "goalStep1").forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(done, "text", "1 of 2 steps done")
        tryVerify(() => findChild(detail, "goalStep1").activeFocus)
        keyClick(Qt.Key_Return)
        tryCompare(done, "text", "2 of 2 steps done")
        keyClick(Qt.Key_Return)
        tryCompare(done, "text", "1 of 2 steps done")
        verify(findChild(detail, "goalStep1").height >= 48)
    }

    function test_aValueFarAboveTheTargetIsQuestioned() {
        const detail = openGoal().currentItem
        const before = GoalDetailModel.checkInCount
        const value = findChild(detail, "checkInValueField")
        tap(detail, value)
        typeText("500")
        tap(detail, findChild(detail, "saveCheckInButton"))
        const dialog = findChild(detail, "farAboveDialog")
        tryCompare(dialog, "opened", true)
        verify(findChild(dialog, "confirmMessage").text.indexOf("500 is far above your target of 3 meetings a week") === 0)
        compare(GoalDetailModel.checkInCount, before)

        // "Let me change it" keeps the number to fix.
        mouseClick(findChild(dialog, "confirmReject"))
        tryCompare(dialog, "visible", false)
        compare(GoalDetailModel.checkInCount, before)
        compare(value.text, "500")

        tap(detail, findChild(detail, "saveCheckInButton"))
        tryCompare(dialog, "opened", true)
        mouseClick(findChild(dialog, "confirmAccept"))
        tryCompare(dialog, "visible", false)
        compare(GoalDetailModel.checkInCount, before + 1)
        compare(value.text, "")
    }

    function test_aCheckInIsCorrectedThenDeleted() {
        Fixture.advanceHours(1) // after the other tests' check-ins, so it is the newest
        const detail = openGoal().currentItem
        const value = findChild(detail, "checkInValueField")
        tap(detail, value)
        typeText("1")
        tap(detail, findChild(detail, "saveCheckInButton"))
        const history = findChild(detail, "checkInHistory")
        const count = history.count
        compare(findChild(history.itemAt(0), "checkInValue").text, "1 meeting a week")

        tap(detail, findChild(history.itemAt(0), "editCheckInButton"))
        const edit = findChild(detail, "checkInEditDialog")
        tryCompare(edit, "opened", true)
        const field = findChild(edit, "correctValueField")
        compare(field.text, "1")
        verify(field.activeFocus, "the value is ready to retype")
        field.selectAll()
        typeText("3")
        mouseClick(findChild(edit, "saveCorrectionButton"))
        tryCompare(edit, "visible", false)
        compare(history.count, count)
        compare(findChild(history.itemAt(0), "checkInValue").text, "3 meetings a week")

        tap(detail, findChild(history.itemAt(0), "editCheckInButton"))
        tryCompare(edit, "opened", true)
        mouseClick(findChild(edit, "deleteCheckInButton"))
        const confirm = findChild(detail, "deleteCheckInDialog")
        tryCompare(confirm, "opened", true)
        mouseClick(findChild(confirm, "confirmAccept"))
        tryCompare(confirm, "visible", false)
        tryCompare(edit, "visible", false)
        compare(history.count, count - 1)
    }

    function test_theGoalIsReachedPutAsideAndTakenUpAgain() {
        const stack = openGoal()
        const detail = stack.currentItem
        const note = findChild(detail, "goalStatusNote")
        verify(!note.visible)
        tap(detail, findChild(detail, "markReachedButton"))
        tryCompare(note, "visible", true)
        verify(note.text.indexOf("You reached this goal") === 0)
        verify(!findChild(detail, "markReachedButton").visible)

        tap(detail, findChild(detail, "takeUpAgainButton"))
        tryCompare(note, "visible", false)
        tap(detail, findChild(detail, "putAsideButton"))
        tryCompare(note, "visible", true)
        verify(note.text.indexOf("Put aside") === 0)

        // Back on the list, the goal says where it stands.
        mouseClick(findChild(detail.header, "backButton"))
        tryCompare(stack, "depth", 1)
        const list = findChild(stack, "goalList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        compare(findChild(list.itemAtIndex(0), "goalStatus").text, "Put aside")
        GoalDetailModel.takeUpAgain()
    }

    function test_zz_theGoalIsDeletedOnlyAfterTheQuestion() {
        const stack = openGoal()
        const detail = stack.currentItem
        tap(detail, findChild(detail, "deleteGoalButton"))
        const dialog = findChild(detail, "deleteGoalDialog")
        tryCompare(dialog, "opened", true)
        // The keyboard starts on the safe answer.
        verify(findChild(dialog, "confirmReject").activeFocus)
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false)
        compare(stack.depth, 2)
        verify(GoalDetailModel.loaded)

        tap(detail, findChild(detail, "deleteGoalButton"))
        tryCompare(dialog, "opened", true)
        mouseClick(findChild(dialog, "confirmAccept"))
        tryCompare(stack, "depth", 1)
        const list = findChild(stack, "goalList")
        tryCompare(list, "count", 0)
        verify(findChild(stack, "goalsEmpty").visible)
    }
}
