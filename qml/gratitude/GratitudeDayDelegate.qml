import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One day's good things in the history.
Pane {
    id: root

    required property string dayLabel
    required property var items
    required property bool conflictCopy

    padding: 12
    Accessible.role: Accessible.ListItem
    Accessible.name: root.dayLabel + ". " + root.items.join(". ")

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.dayLabel
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            opacity: 0.75
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.conflictCopy
            text: qsTr("Copy from another device")
            color: root.Material.accent
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.items

            Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.WordWrap
            }
        }
    }
}
