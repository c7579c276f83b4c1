import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One point of the group agreement and its own tick: each is read and agreed
// to on its own, none is ticked for the patient.
Pane {
    id: root

    required property int index
    required property string title
    required property string text
    required property bool acknowledged
    required property bool fromClinic

    signal toggled(int row, bool acknowledged)

    Material.elevation: 1
    padding: 16

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Math.round(17 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            opacity: 0.85
        }
        CheckBox {
            objectName: "agreementCheck" + root.index
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            checked: root.acknowledged
            text: root.fromClinic ? qsTr("I agree to my group's agreement") : qsTr("I agree")
            Accessible.name: qsTr("I agree: %1").arg(root.title)
            onToggled: root.toggled(root.index, checked)
        }
    }
}
