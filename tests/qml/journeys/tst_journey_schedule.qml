import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// The next session: "can't come" with a note for the facilitator, then the
// session and the whole series added to the calendar under a title that says
// nothing about the group, unless the patient chooses the group's name.
JourneyTestCase {
    id: root

    name: "ScheduleJourney"

    readonly property string note: Journey.spanish ? "Tengo turno de noche esa semana, lo siento"
                                                   : "I am on the night shift that week, sorry"

    function first(name) {
        const all = Journey.findAll(root.app, name)
        verify(all.length > 0, "nothing named \"" + name + "\" is on screen (" + Journey.configuration + ")")
        return all[0]
    }

    function test_cannotComeAndCalendar() {
        start()
        FirstRun.finishByTouch(root)
        tab(3)
        item("sessionList")
        const groupName = item("groupName").text
        verify(groupName !== "", "the schedule does not name the group")
        look("schedule")

        // Can't come, with a note.
        tap(first("cannotAttendButton"))
        item("cannotAttendDialog")
        verify(item("answerWhen").text !== "", "the question does not say which session")
        focused("reasonField")
        type(root.note)
        look("cannot-come")
        tap("sendAnswerButton")
        gone("cannotAttendDialog")
        tryVerify(() => shows("scheduleMessage") && item("scheduleMessage").text !== "", 5000,
                  "nothing says the answer was sent")
        tryVerify(() => shows("rsvpReason") && item("rsvpReason").text.indexOf(root.note) >= 0, 5000,
                  "the session does not show the note sent")
        look("answered")

        // To the calendar: this session, then the whole series, both discreet by default.
        tap(first("calendarButton"))
        item("calendarMenu")
        look("calendar-menu")
        tap("calendarThisSession")
        gone("calendarMenu")
        tryVerify(() => Journey.calendarTitles().length === 1, 5000, "no calendar file was saved")
        const title = Journey.calendarTitles()[0]
        verify(title.indexOf(groupName) < 0, "the calendar names the group: " + title)
        const message = item("scheduleMessage").text
        verify(message.indexOf(title) >= 0, "the message does not say what the calendar calls it: "
               + message)
        verify(message.indexOf(groupName) < 0, message)
        verify(message.indexOf("/") < 0, "the message shows a file path: " + message)
        look("calendar-session")

        tap(first("calendarButton"))
        tap("calendarWholeSeries")
        gone("calendarMenu")
        tryVerify(() => item("scheduleMessage").text !== message, 5000, "nothing says the series was saved")
        compare(Journey.calendarTitles(), [title], "the series is not under the same discreet title")
        look("calendar-series")

        // The group's name only when the patient chooses it, in Reminders.
        tab(4)
        tap("moreReminders")
        const nameSwitch = item("calendarNameSwitch")
        verify(!nameSwitch.checked, "the group's name is used in the calendar by default")
        tap(nameSwitch)
        tryVerify(() => nameSwitch.checked)
        verify(item("calendarNameExplanation").text.indexOf(groupName) >= 0,
               "the choice does not say the calendar will show the group's name")
        look("calendar-name-choice")
        tab(3)
        tap(first("calendarButton"))
        tap("calendarThisSession")
        tryVerify(() => Journey.calendarTitles().some(t => t.indexOf(groupName) >= 0), 5000,
                  "the chosen name did not reach the calendar: " + Journey.calendarTitles())
        look("calendar-named")
    }
}
