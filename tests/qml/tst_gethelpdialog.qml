import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The crisis dialog opens with its guidance and the numbers to call, and closes with its button.
TestCase {
    id: root

    name: "GetHelpDialog"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: dialogComponent

        GetHelpDialog {}
    }

    function test_opensAndCloses() {
        const dialog = createTemporaryObject(dialogComponent, root)
        dialog.open()
        tryCompare(dialog, "opened", true)
        verify(dialog.width <= root.width - 32)
        verify(dialog.modal)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    SignalSpy {
        id: planSpy

        signalName: "planRequested"
    }

    function test_listsCrisisLinesAndOpensThePlan() {
        // The patient's own contact is there to call, with nothing to change or
        // remove by a slip of the finger in a crisis.
        verify(SafetyPlanModel.addContact("person", "Dana", "555-0134"))
        const dialog = createTemporaryObject(dialogComponent, root)
        planSpy.target = dialog
        dialog.open()
        tryCompare(dialog, "opened", true)
        verify(dialog.height <= root.height)
        const contacts = findChild(dialog.contentItem, "helpContacts")
        verify(contacts.count >= 2)
        compare(contacts.itemAt(0).callUrl, "tel:988")
        compare(contacts.itemAt(0).textUrl, "sms:988")
        compare(contacts.itemAt(1).callUrl, "tel:18006624357")
        const dana = contacts.itemAt(contacts.count - 1)
        compare(dana.name, "Dana")
        verify(findChild(dana, "call").visible)
        verify(!findChild(dana, "change").visible)
        verify(SafetyPlanModel.removeContact(contacts.count - 1))
        findChild(dialog.contentItem, "openSafetyPlan").clicked()
        compare(planSpy.count, 1)
        tryCompare(dialog, "visible", false)
    }

    // Where nothing can call (a tablet, a computer), Call says so and shows
    // the number to dial from a phone, instead of doing nothing.
    function test_callWithoutADialerShowsTheNumber() {
        Fixture.setCanDial(false)
        const dialog = createTemporaryObject(dialogComponent, root)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const contacts = findChild(dialog.contentItem, "helpContacts")
        const lifeline = contacts.itemAt(0)
        const fallback = findChild(lifeline, "dialFallback")
        verify(!fallback.visible)
        const call = findChild(lifeline, "call")
        call.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(Fixture.lastOpenedUrl(), "tel:988")
        tryVerify(() => fallback.visible)
        verify(findChild(lifeline, "dialFallbackText").text.indexOf("cannot make calls") >= 0)
        compare(findChild(lifeline, "dialFallbackNumber").text, "988")
        mouseClick(findChild(lifeline, "text"))
        compare(Fixture.lastOpenedUrl(), "sms:988")
        verify(findChild(lifeline, "dialFallbackText").text.indexOf("text messages") >= 0)

        // Where calling works, nothing extra is shown.
        Fixture.setCanDial(true)
        mouseClick(call)
        tryVerify(() => !fallback.visible)
    }

    Component {
        id: windowComponent

        Main {
            firstRunAllowed: false
        }
    }

    // In the app the header's button opens the dialog over every tab, and the
    // dialog's way to the safety plan leads to it.
    function test_theHeaderOpensHelpOnEveryPage() {
        const win = createTemporaryObject(windowComponent, root)
        verify(win)
        const button = findChild(win, "getHelpButton")
        verify(button)
        for (const page of win.pageNames) {
            win.openPage(page)
            mouseClick(button)
            let dialog = null
            tryVerify(() => (dialog = findChild(win, "getHelpDialog")) !== null)
            tryCompare(dialog, "opened", true)
            verify(findChild(dialog.contentItem, "helpContacts"), page)
            dialog.close()
            tryCompare(dialog, "visible", false)
        }
        win.openPage("today")
        mouseClick(button)
        const dialog = findChild(win, "getHelpDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog.contentItem, "openSafetyPlan").clicked()
        tryCompare(dialog, "visible", false)
        compare(win.currentPage, win.pageNames.indexOf("more"))
    }
}
