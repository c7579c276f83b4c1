import QtQuick
import QtTest
import Circle

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
        findChild(dialog.contentItem, "openSafetyPlan").clicked()
        compare(planSpy.count, 1)
        tryCompare(dialog, "visible", false)
    }
}
