import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// Today's look at the active goals: each with its latest check-in against the
// target. A goal opens on a tap; with none yet, the card leads to the Goals page.
Pane {
    id: root

    /** A goal was tapped (its id), or the card with no goal on it (""). */
    signal goalRequested(string goalId)

    padding: 8
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Goal progress")

    onVisibleChanged: {
        if (root.visible)
            GoalListModel.refresh()
    }

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        ItemDelegate {
            id: empty

            objectName: "glanceEmpty"
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            leftPadding: 8
            rightPadding: 8
            visible: GoalListModel.glance.length === 0
            text: qsTr("No active goals. Set one on the Goals page.")
            Accessible.name: empty.text
            onClicked: root.goalRequested("")

            contentItem: Label {
                text: empty.text
                wrapMode: Text.Wrap
                opacity: 0.8
            }
        }
        Repeater {
            objectName: "glanceGoals"
            model: GoalListModel.glance

            // Connected here, where the card is in reach; a delegate sees only its own goal.
            onItemAdded: (index, item) => {
                const goalId = String(GoalListModel.glance[index].goalId)
                const button = item as ItemDelegate
                button.clicked.connect(() => root.goalRequested(goalId))
            }

            ItemDelegate {
                id: goal

                required property var modelData

                objectName: "glanceGoal"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                leftPadding: 8
                rightPadding: 8
                Accessible.name: qsTr("%1, %2. Open this goal").arg(goal.modelData.title)
                                     .arg(goal.modelData.progressLabel)

                contentItem: ColumnLayout {
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: goal.modelData.title
                        font.weight: Font.Medium
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: goal.modelData.progressLabel
                        font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
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
}
