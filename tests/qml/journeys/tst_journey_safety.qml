import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// The safety plan is one tap from crisis help wherever the patient is: in
// the first run, before anything is set up, and on every tab after it.
JourneyTestCase {
    id: root

    name: "SafetyJourney"

    function test_safetyPlanFromTheFirstRunAndEveryTab() {
        start()

        // During the first run: help, then the whole plan over it, and back to where it was.
        item("firstRunOverlay")
        tap("firstRunGetHelp")
        item("getHelpDialog")
        look("first-run-help")
        tap("openSafetyPlan")
        gone("getHelpDialog")
        item("firstRunSafetyPlan")
        item("safetyPlanPage")
        verify(Journey.findAll(root.app, "call").length > 0, "the plan shows nobody to call")
        look("first-run-plan")
        tap("backButton")
        gone("firstRunSafetyPlan")
        item("firstRunOverlay")
        FirstRun.finishByTouch(root)

        // From every tab, by the header's "Get help now".
        const tabs = ["today", "journal", "goals", "schedule", "more"]
        for (let i = 0; i < tabs.length; ++i) {
            tab(i)
            tap("getHelpButton")
            item("getHelpDialog")
            look("help-from-" + tabs[i])
            tap("openSafetyPlan")
            gone("getHelpDialog")
            tryCompare(root.app, "currentPage", 4)
            item("safetyPlanPage")
            look("plan-from-" + tabs[i])
            tap("backButton")
            gone("safetyPlanPage")
            item("moreStack")
        }
    }
}
