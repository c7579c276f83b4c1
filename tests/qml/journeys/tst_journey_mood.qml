import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// Three good things written and kept under today; a mood check-in at a low
// score answered gently with the way to the safety plan, and a better one
// thanked without it.
JourneyTestCase {
    id: root

    name: "MoodJourney"

    readonly property var goodThings: Journey.spanish
                                      ? ["Un café con mi hermana", "El sol en la ventana", "Terminé el libro"]
                                      : ["Coffee with my sister", "Sun on the window", "Finished my book"]

    function todaysGoodThings() {
        const days = Journey.findAll(root.app, "gratitudeDay")
        for (let i = 0; i < days.length; ++i) {
            if (days[i].items.indexOf(root.goodThings[0]) >= 0)
                return days[i].items
        }
        return []
    }

    /** Taps the slider where the score sits, as a finger would, once the page is at rest. */
    function tapScore(score) {
        const slider = item("scoreSlider")
        tryVerify(() => Journey.settled(root.app), 3000, "the pages never stopped moving")
        waitForRendering(root.app.contentItem)
        Journey.bringIntoView(slider)
        waitForRendering(slider)
        const handle = slider.handle.width
        const x = slider.leftPadding + handle / 2 + (slider.availableWidth - handle) * score / 10
        mouseClick(slider, x, slider.height / 2)
        tryVerify(() => Math.round(slider.value) === score, 3000,
                  "the slider shows " + slider.value + " after a tap at " + score)
        verify(item("scoreValue").text.indexOf(String(score)) >= 0, item("scoreValue").text)
    }

    /** Waits for the item named name to be wholly between the page's top and the tab bar. */
    function inSight(name) {
        const it = item(name)
        // As the patient sees it: after the page has been laid out and drawn.
        waitForRendering(root.app.contentItem)
        tryVerify(() => Journey.settled(root.app), 3000, "the pages never stopped moving")
        tryVerify(() => {
            const top = it.mapToItem(root.app.contentItem, 0, 0).y
            return it.height > 0 && top >= 0 && top + it.height <= root.app.contentItem.height
        }, 3000, "\"" + name + "\" is out of sight after saving")
    }

    function test_goodThingsAndMood() {
        start()
        FirstRun.finishByTouch(root)

        // Three good things.
        tab(4)
        tap("moreGratitude")
        item("gratitudeHistory")
        look("gratitude")
        for (let i = 0; i < 3; ++i) {
            tap("goodThing" + i)
            focused("goodThing" + i)
            type(root.goodThings[i])
        }
        look("gratitude-typed")
        tap("saveGratitude")
        tryVerify(() => root.todaysGoodThings().length === 3, 5000,
                  "today's three good things are not in the list: " + root.todaysGoodThings())
        look("gratitude-saved")
        tap("backButton")

        // A low mood: a gentle word and the way to the safety plan.
        tap("moreMood")
        item("moodScroll")
        look("mood")
        tapScore(2)
        const tired = tap("emotion_tired")
        verify(tired.checked, "the word did not stay picked")
        tap("moodNote")
        type(Journey.spanish ? "Un día pesado" : "A heavy day")
        look("mood-low-typed")
        tap("saveMood")
        item("moodSaved")
        root.inSight("moodSavedText")
        root.inSight("moodOpenSafetyPlan")
        const gentle = item("moodSavedText").text
        item("moodOpenSafetyPlan")
        verify(!tired.checked, "the word stayed picked after saving")
        compare(item("moodNote").text, "")
        look("mood-low-saved")
        tap("moodOpenSafetyPlan")
        item("safetyPlanPage")
        look("plan-after-low-mood")
        tap("backButton")
        gone("safetyPlanPage")
        item("moodScroll")

        // A better moment: thanked, without the offer of support.
        tapScore(7)
        tap("saveMood")
        tryVerify(() => item("moodSavedText").text !== gentle, 5000, "a 7 got the same words as a 2")
        verify(!shows("moodOpenSafetyPlan"), "a good mood is offered the safety plan")
        look("mood-good-saved")
    }
}
