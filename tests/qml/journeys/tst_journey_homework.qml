import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// The group's homework, answered, shared with the therapists after seeing
// exactly what they will read, seen as shared on its card, and taken back.
JourneyTestCase {
    id: root

    name: "HomeworkJourney"

    readonly property string answerWords: Journey.spanish ? "Respiré despacio antes de la reunión y me ayudó"
                                                          : "I breathed slowly before the meeting and it helped"

    function test_answeredSharedAndTakenBack() {
        verify(Journey.clinicLinked, "the homework journey shares: it needs a phone that has joined its clinic")
        start()
        FirstRun.finishByTouch(root)
        tab(4)
        tap("moreHomework")
        item("homeworkList")
        look("homework")

        // Before writing, the card says who reads the answer: nobody yet.
        const privately = item("sharingStatus").text
        verify(privately !== "", "the card does not say who sees the answer")
        verify(!shows("unshareAnswer"), "an answer never shared offers to stop sharing")

        tap("answer")
        focused("answer")
        type(root.answerWords)
        look("answer-typed")
        tap("saveAnswer")
        tryCompare(item("answer"), "text", root.answerWords)

        // The preview: exactly the words typed, under the homework's own title; nothing shared yet.
        tap("shareAnswer")
        item("sharePreview")
        compare(item("previewAnswer").text, root.answerWords)
        verify(item("previewTitle").text !== "", "the preview does not name the homework")
        verify(!shows("previewAttached"), "the preview speaks of a journal entry that is not attached")
        compare(item("sharingStatus").text, privately, "the answer was shared before Share was pressed")
        look("share-preview")
        tap("shareConfirm")
        gone("sharePreview")

        // Seen as shared on the card, with a way to take it back.
        tryVerify(() => item("sharingStatus").text !== privately, 5000, "the card does not say the answer is shared")
        item("unshareAnswer")
        verify(!shows("shareAnswer"), "a shared answer still offers to share")
        compare(item("answer").text, root.answerWords)
        look("shared")

        // And seen as shared when coming back to it later.
        tab(0)
        tab(4)
        item("homeworkList")
        tryVerify(() => item("sharingStatus").text !== privately, 5000, "the shared state did not last")

        tap("unshareAnswer")
        item("shareAnswer")
        tryCompare(item("sharingStatus"), "text", privately)
        look("unshared")
    }
}
