import QtQuick
import QtTest
import Circle
import CircleTestSupport

// Homework over the fixture's store: one assignment past due, one coming up.
TestCase {
    id: root

    name: "HomeworkPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        HomeworkPage {
            width: root.width
            height: root.height
        }
    }

    function test_answersAttachesAndMarksDone() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "homeworkList")
        tryCompare(list, "count", 2)
        tryVerify(() => list.itemAtIndex(1) !== null)
        const next = list.itemAtIndex(0)
        compare(next.title, "Practise saying no once")
        verify(!next.overdue)
        const past = list.itemAtIndex(1)
        verify(past.overdue)
        verify(past.dueText.indexOf("still counts") >= 0)

        findChild(next, "answer").text = "Said no to an extra shift."
        findChild(next, "saveAnswer").clicked()
        tryVerify(() => list.itemAtIndex(0).response === "Said no to an extra shift.")
        findChild(list.itemAtIndex(0), "attachEntry").clicked()
        tryVerify(() => list.itemAtIndex(0).attached)
        const box = findChild(list.itemAtIndex(1), "doneBox")
        verify(box.height >= 48)
        box.toggle()
        box.toggled()
        tryVerify(() => list.itemAtIndex(1).done && !list.itemAtIndex(1).overdue)
    }
}
