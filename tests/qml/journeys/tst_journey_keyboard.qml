import QtQuick
import QtTest
import CircleJourney

// The first run and a journal entry with the keyboard alone: Tab moves in a
// sensible order, Enter and Space press, the focus ring shows where focus is,
// and the editor takes the typing as soon as it opens.
JourneyTestCase {
    id: root

    name: "KeyboardJourney"

    function press(name) {
        const it = tabTo(name)
        verify(item("focusFrame").visible, "no focus ring around \"" + name + "\"")
        keyClick(Qt.Key_Return)
        return it
    }

    function test_firstRunAndJournalByKeyboard() {
        start()
        item("firstRunOverlay")
        press("firstRunNext")
        press("firstRunNext")
        const list = item("agreementList")
        tryVerify(() => list.count > 0)
        for (let i = 0; i < list.count; ++i) {
            const check = tabTo("agreementCheck" + i)
            keyClick(Qt.Key_Space)
            verify(check.checked, "Space did not tick point " + (i + 1))
        }
        press("firstRunNext") // Continue
        tryVerify(() => shows("passcodeNew"))
        press("firstRunNext") // Skip for now
        gone("firstRunOverlay")
        look("today-by-keyboard")

        // To the journal by its tab, then a prompt.
        press("tab-journal")
        tryCompare(root.app, "currentPage", 1)
        press("promptsButton")
        item("promptList")
        press("promptDelegate")
        focused("entryText")
        type("Typed straight away")
        press("editorDone")
        gone("entryText")

        // The new entry is reached with Tab and opens with Enter.
        const entry = tabTo("journalEntry")
        verify(entry.excerpt.indexOf("Typed straight away") >= 0, entry.excerpt)
        keyClick(Qt.Key_Return)
        focused("entryText")
        compare(item("entryText").text, "Typed straight away")
        look("editor-by-keyboard")
    }
}
