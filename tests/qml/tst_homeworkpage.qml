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

    function typeText(text) {
        for (const c of text)
            keyClick(c)
    }

    // Sharing by touch and keys: private until shared, a preview of exactly what
    // goes, refused while the phone is not linked to a clinic, and taken back.
    function test_sharesAnAnswerThroughAPreviewAndUnshares() {
        Fixture.setClinicLinked(false)
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "homeworkList")
        tryCompare(list, "count", 2)
        tryVerify(() => list.itemAtIndex(0) !== null)
        let card = list.itemAtIndex(0)
        const status = findChild(card, "sharingStatus")
        verify(status.text.indexOf("Private") === 0, status.text)
        verify(!card.shared)

        // Typed and not yet saved: the preview stores it first and shows it.
        const answer = findChild(card, "answer")
        mouseClick(answer)
        tryVerify(() => answer.activeFocus)
        answer.selectAll()
        typeText("Went to bed early.")
        const share = findChild(card, "shareAnswer")
        verify(share.visible && share.height >= 48)
        mouseClick(share)
        const preview = findChild(page, "sharePreview")
        tryVerify(() => preview.opened && preview.contentItem.item !== null)
        let sheet = preview.contentItem.item
        compare(findChild(sheet, "previewAnswer").text, "Went to bed early.")
        compare(findChild(sheet, "previewTitle").text, card.title)
        verify(findChild(sheet, "previewStaysPrivate").text.indexOf("stay private") >= 0)
        verify(findChild(sheet, "sharePreviewHeading").text.indexOf("therapists") >= 0)
        compare(list.itemAtIndex(0).response, "Went to bed early.")

        // Not linked: nothing is marked shared, and the sheet says why.
        mouseClick(findChild(sheet, "shareConfirm"))
        const error = findChild(sheet, "shareError")
        tryVerify(() => error.visible)
        verify(error.text.indexOf("not linked") >= 0, error.text)
        verify(!list.itemAtIndex(0).shared)
        mouseClick(findChild(sheet, "shareCancel"))
        tryVerify(() => !preview.visible)
        verify(!list.itemAtIndex(0).shared)

        // Linked: opened again and confirmed from the keyboard.
        Fixture.setClinicLinked(true)
        tryVerify(() => list.itemAtIndex(0) !== null)
        card = list.itemAtIndex(0)
        mouseClick(findChild(card, "shareAnswer"))
        tryVerify(() => preview.opened && preview.contentItem.item !== null)
        sheet = preview.contentItem.item
        const confirm = findChild(sheet, "shareConfirm")
        tryVerify(() => confirm.activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => !preview.visible)
        tryVerify(() => list.itemAtIndex(0).shared)
        card = list.itemAtIndex(0)
        verify(findChild(card, "sharingStatus").text.indexOf("Shared with your therapists in") === 0,
               findChild(card, "sharingStatus").text)
        verify(!findChild(card, "shareAnswer").visible)

        // Read back from the store it is still shared; then taken back.
        HomeworkModel.refresh()
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).shared)
        card = list.itemAtIndex(0)
        const unshare = findChild(card, "unshareAnswer")
        verify(unshare.visible && unshare.height >= 48)
        mouseClick(unshare)
        tryVerify(() => !list.itemAtIndex(0).shared)
        verify(findChild(list.itemAtIndex(0), "sharingStatus").text.indexOf("Private") === 0)
        HomeworkModel.refresh()
        tryVerify(() => list.itemAtIndex(0) !== null && !list.itemAtIndex(0).shared)
        compare(list.itemAtIndex(0).response, "Went to bed early.")
        Fixture.setClinicLinked(false)
    }
}
