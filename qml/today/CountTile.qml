import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// A number with what it counts, e.g. "3 / Journal entries". The number stands
// alone on purpose, so no plural forms are needed in any language.
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
            font.pixelSize: 34
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
