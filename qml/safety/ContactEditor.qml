import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The fields of one contact on the safety plan: who, their number, a note and
// what kind of contact it is. Adding one and changing one use the same fields;
// the caller stores what saveRequested hands it.
ColumnLayout {
    id: root

    property string name: ""
    property string phone: ""
    property string note: ""
    /** "person", "professional" or "crisis". */
    property string kind: "person"
    /** The save button's words, and what a screen reader says for it. */
    property string saveText: qsTr("Add")
    property string saveAccessibleName: qsTr("Add to my safety plan")
    /** Shows a Cancel button, for changing a contact in place. */
    property bool cancellable: false
    /** Shows a Remove button, for a contact already on the plan. */
    property bool removable: false
    property string removeAccessibleName: qsTr("Remove from my safety plan")
    /** An error to show under the buttons, for the save just tried; gone once the patient edits. */
    property string errorMessage: ""

    signal saveRequested(string kind, string name, string phone, string note)
    signal cancelled
    signal removeRequested

    /** Empties the fields after a contact was added, back to someone the patient knows. */
    function clear() {
        nameField.clear()
        phoneField.clear()
        noteField.clear()
        root.kind = "person"
        kindBox.currentIndex = Qt.binding(() => Math.max(0, kindBox.indexOfValue(root.kind)))
    }

    spacing: 8

    TextField {
        id: nameField

        objectName: "contactName"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: root.name
        placeholderText: qsTr("Name or place")
        Accessible.name: qsTr("Name or place")
        onTextEdited: root.errorMessage = "" // the patient is fixing it
    }
    TextField {
        id: phoneField

        objectName: "contactPhone"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: root.phone
        placeholderText: qsTr("Phone number")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("Phone number")
        onTextEdited: root.errorMessage = "" // the patient is fixing it
    }
    TextField {
        id: noteField

        objectName: "contactNote"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: root.note
        placeholderText: qsTr("When or how to reach them (optional)")
        Accessible.name: qsTr("When or how to reach them")
        onTextEdited: root.errorMessage = "" // the patient is fixing it
    }
    ComboBox {
        id: kindBox

        objectName: "contactKind"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        textRole: "text"
        valueRole: "value"
        model: [
            { value: "person", text: qsTr("Someone I know, or a place") },
            { value: "professional", text: qsTr("A professional (therapist, doctor, clinic)") },
            { value: "crisis", text: qsTr("A crisis line") }
        ]
        currentIndex: Math.max(0, indexOfValue(root.kind))
        Accessible.name: qsTr("Kind of contact")
        onActivated: root.errorMessage = ""
    }
    // A Flow in a layout reports one long row as its width; this holder gives it the column's.
    Item {
        Layout.fillWidth: true
        implicitHeight: buttons.implicitHeight

        Flow {
            id: buttons

            width: parent.width
            spacing: 8

            Button {
                objectName: "saveContact"
                height: Math.max(implicitHeight, 48)
                text: root.saveText
                font.capitalization: Font.MixedCase
                Accessible.name: root.saveAccessibleName
                onClicked: root.saveRequested(kindBox.currentValue, nameField.text, phoneField.text,
                                              noteField.text)
            }
            Button {
                objectName: "cancelContact"
                visible: root.cancellable
                height: Math.max(implicitHeight, 48)
                flat: true
                text: qsTr("Cancel")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Cancel the change")
                onClicked: root.cancelled()
            }
            Button {
                objectName: "removeContact"
                visible: root.removable
                height: Math.max(implicitHeight, 48)
                flat: true
                text: qsTr("Remove")
                font.capitalization: Font.MixedCase
                Material.foreground: Material.Red
                Accessible.name: root.removeAccessibleName
                onClicked: root.removeRequested()
            }
        }
    }
    FieldError {
        objectName: "contactError"
        visible: root.errorMessage !== ""
        text: root.errorMessage
    }
}
