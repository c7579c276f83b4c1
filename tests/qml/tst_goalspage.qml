import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The Goals page over the fixture's store: one active goal, one of two steps done.
// A goal opens from the list; check-ins, the chart and sharing are tested through the page.
TestCase {
    id: root

    name: "GoalsPage"
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

    /** The Goals page with the fixture's goal opened by a tap; returns the page's stack. */
    function openFirstGoal() {
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

    function test_showsGoalWithProgress() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "goalList")
        tryCompare(list, "count", 1)
        tryVerify(() => list.itemAtIndex(0) !== null)
        const goal = list.itemAtIndex(0)
        compare(findChild(goal, "goalTitle").text, "Go to three meetings a week")
        compare(findChild(goal, "goalStatus").text, "Active")
        compare(findChild(goal, "goalTarget").text, "Target: 3 meetings a week · By 30 April 2024")
        compare(findChild(goal, "goalSteps").text, "1 of 2 steps done")
        verify(goal.height >= 48)
        verify(goal.Accessible.name.startsWith("Go to three meetings a week, Active"))
        verify(!findChild(page, "goalsEmpty").visible)
        verify(findChild(page, "newGoalButton").height >= 48)
    }

    function test_badCheckInsAreNamedAndNothingIsStored() {
        const detail = openFirstGoal().currentItem
        compare(GoalDetailModel.title, "Go to three meetings a week")
        const before = GoalDetailModel.checkInCount
        const value = findChild(detail, "checkInValueField")
        const note = findChild(detail, "checkInNoteField")
        const save = findChild(detail, "saveCheckInButton")
        const error = findChild(detail, "checkInValueError")
        verify(!error.visible)

        const cases = [["", "Enter a value"], ["lots", "\"lots\" is not a number"], ["-3", "cannot be negative"]]
        for (const [typed, words] of cases) {
            value.text = typed
            note.text = "Kept as typed"
            mouseClick(save)
            verify(error.visible, typed)
            verify(error.text.indexOf(words) >= 0, error.text)
            compare(value.text, typed)
            compare(note.text, "Kept as typed")
            compare(GoalDetailModel.checkInCount, before)
        }
    }

    function test_checkInIsStoredNewestFirstWithChart() {
        const detail = openFirstGoal().currentItem
        const before = GoalDetailModel.checkInCount
        const value = findChild(detail, "checkInValueField")
        const note = findChild(detail, "checkInNoteField")
        value.text = "2"
        note.text = "Went on Monday and Thursday"
        mouseClick(findChild(detail, "saveCheckInButton"))
        compare(GoalDetailModel.checkInCount, before + 1)
        compare(value.text, "")
        verify(!findChild(detail, "checkInValueError").visible)
        const history = findChild(detail, "checkInHistory")
        compare(history.count, before + 1)
        compare(findChild(history.itemAt(0), "checkInValue").text, "2 meetings a week")
        compare(findChild(history.itemAt(0), "checkInNote").text, "Went on Monday and Thursday")
        const chart = findChild(detail, "goalChart")
        compare(chart.points.length, before + 1)
        verify(chart.Accessible.description.indexOf("against a target of 3 meetings a week") >= 0,
               chart.Accessible.description)
        compare(findChild(detail, "chartSummary").text, chart.Accessible.description)
    }

    // With no clinic joined there is nobody to share with: the page says so and how to join.
    function test_withoutAClinicSharingIsNotOffered() {
        Fixture.setClinicJoined(false)
        const stack = openFirstGoal()
        mouseClick(findChild(stack.currentItem, "shareGoalButton"))
        tryCompare(stack, "depth", 3)
        tryCompare(stack, "busy", false)
        const sharePage = stack.currentItem
        verify(!GoalSharePreview.clinicJoined)
        const note = findChild(sharePage, "noClinicNote")
        verify(note.visible)
        verify(note.text.indexOf("not joined a clinic") >= 0)
        verify(note.text.indexOf("Clinic sync") >= 0, "it says where to join")
        verify(!findChild(sharePage, "shareButton").visible)
        verify(!GoalSharePreview.share())
        verify(!GoalSharePreview.shared)
        verify(findChild(sharePage, "shareError").text.indexOf("stays private") >= 0)
    }

    function test_shareShowsThePreviewThenSharesAndUnshares() {
        Fixture.setClinicJoined(true)
        const stack = openFirstGoal()
        const detail = stack.currentItem
        verify(!GoalDetailModel.shared)
        mouseClick(findChild(detail, "shareGoalButton"))
        tryCompare(stack, "depth", 3)
        tryCompare(stack, "busy", false)
        const sharePage = stack.currentItem

        // The preview is the rule sync uses: every field of the goal as it would travel.
        const fields = GoalSharePreview.sharedFields
        for (const f of ["title", "target_value", "unit", "start_date", "due_date", "steps", "status",
                         "shared_with_therapist", "meta"])
            verify(fields.indexOf(f) >= 0, f + " missing from " + fields)
        // The flag itself is not a row: "Shared: Yes" under "Not shared" read as a contradiction.
        for (let i = 0; i < GoalSharePreview.count; ++i) {
            const label = GoalSharePreview.data(GoalSharePreview.index(i, 0), GoalSharePreview.LabelRole)
            verify(label !== "Shared with your therapist" && label !== "Record details", label)
        }
        verify(fields.indexOf("why") < 0, "an empty field is not sent")
        const preview = findChild(sharePage, "sharePreview")
        compare(preview.count, GoalSharePreview.count)
        let titleShown = false
        for (let i = 0; i < preview.count; ++i) {
            if (preview.itemAt(i).label === "Goal" && preview.itemAt(i).value === "Go to three meetings a week")
                titleShown = true
        }
        verify(titleShown)
        verify(GoalSharePreview.privateItems.indexOf("Your journal") >= 0)
        compare(findChild(sharePage, "privateItems").count, GoalSharePreview.privateItems.length)
        compare(findChild(sharePage, "shareStatus").text, "Not shared. Only you can see this goal.")

        // Sharing asks first; cancelling changes nothing.
        const shareDialog = findChild(sharePage, "shareDialog")
        findChild(sharePage, "shareButton").clicked()
        tryCompare(shareDialog, "opened", true)
        shareDialog.reject()
        tryCompare(shareDialog, "visible", false)
        verify(!GoalSharePreview.shared)
        findChild(sharePage, "shareButton").clicked()
        tryCompare(shareDialog, "opened", true)
        shareDialog.accept()
        tryCompare(GoalSharePreview, "shared", true)
        verify(findChild(sharePage, "shareStatus").text.startsWith("Shared."))
        verify(findChild(sharePage, "unshareButton").visible)
        verify(!findChild(sharePage, "shareButton").visible)
        tryCompare(shareDialog, "visible", false)

        // Unsharing says when the therapist loses it.
        const unshareDialog = findChild(sharePage, "unshareDialog")
        findChild(sharePage, "unshareButton").clicked()
        tryCompare(unshareDialog, "opened", true)
        verify(unshareDialog.contentItem.text.indexOf("at the next sync") >= 0)
        unshareDialog.accept()
        tryCompare(GoalSharePreview, "shared", false)
        tryCompare(unshareDialog, "visible", false)

        // Back on the goal, the button says what is true now.
        mouseClick(findChild(sharePage.header, "backButton"))
        tryCompare(stack, "depth", 2)
        verify(!GoalDetailModel.shared)
        Fixture.setClinicJoined(false)
    }
}
