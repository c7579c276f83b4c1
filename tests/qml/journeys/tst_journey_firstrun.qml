import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// A new patient opens Circle for the first time and reaches Today.
JourneyTestCase {
    id: root

    name: "FirstRunJourney"

    function test_firstRunToToday() {
        start()
        FirstRun.finishByTouch(root)
        item("todayPage")
        item("greeting")
        look("today")
        // Help stays one tap away on every tab once set up.
        for (let i = 0; i < 5; ++i) {
            tab(i)
            look("tab-" + i)
            verify(item("getHelpButton").visible)
        }
    }
}
