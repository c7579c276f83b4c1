import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The Schedule page over the fixture's store: at the start, a cancelled session
// this afternoon and the next one tomorrow evening.
TestCase {
    id: root

    name: "SchedulePage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        SchedulePage {
            width: root.width
            height: root.height
        }
    }

    function init() {
        Fixture.reset()
    }

    function test_listsCancelledAndUpcoming() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "sessionList")
        tryCompare(list, "count", 2)
        tryVerify(() => list.itemAtIndex(1) !== null)
        const cancelled = list.itemAtIndex(0)
        compare(findChild(cancelled, "statusLabel").text, "Cancelled")
        verify(findChild(cancelled, "statusLabel").visible)
        verify(findChild(cancelled, "sessionWhen").font.strikeout)
        const next = list.itemAtIndex(1)
        compare(findChild(next, "sessionTitle").text, "Setting boundaries")
        compare(findChild(next, "sessionWhen").text, "Tomorrow, 18:00 – 19:30")
        verify(!findChild(next, "statusLabel").visible)
        verify(!findChild(page, "scheduleEmpty").visible)
    }

    function test_saysWhenNothingIsAhead() {
        const page = createTemporaryObject(pageComponent, root)
        Fixture.advanceHours(72)
        const list = findChild(page, "sessionList")
        tryCompare(list, "count", 0)
        const empty = findChild(page, "scheduleEmpty")
        verify(empty.visible)
        compare(empty.title, "No upcoming sessions")
    }
}
