import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The safety plan over the fixture's store: crisis lines built in, the patient's
// own contacts added and removed, and the written plan saved.
TestCase {
    id: root

    name: "SafetyPlanPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        SafetyPlanPage {
            width: root.width
            height: root.height
        }
    }

    function test_crisisLinesContactsAndPlan() {
        const page = createTemporaryObject(pageComponent, root)
        const contacts = findChild(page, "safetyContacts")
        verify(contacts.count >= 2)
        const lifeline = contacts.itemAt(0)
        compare(lifeline.callUrl, "tel:988")
        compare(lifeline.textUrl, "sms:988")
        compare(contacts.itemAt(1).callUrl, "tel:18006624357")
        verify(!lifeline.editable)
        verify(findChild(lifeline, "call").height >= 48)

        // No name and no number: a clear message, nothing added.
        const before = contacts.count
        findChild(page, "addContact").clicked()
        verify(findChild(page, "safetyError").visible)
        compare(contacts.count, before)

        findChild(page, "contactName").text = "Dana (sister)"
        findChild(page, "contactPhone").text = "+1 (555) 010-2030"
        findChild(page, "addContact").clicked()
        compare(contacts.count, before + 1)
        verify(!findChild(page, "safetyError").visible)
        const dana = contacts.itemAt(contacts.count - 1)
        compare(dana.name, "Dana (sister)")
        compare(dana.callUrl, "tel:+15550102030")
        verify(dana.editable)

        findChild(page, "warningSigns").text = "Skipping meals\nNot answering the phone"
        findChild(page, "reasonsToLive").text = "My kids 💛"
        findChild(page, "savePlan").clicked()
        compare(SafetyPlanModel.warningSigns, "Skipping meals\nNot answering the phone")
        compare(SafetyPlanModel.reasonsToLive, "My kids 💛")

        // Saving read the plan again, so the rows are new items.
        findChild(contacts.itemAt(contacts.count - 1), "remove").clicked()
        compare(contacts.count, before)
    }
}
