import QtQuick
import QtTest
import Circle
import CircleTestSupport

// The safety plan over the fixture's store: crisis lines built in, the patient's
// own contacts added, changed and removed, and the written plan saved.
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

    /** Removes a contact as the patient does: Change, then Remove. */
    function removeContactAt(contacts, row) {
        const contact = contacts.itemAt(row)
        findChild(contact, "change").clicked()
        tryVerify(() => findChild(contact, "removeContact") !== null)
        const remove = findChild(contact, "removeContact")
        verify(remove.visible)
        remove.clicked()
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

        // The lines Circle comes with cannot be changed or removed.
        verify(!findChild(lifeline, "change").visible)

        // No name and no number: a clear message next to the fields, nothing added.
        const form = findChild(page, "newContact")
        const before = contacts.count
        findChild(form, "saveContact").clicked()
        compare(findChild(form, "contactError").text, "Add a name or a phone number.")
        verify(findChild(form, "contactError").visible)
        verify(!findChild(page, "safetyError").visible) // said once, next to the fields
        compare(contacts.count, before)
        // Typing to fix it takes the message away.
        findChild(form, "contactName").forceActiveFocus()
        keyClick(Qt.Key_D)
        verify(!findChild(form, "contactError").visible)

        findChild(form, "contactName").text = "Dana (sister)"
        findChild(form, "contactPhone").text = "+1 (555) 010-2030"
        findChild(form, "contactNote").text = "After 6 pm"
        findChild(form, "saveContact").clicked()
        compare(contacts.count, before + 1)
        verify(!findChild(form, "contactError").visible)
        compare(findChild(form, "contactName").text, "")
        const dana = contacts.itemAt(contacts.count - 1)
        compare(dana.name, "Dana (sister)")
        compare(dana.callUrl, "tel:+15550102030")
        compare(dana.note, "After 6 pm")
        verify(dana.editable)

        findChild(page, "warningSigns").text = "Skipping meals\nNot answering the phone"
        findChild(page, "reasonsToLive").text = "My kids 💛"
        findChild(page, "savePlan").clicked()
        compare(SafetyPlanModel.warningSigns, "Skipping meals\nNot answering the phone")
        compare(SafetyPlanModel.reasonsToLive, "My kids 💛")

        // Saving read the plan again, so the rows are new items.
        root.removeContactAt(contacts, contacts.count - 1)
        compare(contacts.count, before)
    }

    // A contact is changed in place: a wrong number is refused next to the
    // fields and the contact stays as stored; a good change is kept, and a
    // patient's own crisis line can be added and then shows with the others.
    function test_changeContactAndOwnCrisisLine() {
        const page = createTemporaryObject(pageComponent, root)
        const contacts = findChild(page, "safetyContacts")
        const form = findChild(page, "newContact")
        const before = contacts.count
        findChild(form, "contactName").text = "Sam"
        findChild(form, "contactPhone").text = "555-0101"
        findChild(form, "saveContact").clicked()
        compare(contacts.count, before + 1)

        let sam = contacts.itemAt(contacts.count - 1)
        verify(findChild(sam, "change").visible)
        findChild(sam, "change").clicked()
        verify(sam.editing)
        tryVerify(() => findChild(sam, "saveContact") !== null)
        compare(findChild(sam, "contactName").text, "Sam")
        findChild(sam, "contactPhone").text = "call me"
        findChild(sam, "saveContact").clicked()
        compare(findChild(sam, "contactError").text, "The phone number needs at least one digit.")
        verify(!findChild(page, "safetyError").visible)
        verify(sam.editing)
        compare(sam.phone, "555-0101")

        findChild(sam, "contactName").text = "Sam K"
        findChild(sam, "contactPhone").text = "555-0111"
        findChild(sam, "saveContact").clicked()
        sam = contacts.itemAt(contacts.count - 1)
        compare(sam.name, "Sam K")
        compare(sam.callUrl, "tel:5550111")
        verify(!sam.editing)

        // Cancel leaves the contact as it was: opened again, the fields hold it.
        findChild(sam, "change").clicked()
        tryVerify(() => findChild(sam, "cancelContact") !== null)
        findChild(sam, "contactName").text = "Someone else"
        findChild(sam, "cancelContact").clicked()
        verify(!sam.editing)
        compare(sam.name, "Sam K")
        findChild(sam, "change").clicked()
        tryVerify(() => findChild(sam, "contactName") !== null)
        compare(findChild(sam, "contactName").text, "Sam K")
        findChild(sam, "cancelContact").clicked()

        findChild(form, "contactName").text = "County crisis team"
        findChild(form, "contactPhone").text = "555-0199"
        const kind = findChild(form, "contactKind")
        kind.currentIndex = kind.indexOfValue("crisis")
        findChild(form, "saveContact").clicked()
        const own = contacts.itemAt(2)
        compare(own.name, "County crisis team")
        compare(own.kind, "crisis")
        compare(own.textUrl, "")
        verify(findChild(own, "change").visible)
        // The add form is back to its first kind; the crisis line opens as one.
        compare(kind.currentValue, "person")
        findChild(own, "change").clicked()
        tryVerify(() => findChild(own, "contactKind") !== null)
        compare(findChild(own, "contactKind").currentValue, "crisis")
        findChild(own, "cancelContact").clicked()

        root.removeContactAt(contacts, 2)
        root.removeContactAt(contacts, contacts.count - 1)
        compare(contacts.count, before)
    }
}
