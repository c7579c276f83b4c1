import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One day's good things in the history.
Pane {
    id: root

    required property string dayLabel
    required property var items
    required property bool conflictCopy

    padding: 12
    Accessible.role: Accessible.ListItem
    Accessible.name: root.dayLabel + ". " + root.items.join(". ")

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.dayLabel
            font.pixelSize: 13
            opacity: 0.75
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.conflictCopy
            text: qsTr("Copy from another device")
            color: root.Material.accent
            font.pixelSize: 13
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
