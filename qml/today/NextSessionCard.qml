import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The next (or current) group session: what it is about, when and where.
Pane {
    id: root

    required property bool hasSession
    required property string title
    required property string groupName
    required property string when
    required property string place
    required property bool moved
    required property bool inProgress

    padding: 16
    Accessible.role: Accessible.Grouping
    Accessible.name: root.hasSession
                     ? qsTr("Next group session") + ", " + root.title + ", " + root.when
                       + (root.place !== "" ? ", " + root.place : "")
                     : qsTr("No upcoming sessions")

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            objectName: "noSessionLabel"
            Layout.fillWidth: true
            visible: !root.hasSession
            text: qsTr("No upcoming sessions")
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionBadge"
            visible: root.hasSession && (root.inProgress || root.moved)
            text: root.inProgress ? qsTr("Happening now") : qsTr("New time")
            font.pixelSize: 12
            font.weight: Font.Medium
            color: root.Material.accentColor
        }
        Label {
            objectName: "sessionTitle"
            Layout.fillWidth: true
            visible: root.hasSession
            text: root.title
            font.pixelSize: 20
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionGroup"
            Layout.fillWidth: true
            visible: root.hasSession && root.groupName !== "" && root.groupName !== root.title
            text: root.groupName
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionWhen"
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: root.hasSession
            text: root.when
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionPlace"
            Layout.fillWidth: true
            visible: root.hasSession && root.place !== ""
            text: root.place
            wrapMode: Text.WordWrap
        }
    }
}
