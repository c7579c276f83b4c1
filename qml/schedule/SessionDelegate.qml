import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One session in the schedule: when, what about, where, and whether it is off or moved.
Pane {
    id: root

    required property string title
    required property string groupName
    required property string when
    required property string place
    required property string statusLabel
    required property bool cancelled

    padding: 16
    Accessible.role: Accessible.ListItem
    Accessible.name: (root.statusLabel !== "" ? root.statusLabel + ", " : "") + root.title + ", " + root.when
                     + (root.place !== "" ? ", " + root.place : "")

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            objectName: "statusLabel"
            visible: root.statusLabel !== ""
            text: root.statusLabel
            font.pixelSize: 12
            font.weight: Font.Medium
            color: root.cancelled ? "#b3261e" : root.Material.accentColor
        }
        Label {
            objectName: "sessionWhen"
            Layout.fillWidth: true
            text: root.when
            font.weight: Font.Medium
            font.strikeout: root.cancelled
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionTitle"
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.groupName !== "" && root.groupName !== root.title
            text: root.groupName
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.place !== ""
            text: root.place
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
    }
}
