import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// A number with what it counts, e.g. "3 / journal entries". The label comes in
// the plural form that fits the number ("1 / journal entry").
Pane {
    id: root

    required property int count
    required property string label

    padding: 16
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(root.label).arg(root.count)

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2

        Label {
            objectName: "countValue"
            text: root.count
            font.pixelSize: Math.round(34 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
        }
        Label {
            objectName: "countLabel"
            Layout.fillWidth: true
            text: root.label
            wrapMode: Text.WordWrap
        }
    }
}
