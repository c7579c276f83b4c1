import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// The goal journey with the keyboard alone: the builder, a check-in, a step
// ticked, shared, and reached, by Tab, Enter and Space, with the focus ring
// on whatever is about to be pressed.
JourneyTestCase {
    id: root

    name: "GoalKeyboardJourney"

    function press(name) {
        return FirstRun.pressByKeyboard(root, name)
    }

    function typeAt(name, text) {
        tabTo(name, 100)
        type(text)
    }

    function test_goalByKeyboard() {
        verify(Journey.clinicLinked, "the goal journey shares: it needs a phone that has joined its clinic")
        start()
        FirstRun.finishByKeyboard(root)

        press("tab-goals")
        tryCompare(root.app, "currentPage", 2)
        press("newGoalButton")
        typeAt("goalTitleField", "Walk after dinner")
        press("builderNext")
        typeAt("goalTargetField", "3")
        const unit = press("unitSuggestion1")
        tryCompare(item("goalUnitField"), "text", unit.text)
        press("builderNext")
        typeAt("newStepField", "Leave my shoes by the door")
        keyClick(Qt.Key_Return) // adds the step
        item("actionStep0")
        press("builderNext")
        press("builderNext") // why it matters is optional
        press("dueIn30")
        press("builderNext")
        compare(item("reviewTitle").text, "Walk after dinner")
        press("builderNext") // Save goal

        // A check-in: Enter in the value moves to the note; Enter in the note saves.
        compare(item("detailTitle").text, "Walk after dinner")
        typeAt("checkInValueField", "2")
        keyClick(Qt.Key_Return)
        focused("checkInNoteField")
        type("Round the block")
        keyClick(Qt.Key_Return)
        tryVerify(() => Journey.findAll(root.app, "checkInValue").length === 1, 5000, "the check-in was not saved")

        // A step ticked with Space.
        tabTo("goalStep0", 100)
        keyClick(Qt.Key_Space)
        tryVerify(() => item("goalStep0").checked, 5000, "Space did not tick the step")

        // Shared, after the question.
        press("shareGoalButton")
        press("shareButton")
        item("shareDialog")
        press("confirmAccept")
        gone("shareDialog")
        item("unshareButton")
        look("shared-by-keyboard")
        press("backButton")

        // Reached.
        press("markReachedButton")
        item("takeUpAgainButton")
        look("reached-by-keyboard")
    }
}
