import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The Reminders settings page over the fixture's store: every switch is stored
// as the ReminderPreferences record at once, and a time that cannot be read
// is refused beside the field without touching what is stored.
TestCase {
    id: root

    name: "RemindersPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        RemindersPage {
            width: root.width
            height: root.height
        }
    }

    function init() {
        Fixture.reset()
    }

    // Scrolls the page so the item is on screen, as a finger would before tapping it.
    function reveal(page, item) {
        const flick = findChild(page, "remindersScroll").contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
        waitForRendering(page)
        return item
    }

    function test_switchesAreStoredAtOnce() {
        const page = createTemporaryObject(pageComponent, root)
        // The defaults: a day and an hour before each session.
        const dayBefore = findChild(page, "lead1")
        const hourBefore = findChild(page, "lead3")
        compare(dayBefore.text, "1 day before")
        verify(dayBefore.checked)
        compare(hourBefore.text, "1 hour before")
        verify(hourBefore.checked)

        mouseClick(findChild(page, "lead4"))
        let stored = Fixture.storedReminderPreferences()
        compare(stored.records, 1)
        verify(stored.sessionLeads.indexOf(15) >= 0)
        verify(stored.sessionLeads.indexOf(60) >= 0)

        const detail = findChild(page, "detailSwitch")
        verify(!detail.checked)
        verify(findChild(page, "detailExplanation").text.indexOf("Circle: you have a reminder") >= 0)
        // The last switch on the page: toggled as a tap would, whatever the scroll position.
        detail.toggle()
        detail.toggled()
        tryCompare(ReminderSettings, "detailOnLockScreen", true)
        compare(Fixture.storedReminderPreferences().detail, true)
        detail.toggle()
        detail.toggled()
        compare(Fixture.storedReminderPreferences().detail, false)
        compare(Fixture.storedReminderPreferences().records, 1)
    }

    function test_aGroupGetsItsOwnSessionReminders() {
        const page = createTemporaryObject(pageComponent, root)
        const usual = reveal(page, findChild(page, "groupUsual0"))
        compare(usual.text, "Tuesday recovery group: at the times above")
        verify(usual.checked)
        verify(!findChild(findChild(page, "group0"), "groupLead3"), "no own switches while it follows the usual times")

        mouseClick(usual)
        verify(!usual.checked)
        const ownHour = reveal(page, findChild(findChild(page, "group0"), "groupLead3"))
        compare(ownHour.text, "1 hour before")
        compare(ownHour.Accessible.name, "Tuesday recovery group, reminder 1 hour before")
        verify(ownHour.checked, "its own times start as a copy of the usual ones")
        mouseClick(ownHour)
        let stored = Fixture.storedReminderPreferences()
        compare(stored.groupLeads["Tuesday recovery group"], [1440])
        verify(stored.sessionLeads.indexOf(60) >= 0, "the usual hour-before stays")

        mouseClick(reveal(page, usual))
        verify(usual.checked)
        compare(Object.keys(Fixture.storedReminderPreferences().groupLeads).length, 0)
        tryVerify(() => !findChild(findChild(page, "group0"), "groupLead3"))
    }

    function test_aKindNoteForSessionsThePatientCannotAttend() {
        const page = createTemporaryObject(pageComponent, root)
        const note = reveal(page, findChild(page, "skippedNoteSwitch"))
        verify(!note.checked)
        mouseClick(note)
        compare(Fixture.storedReminderPreferences().noteWhenNotAttending, true)
        compare(ReminderSettings.noteWhenNotAttending, true)
    }

    function test_dailyPracticeTimeAndDays() {
        const page = createTemporaryObject(pageComponent, root)
        const practice = findChild(page, "practiceSwitch")
        if (practice.checked)
            mouseClick(practice)
        mouseClick(practice)
        tryCompare(ReminderSettings, "practiceEnabled", true)
        const field = findChild(findChild(page, "practiceTime"), "timeText")
        tryCompare(field, "visible", true)
        compare(field.text, "20:00")

        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Delete)
        keyClick(Qt.Key_7)
        keyClick(Qt.Key_Colon)
        keyClick(Qt.Key_3)
        keyClick(Qt.Key_0)
        keyClick(Qt.Key_Return)
        tryCompare(ReminderSettings, "practiceTime", "07:30")
        compare(Fixture.storedReminderPreferences().practiceMinute, 7 * 60 + 30)

        // Every day at first; one tap leaves a day out.
        const days = findChild(page, "practiceDays")
        verify(days.visible)
        compare(Fixture.storedReminderPreferences().practiceDays.length, 7)
        mouseClick(reveal(page, findChild(page, "day6")))
        compare(Fixture.storedReminderPreferences().practiceDays.length, 6)
        mouseClick(findChild(page, "day6"))
        compare(Fixture.storedReminderPreferences().practiceDays.length, 7)
    }

    function test_anUnreadableTimeIsRefusedBesideTheField() {
        const page = createTemporaryObject(pageComponent, root)
        const quiet = reveal(page, findChild(page, "quietSwitch"))
        if (!quiet.checked)
            mouseClick(quiet)
        tryCompare(ReminderSettings, "quietHoursEnabled", true)
        const before = Fixture.storedReminderPreferences()
        const endField = findChild(findChild(page, "quietEnd"), "timeText")
        tryCompare(endField, "visible", true)
        reveal(page, endField)
        endField.forceActiveFocus()
        endField.selectAll()
        keyClick(Qt.Key_Delete)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_5)
        keyClick(Qt.Key_Colon)
        keyClick(Qt.Key_0)
        keyClick(Qt.Key_0)
        keyClick(Qt.Key_Return)
        const error = findChild(findChild(page, "quietEnd"), "timeError")
        tryCompare(error, "visible", true)
        verify(error.text.indexOf("\"25:00\" is not a time of day") === 0, error.text)
        const after = Fixture.storedReminderPreferences()
        compare(after.quietStart, before.quietStart)
        compare(after.quietEnd, before.quietEnd)
    }

    function test_dailyCap() {
        const page = createTemporaryObject(pageComponent, root)
        const cap = findChild(page, "dailyCap")
        cap.value = 0
        cap.increase()
        cap.valueModified()
        compare(Fixture.storedReminderPreferences().dailyCap, 1)
        cap.decrease()
        cap.valueModified()
        compare(Fixture.storedReminderPreferences().dailyCap, 0)
    }

    // Calendar events are discreet by default; the group's name is the
    // patient's choice, stored on this phone and said in plain words.
    function test_theCalendarTitleIsDiscreetUnlessChosen() {
        const page = createTemporaryObject(pageComponent, root)
        waitForRendering(page) // laid out whole, so the last switch can be scrolled to
        const toggle = reveal(page, findChild(page, "calendarNameSwitch"))
        verify(toggle.mapToItem(page, 0, toggle.height).y <= page.height, "the switch is off-screen")
        const explanation = findChild(page, "calendarNameExplanation")
        verify(!toggle.checked)
        verify(toggle.height >= 48)
        verify(explanation.text.indexOf("“Circle: session”") >= 0, explanation.text)
        mouseClick(toggle)
        tryVerify(() => ScheduleModel.calendarShowsGroupName)
        compare(Fixture.storedSetting("calendar_shows_group_name"), "1")
        verify(explanation.text.indexOf(ScheduleModel.calendarTitle) >= 0, explanation.text)
        verify(ScheduleModel.calendarTitle !== "Circle: session")
        // Back by the keyboard: Space toggles the focused switch.
        toggle.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(() => !ScheduleModel.calendarShowsGroupName)
        compare(Fixture.storedSetting("calendar_shows_group_name"), "0")
        verify(explanation.text.indexOf("“Circle: session”") >= 0, explanation.text)
    }
}
