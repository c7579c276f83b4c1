import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The Journal page over the fixture's store: four entries, newest first.
TestCase {
    id: root

    name: "JournalPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        JournalPage {
            width: root.width
            height: root.height
        }
    }

    function init() {
        Fixture.reset()
    }

    function test_listsEntriesNewestFirst() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "journalList")
        verify(list)
        tryCompare(list, "count", 4)
        verify(!findChild(page, "journalEmpty").visible)
        tryVerify(() => list.itemAtIndex(0) !== null)
        const first = list.itemAtIndex(0)
        compare(findChild(first, "excerpt").text, "Entry from 1 days ago")
        compare(first.dayLabel, "Yesterday, 10:00")
        compare(first.topic, "Boundaries")
        compare(first.mood, 7)
        verify(first.Accessible.name.indexOf("Entry from 1 days ago") >= 0)
        const second = list.itemAtIndex(1)
        compare(second.dayLabel, "Saturday 9 March")
        compare(second.mood, -1)
    }
}
