import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One goal in the list: its title, target, progress and status; tap to open it.
ItemDelegate {
    id: root

    required property string goalId
    required property string title
    required property string target
    required property string due
    required property string statusLabel
    required property int stepsDone
    required property int stepsTotal
    required property bool shared
    required property real progress
    required property string progressLabel

    readonly property string targetText: root.target !== "" && root.due !== ""
                                         ? root.target + " · " + root.due
                                         : root.target + root.due
    readonly property string stepsText: root.stepsTotal > 0
                                        ? qsTr("%1 of %n step(s) done", "", root.stepsTotal).arg(root.stepsDone)
                                        : ""

    padding: 16
    Accessible.role: Accessible.Button
    Accessible.name: root.title + (root.statusLabel !== "" ? ", " + root.statusLabel : "")
                     + (root.targetText !== "" ? ", " + root.targetText : "")
                     + (root.progressLabel !== "" ? ", " + root.progressLabel : "")
                     + (root.stepsText !== "" ? ", " + root.stepsText : "")
    Accessible.description: qsTr("Opens the goal")

    background: CardBackground {
        pressed: root.down
    }

    contentItem: ColumnLayout {
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Label {
                objectName: "goalTitle"
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Math.round(17 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "goalStatus"
                Layout.alignment: Qt.AlignTop
                visible: root.statusLabel !== ""
                text: root.statusLabel
                font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                color: root.Material.accentColor
            }
        }
        Label {
            objectName: "goalTarget"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.targetText
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "goalProgress"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.progressLabel
            wrapMode: Text.Wrap
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: root.progress >= 0
            from: 0
            to: 1
            value: Math.max(0, root.progress)
            Accessible.name: root.progressLabel
        }
        Label {
            objectName: "goalSteps"
            Layout.fillWidth: true
            visible: root.stepsText !== ""
            text: root.stepsText
            opacity: 0.75
        }
        Label {
            objectName: "goalShared"
            Layout.fillWidth: true
            visible: root.shared
            text: qsTr("Shared with your therapist")
            font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
            opacity: 0.75
        }
    }
}
