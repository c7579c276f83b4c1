import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Fields to set, change or turn off the app passcode. The checks and the
// hashing happen in AppLock; this only collects what was typed and shows
// AppLock's message when it refuses.
ColumnLayout {
    id: root

    /** Ask for the passcode in use (change, turn off). */
    property bool askCurrent: false
    /** Ask for a new passcode twice (set, change). */
    property bool askNew: true
    property string submitText: qsTr("Save passcode")
    property string cancelText: qsTr("Cancel")
    property bool showCancel: true

    signal submitted(string current, string newCode, string confirm)
    signal cancelled()

    function clear() {
        currentField.text = ""
        newField.text = ""
        confirmField.text = ""
    }

    function submit() {
        root.submitted(currentField.text, newField.text, confirmField.text)
    }

    spacing: 8

    TextField {
        id: currentField

        objectName: "passcodeCurrent"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        visible: root.askCurrent
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        placeholderText: qsTr("Passcode you use now")
        Accessible.name: qsTr("Passcode you use now")
        onAccepted: root.askNew ? newField.forceActiveFocus() : root.submit()
    }
    TextField {
        id: newField

        objectName: "passcodeNew"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        visible: root.askNew
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        placeholderText: qsTr("New passcode")
        Accessible.name: qsTr("New passcode")
        Accessible.description: passcodeHint.text
        onAccepted: confirmField.forceActiveFocus()
    }
    // The rule under the field, where it can wrap; a placeholder would be cut off.
    Label {
        id: passcodeHint

        objectName: "passcodeHint"
        Layout.fillWidth: true
        visible: root.askNew
        text: qsTr("At least %1 characters: numbers, letters or both.").arg(AppLock.minimumLength)
        wrapMode: Text.WordWrap
        opacity: 0.7
    }
    TextField {
        id: confirmField

        objectName: "passcodeConfirm"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        visible: root.askNew
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        placeholderText: qsTr("The same passcode again")
        Accessible.name: qsTr("Repeat the new passcode")
        onAccepted: root.submit()
    }
    Label {
        objectName: "passcodeError"
        Layout.fillWidth: true
        visible: text !== ""
        text: AppLock.errorMessage
        color: Material.color(Material.Red)
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "passcodeCancel"
            visible: root.showCancel
            flat: true
            Layout.minimumHeight: 48
            text: root.cancelText
            font.capitalization: Font.MixedCase
            Accessible.name: root.cancelText
            onClicked: {
                root.clear()
                AppLock.clearError()
                root.cancelled()
            }
        }
        Button {
            objectName: "passcodeSubmit"
            highlighted: true
            Layout.minimumHeight: 48
            text: root.submitText
            font.capitalization: Font.MixedCase
            Accessible.name: root.submitText
            onClicked: root.submit()
        }
    }
}
