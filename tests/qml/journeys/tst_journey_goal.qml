import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// A goal from the builder to its end, by touch: two check-ins (one far above
// the target, asked about and then corrected), a mistaken one deleted, a step
// ticked, shared with the therapist and taken back, reached, put aside, taken
// up again, reached, and deleted.
JourneyTestCase {
    id: root

    name: "GoalJourney"

    readonly property string goalTitle: Journey.spanish ? "Caminar después de cenar" : "Walk after dinner"

    function goalInList(title) {
        const goals = Journey.findAll(root.app, "goalDelegate")
        for (let i = 0; i < goals.length; ++i) {
            if (goals[i].title === title)
                return goals[i]
        }
        return null
    }

    function checkInValues() {
        return Journey.findAll(root.app, "checkInValue").map(label => label.text)
    }

    function typeInto(name, text) {
        tap(name)
        focused(name)
        type(text)
    }

    function test_goalFromBuilderToReached() {
        verify(Journey.clinicLinked, "the goal journey shares: it needs a phone that has joined its clinic")
        start()
        FirstRun.finishByTouch(root)
        tab(2)
        item("goalList")
        look("goals")

        // The builder, one step at a time.
        tap("newGoalButton")
        typeInto("goalTitleField", root.goalTitle)
        look("builder-what")
        tap("builderNext")
        typeInto("goalTargetField", "3")
        const unit = tap("unitSuggestion1")
        tryCompare(item("goalUnitField"), "text", unit.text)
        look("builder-how-much")
        tap("builderNext")
        const steps = Journey.spanish ? ["Buscar la ruta del parque", "Dejar las zapatillas junto a la puerta"]
                                      : ["Find the route by the park", "Leave my shoes by the door"]
        for (let i = 0; i < steps.length; ++i) {
            typeInto("newStepField", steps[i])
            tap("addStepButton")
            item("actionStep" + i)
        }
        look("builder-steps")
        tap("builderNext")
        typeInto("goalWhyField", Journey.spanish ? "Duermo mejor cuando camino" : "I sleep better when I walk")
        look("builder-why")
        tap("builderNext")
        tap("dueIn30")
        verify(item("dueLabel").text !== "", "picking \"in a month\" names no day")
        look("builder-when")
        tap("builderNext")
        compare(item("reviewTitle").text, root.goalTitle)
        verify(item("reviewTarget").text.indexOf("3") === 0, item("reviewTarget").text)
        look("builder-review")
        tap("builderNext") // Save goal

        // The new goal opens, with nothing checked in yet.
        compare(item("detailTitle").text, root.goalTitle)
        compare(root.checkInValues().length, 0)
        look("goal-new")

        // First check-in, with a note: the value goes into the value field, not the note.
        typeInto("checkInValueField", "1")
        typeInto("checkInNoteField", Journey.spanish ? "Una vuelta corta" : "A short loop")
        look("check-in-typed")
        tap("saveCheckInButton")
        checkInsAre(1)
        compare(item("checkInValueField").text, "")
        compare(item("checkInNoteField").text, "")

        // Second check-in, far above the target: asked first.
        typeInto("checkInValueField", "40")
        tap("saveCheckInButton")
        item("farAboveDialog")
        look("far-above")
        tap("confirmReject")
        gone("farAboveDialog")
        compare(root.checkInValues().length, 1, "\"let me change it\" stored the check-in")
        compare(item("checkInValueField").text, "40", "\"let me change it\" lost what was typed")
        tap("saveCheckInButton")
        item("farAboveDialog")
        tap("confirmAccept")
        gone("farAboveDialog")
        checkInsAre(2)
        verify(root.checkInValues()[0].indexOf("40") >= 0, root.checkInValues()[0])

        // The 40 was meant as 4: corrected in place, newest first.
        tap(Journey.findAll(root.app, "editCheckInButton")[0])
        item("checkInEditDialog")
        focused("correctValueField")
        compare(item("correctValueField").text, "40")
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("4")
        look("correcting")
        tap("saveCorrectionButton")
        gone("checkInEditDialog")
        tryVerify(() => root.checkInValues()[0].indexOf("40") < 0 && root.checkInValues()[0].indexOf("4") >= 0,
                  5000, "the correction did not reach the history: " + root.checkInValues())
        compare(root.checkInValues().length, 2)

        // A third check-in by mistake, deleted again.
        typeInto("checkInValueField", "2")
        tap("saveCheckInButton")
        checkInsAre(3)
        tap(Journey.findAll(root.app, "editCheckInButton")[0])
        item("checkInEditDialog")
        tap("deleteCheckInButton")
        item("deleteCheckInDialog")
        look("delete-check-in")
        tap("confirmAccept")
        gone("checkInEditDialog")
        checkInsAre(2)
        look("two-check-ins")

        // A step ticked off.
        const before = item("stepsDone").text
        tap("goalStep0")
        tryVerify(() => item("goalStep0").checked, 5000, "the first step did not tick")
        tryVerify(() => item("stepsDone").text !== before, 5000, "\"" + before + "\" did not change")
        verify(!item("goalStep1").checked)
        look("step-ticked")

        // Shared: the preview first, then a question, then shared.
        const noteHint = item("checkInNoteHint").text
        tap("shareGoalButton")
        item("sharePreview")
        verify(!shows("unshareButton"), "a goal never shared offers to stop sharing")
        look("share-preview")
        tap("shareButton")
        item("shareDialog")
        look("share-question")
        tap("confirmAccept")
        gone("shareDialog")
        item("unshareButton")
        verify(!shows("shareButton"), "a shared goal still offers to share")
        look("shared")
        tap("backButton")
        tryVerify(() => item("checkInNoteHint").text !== noteHint, 5000,
                  "the note's hint does not say the therapist reads it now")

        // And taken back.
        tap("shareGoalButton")
        tap("unshareButton")
        item("unshareDialog")
        tap("confirmAccept")
        gone("unshareDialog")
        item("shareButton")
        look("unshared")
        tap("backButton")
        tryCompare(item("checkInNoteHint"), "text", noteHint)

        // Reached; put aside and taken up again; reached for good.
        tap("markReachedButton")
        item("takeUpAgainButton")
        verify(item("goalStatusNote").text !== "", "a reached goal does not say so")
        verify(!shows("markReachedButton"))
        look("reached")
        tap("takeUpAgainButton")
        tap("putAsideButton")
        item("takeUpAgainButton")
        look("put-aside")
        tap("takeUpAgainButton")
        tap("markReachedButton")
        item("takeUpAgainButton")

        // Back in the list the goal reads as reached.
        tap("backButton")
        item("goalList")
        tryVerify(() => root.goalInList(root.goalTitle) !== null, 5000, "the goal is not in the list")
        const listed = root.goalInList(root.goalTitle)
        verify(listed.statusLabel !== "", "the list does not say the goal was reached")
        look("list-reached")

        // And deleted, after a question.
        tap(listed)
        tap("deleteGoalButton")
        item("deleteGoalDialog")
        look("delete-goal")
        tap("confirmAccept")
        item("goalList")
        tryVerify(() => root.goalInList(root.goalTitle) === null, 5000, "the deleted goal is still listed")
        look("deleted")
    }

    function checkInsAre(count) {
        tryVerify(() => root.checkInValues().length === count, 5000,
                  "the history shows " + root.checkInValues().length + " check-ins, not " + count)
    }
}
