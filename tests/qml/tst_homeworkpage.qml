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
        // Attaching goes through the picker: every entry, newest first, any one of them.
        findChild(list.itemAtIndex(0), "attachEntry").clicked()
        const picker = findChild(page, "entryPicker")
        tryVerify(() => picker.opened && picker.contentItem.item !== null)
        const sheet = picker.contentItem.item
        const entries = findChild(sheet, "pickerList")
        tryCompare(entries, "count", 4)
        tryVerify(() => entries.itemAtIndex(3) !== null)
        compare(entries.itemAtIndex(0).excerpt, "Entry from 1 days ago")
        compare(entries.itemAtIndex(3).excerpt, "Entry from 10 days ago")
        verify(entries.itemAtIndex(2).dayLabel.length > 0)
        verify(entries.itemAtIndex(2).height >= 48)
        const attach = findChild(sheet, "attachChosen")
        verify(!attach.enabled) // nothing chosen yet
        mouseClick(entries.itemAtIndex(2))
        tryVerify(() => entries.itemAtIndex(2).chosen)
        const preview = findChild(sheet, "chosenPreview")
        verify(preview.text.indexOf("Entry from 6 days ago") >= 0, preview.text)
        verify(!list.itemAtIndex(0).attached) // not until confirmed
        verify(attach.enabled)
        attach.clicked()
        tryVerify(() => !picker.visible)
        tryVerify(() => list.itemAtIndex(0).attached)
        compare(list.itemAtIndex(0).attachedExcerpt, "Entry from 6 days ago")
        verify(findChild(list.itemAtIndex(0), "attachedEntry").visible)

        // What is stored is what was chosen: read back from the store.
        HomeworkModel.refresh()
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).attached)
        compare(list.itemAtIndex(0).attachedExcerpt, "Entry from 6 days ago")

        // Changing it: the picker starts on the attached entry; cancelling keeps it.
        findChild(list.itemAtIndex(0), "attachEntry").clicked()
        tryVerify(() => picker.opened && picker.contentItem.item !== null)
        const again = picker.contentItem.item
        const againList = findChild(again, "pickerList")
        tryVerify(() => againList.itemAtIndex(2) !== null && againList.itemAtIndex(2).chosen)
        mouseClick(againList.itemAtIndex(3))
        findChild(again, "cancelPicker").clicked()
        tryVerify(() => !picker.visible)
        compare(list.itemAtIndex(0).attachedExcerpt, "Entry from 6 days ago")
        findChild(list.itemAtIndex(0), "attachEntry").clicked()
        tryVerify(() => picker.opened && picker.contentItem.item !== null)
        const third = picker.contentItem.item
        const thirdList = findChild(third, "pickerList")
        tryVerify(() => thirdList.itemAtIndex(3) !== null)
        mouseClick(thirdList.itemAtIndex(3))
        findChild(third, "attachChosen").clicked()
        tryVerify(() => list.itemAtIndex(0).attachedExcerpt === "Entry from 10 days ago")

        // Removing it keeps the written answer and the journal entry.
        const remove = findChild(list.itemAtIndex(0), "removeEntry")
        verify(remove.height >= 48)
        remove.clicked()
        tryVerify(() => !list.itemAtIndex(0).attached)
        compare(list.itemAtIndex(0).response, "Said no to an extra shift.")
        HomeworkModel.refresh()
        tryVerify(() => list.itemAtIndex(0) !== null && !list.itemAtIndex(0).attached)
        compare(JournalListModel.count, 4)
        const box = findChild(list.itemAtIndex(1), "doneBox")
        verify(box.height >= 48)
        box.toggle()
        box.toggled()
        tryVerify(() => list.itemAtIndex(1).done && !list.itemAtIndex(1).overdue)
    }
}
