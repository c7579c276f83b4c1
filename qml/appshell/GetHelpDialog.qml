import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Reachable from every page. It names only steps that hold everywhere: Circle
// does not know the patient's country, so it quotes no phone number.
Dialog {
    id: root

    objectName: "getHelpDialog"
    title: qsTr("Get help now")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 420)
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.weight: Font.Medium
            text: qsTr("If you are in danger, or might hurt yourself or someone else, call your local emergency number now.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("You can also call a crisis line in your country, go to the nearest emergency department, or ask someone you trust to stay with you.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Between sessions you can also contact your clinic.")
        }
    }
}
