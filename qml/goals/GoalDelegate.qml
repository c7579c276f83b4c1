import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One goal in the list: its title, target, progress through its steps and status.
Pane {
    id: root

    required property string title
    required property string target
    required property string due
    required property string statusLabel
    required property int stepsDone
    required property int stepsTotal
    required property bool shared

    readonly property string targetText: root.target !== "" && root.due !== ""
                                         ? root.target + " · " + root.due
                                         : root.target + root.due
    readonly property string stepsText: root.stepsTotal > 0
                                        ? qsTr("Steps done: %1 of %2").arg(root.stepsDone).arg(root.stepsTotal)
                                        : ""

    padding: 16
    Accessible.role: Accessible.ListItem
    Accessible.name: root.title + (root.statusLabel !== "" ? ", " + root.statusLabel : "")
                     + (root.targetText !== "" ? ", " + root.targetText : "")
                     + (root.stepsText !== "" ? ", " + root.stepsText : "")

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                objectName: "goalTitle"
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: 17
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "goalStatus"
                Layout.alignment: Qt.AlignTop
                visible: root.statusLabel !== ""
                text: root.statusLabel
                font.pixelSize: 12
                font.weight: Font.Medium
                color: root.Material.accentColor
            }
        }
        Label {
            objectName: "goalTarget"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.targetText
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "goalSteps"
            Layout.fillWidth: true
            visible: root.stepsText !== ""
            text: root.stepsText
            opacity: 0.75
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: root.stepsTotal > 0
            from: 0
            to: Math.max(1, root.stepsTotal)
            value: root.stepsDone
            Accessible.name: root.stepsText
        }
        Label {
            Layout.fillWidth: true
            visible: root.shared
            text: qsTr("Shared with your therapist")
            font.pixelSize: 12
            opacity: 0.75
        }
    }
}
