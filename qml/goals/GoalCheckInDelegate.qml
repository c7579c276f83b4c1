import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// One check-in in a goal's history: the value, when, the note if there is one,
// and a button to correct or delete it.
ColumnLayout {
    id: root

    required property string checkInId
    required property string valueLabel
    required property string valueText
    required property string whenLabel
    required property string note

    signal editRequested(string checkInId, string valueText, string note)

    spacing: 2
    Accessible.role: Accessible.ListItem
    Accessible.name: root.whenLabel + ": " + root.valueLabel + (root.note !== "" ? ". " + root.note : "")

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "checkInValue"
                Layout.fillWidth: true
                text: root.valueLabel
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "checkInWhen"
                Layout.fillWidth: true
                text: root.whenLabel
                font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
                opacity: 0.7
                wrapMode: Text.Wrap
            }
        }
        GoalButton {
            objectName: "editCheckInButton"
            Layout.alignment: Qt.AlignTop
            Layout.minimumWidth: 48
            text: qsTr("Correct")
            flat: true
            Accessible.name: qsTr("Correct or delete the check-in of %1").arg(root.whenLabel)
            onClicked: root.editRequested(root.checkInId, root.valueText, root.note)
        }
    }
    Label {
        objectName: "checkInNote"
        Layout.fillWidth: true
        visible: root.note !== ""
        text: root.note
        wrapMode: Text.Wrap
        maximumLineCount: 8
        elide: Text.ElideRight
    }
}
