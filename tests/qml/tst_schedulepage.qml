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
        ScheduleModel.showPast = false
        ScheduleModel.clearMessage()
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

    function sessionNamed(list, title) {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && findChild(item, "sessionTitle").text === title)
                return item
        }
        return null
    }

    function test_cannotAttendWithAReasonIsStored() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "sessionList")
        tryCompare(list, "count", 2)
        tryVerify(() => sessionNamed(list, "Setting boundaries") !== null)
        let next = sessionNamed(list, "Setting boundaries")
        const id = next.sessionId
        const cancelled = sessionNamed(list, "Cancelled one")
        verify(!findChild(cancelled, "cannotAttendButton").visible, "a cancelled session takes no answer")

        mouseClick(findChild(next, "cannotAttendButton"))
        const dialog = findChild(next, "cannotAttendDialog")
        tryCompare(dialog, "opened", true)
        const reason = findChild(dialog.contentItem, "reasonField")
        reason.text = "I have a doctor's appointment"
        mouseClick(findChild(dialog.contentItem, "sendAnswerButton"))
        tryVerify(() => Fixture.rsvpFor(id).response !== "")
        // Its dimmer takes taps until the closing dialog is gone.
        tryVerify(() => dialog === null || !dialog.visible)
        const stored = Fixture.rsvpFor(id)
        compare(stored.response, "not attending")
        compare(stored.reason, "I have a doctor's appointment")
        tryVerify(() => sessionNamed(list, "Setting boundaries") !== null)
        next = sessionNamed(list, "Setting boundaries")
        compare(findChild(next, "rsvpLabel").text, "You can't go; your facilitator knows")
        verify(findChild(next, "rsvpReason").visible)
        verify(!ScheduleModel.messageIsError)
        verify(findChild(page, "scheduleMessage").visible)

        // Changing one's mind is one tap, and the note goes with the "can't".
        mouseClick(findChild(next, "attendButton"))
        compare(Fixture.rsvpFor(id).response, "attending")
        compare(Fixture.rsvpFor(id).reason, "")
    }

    function test_aTooLongNoteIsRefusedInline() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "sessionList")
        tryVerify(() => sessionNamed(list, "Setting boundaries") !== null)
        const next = sessionNamed(list, "Setting boundaries")
        verify(!ScheduleModel.respond(next.sessionId, false, "x".repeat(501)))
        const message = findChild(page, "scheduleMessage")
        tryCompare(message, "visible", true)
        verify(message.text.indexOf("too long") >= 0, message.text)
        verify(ScheduleModel.messageIsError)
        verify(Fixture.rsvpFor(next.sessionId).reason.length <= 500)
        ScheduleModel.clearMessage()
    }

    function test_addTheSeriesToTheCalendar() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "sessionList")
        tryVerify(() => sessionNamed(list, "Setting boundaries") !== null)
        const next = sessionNamed(list, "Setting boundaries")
        mouseClick(findChild(next, "calendarButton"))
        const menu = findChild(next, "calendarMenu")
        tryCompare(menu, "opened", true)
        const whole = findChild(menu.contentItem, "calendarWholeSeries")
        verify(whole !== null)
        // Its words whole, not cut to "All sessions of the …".
        verify(!whole.contentItem.truncated, whole.text)
        verify(whole.contentItem.lineCount >= 1)
        mouseClick(whole)
        tryCompare(menu, "visible", false)

        const url = Fixture.lastOpenedUrl()
        verify(url.startsWith("file://") && url.endsWith(".ics"), url)
        const path = decodeURIComponent(url.substring("file://".length))
        const message = findChild(page, "scheduleMessage")
        tryCompare(message, "visible", true)
        // Plain words: the event's discreet title, no folder path to break mid-word.
        verify(message.text.indexOf("“Circle: session”") >= 0, message.text)
        verify(message.text.indexOf("/") < 0, message.text)
        verify(message.wrapMode !== Text.WrapAnywhere)
        const facts = Fixture.calendarFacts(path)
        compare(facts.error, undefined)
        // Three sessions at three different times: one event each, the cancelled one marked.
        compare(facts.events, 3)
        compare(facts.cancelled, 1)
        verify(facts.timeZones.indexOf("Europe/London") >= 0)
        ScheduleModel.clearMessage()
    }

    function test_pastSessionsAreTheAttendanceHistory() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "sessionList")
        mouseClick(findChild(page, "pastTab"))
        tryCompare(ScheduleModel, "showPast", true)
        tryCompare(list, "count", 1)
        tryVerify(() => list.itemAtIndex(0) !== null)
        const past = list.itemAtIndex(0)
        compare(findChild(past, "sessionTitle").text, "Check-in and goals")
        compare(findChild(past, "rsvpLabel").text, "No answer given")
        verify(!findChild(past, "attendButton").visible)
        const upcoming = findChild(page, "upcomingTab")
        mouseClick(upcoming)
        tryCompare(list, "count", 2)
    }

    function test_theHeaderNamesTheGroup() {
        const page = createTemporaryObject(pageComponent, root)
        const list = findChild(page, "sessionList")
        tryVerify(() => list.headerItem !== null)
        compare(findChild(list.headerItem, "groupName").text, "Tuesday recovery group")
        verify(findChild(list.headerItem, "groupStage").text !== "")
    }
}
