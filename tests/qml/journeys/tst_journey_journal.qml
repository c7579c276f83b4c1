import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// Journaling from a prompt, back to the list, finding the entry again and
// adding to it; leaving and coming back to the tab keeps the list.
JourneyTestCase {
    id: root

    name: "JournalJourney"

    readonly property string firstWords: Journey.spanish ? "Vi una garza junto al río después del grupo"
                                                         : "Saw a heron by the river after group"

    function entryShowing(words) {
        const entries = Journey.findAll(root.app, "journalEntry")
        for (let i = 0; i < entries.length; ++i) {
            if (entries[i].excerpt.indexOf(words) >= 0)
                return entries[i]
        }
        return null
    }

    function test_fromAPromptBackToTheListSearchAndEdit() {
        start()
        FirstRun.finishByTouch(root)
        tab(1)
        item("journalList")
        look("journal")

        tap("promptsButton")
        item("promptList")
        look("prompts")
        tap(Journey.findAll(root.app, "promptDelegate")[0])

        // The editor opens with the prompt above the text, ready for typing.
        const prompt = item("promptText")
        verify(prompt.text !== "")
        focused("entryText")
        type(root.firstWords)
        look("writing")
        tap("editorDone")

        // Back on the list, which shows the new entry first.
        gone("entryText")
        item("journalList")
        tryVerify(() => root.entryShowing(root.firstWords) !== null, 5000, "the new entry is not in the list")
        look("list-with-entry")

        // Another tab and back: the list is still there, not an editor.
        tab(0)
        tab(1)
        item("journalList")
        verify(!shows("entryText"), "the editor came back after switching tabs")

        // Search finds it; opening it and adding a line keeps both.
        tap("journalSearch")
        type(Journey.spanish ? "garza" : "heron")
        tryVerify(() => Journey.findAll(root.app, "journalEntry").length === 1, 5000,
                  "the search did not narrow the list to the one entry")
        look("search")
        tap(Journey.findAll(root.app, "journalEntry")[0])
        const editor = item("entryText")
        compare(editor.text, root.firstWords)
        focused("entryText")
        keyClick(Qt.Key_End, Qt.ControlModifier)
        type(Journey.spanish ? ". Me ayudó." : ". It helped.")
        tap("editorDone")
        gone("entryText")
        tryVerify(() => root.entryShowing(Journey.spanish ? "Me ayudó" : "It helped") !== null, 5000,
                  "the edit did not reach the list")
        look("after-edit")

        // Delete asks first, in words; keeping it changes nothing, deleting removes it.
        const edited = root.entryShowing(Journey.spanish ? "Me ayudó" : "It helped")
        tap(edited)
        focused("entryText")
        tryVerify(() => Journey.settled(root.app), 3000, "the editor never stopped moving")
        tap("editorDelete")
        const question = item("deleteDialog")
        look("delete-question")
        tap("keepEntryButton")
        gone("deleteDialog")
        tryVerify(() => Journey.settled(root.app), 3000, "the question never closed")
        tap("editorDelete")
        tap("deleteEntryButton")
        gone("entryText")
        tryVerify(() => root.entryShowing(Journey.spanish ? "Me ayudó" : "It helped") === null, 5000,
                  "the deleted entry is still in the list")
    }
}
