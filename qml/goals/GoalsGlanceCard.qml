import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Today's look at the active goals: each with its latest check-in against the target.
Pane {
    id: root

    padding: 16
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Goal progress")

    onVisibleChanged: {
        if (root.visible)
            GoalListModel.refresh()
    }

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        Label {
            objectName: "glanceEmpty"
            Layout.fillWidth: true
            visible: GoalListModel.glance.length === 0
            text: qsTr("No active goals. Set one on the Goals page.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        Repeater {
            objectName: "glanceGoals"
            model: GoalListModel.glance

            ColumnLayout {
                id: goal

                required property var modelData

                Layout.fillWidth: true
                spacing: 4
                Accessible.role: Accessible.StaticText
                Accessible.name: goal.modelData.title + ", " + goal.modelData.progressLabel

                Label {
                    Layout.fillWidth: true
                    text: goal.modelData.title
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: goal.modelData.progressLabel
                    font.pixelSize: 13
                    opacity: 0.8
                    wrapMode: Text.Wrap
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: goal.modelData.progress >= 0
                    from: 0
                    to: 1
                    value: Math.max(0, goal.modelData.progress)
                    Accessible.name: goal.modelData.progressLabel
                }
            }
        }
    }
}
