import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The Goals page over the fixture's store: one active goal, one of two steps done.
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

    function test_showsGoalWithProgress() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "goalList")
        tryCompare(list, "count", 1)
        tryVerify(() => list.itemAtIndex(0) !== null)
        const goal = list.itemAtIndex(0)
        compare(findChild(goal, "goalTitle").text, "Go to three meetings a week")
        compare(findChild(goal, "goalStatus").text, "Active")
        compare(findChild(goal, "goalTarget").text, "Target: 3 meetings a week · By 30 April 2024")
        compare(findChild(goal, "goalSteps").text, "Steps done: 1 of 2")
        verify(!findChild(page, "goalsEmpty").visible)
    }
}
