import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The goals, newest first, and a button to set a new one.
Item {
    id: root

    signal goalActivated(string goalId)
    signal newGoalRequested()

    // Today's card may activate a goal too; only a shown list opens it here.
    function openActivated(goalId) {
        if (root.visible)
            root.goalActivated(goalId)
    }

    Component.onCompleted: GoalListModel.activated.connect(root.openActivated)
    Component.onDestruction: GoalListModel.activated.disconnect(root.openActivated)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list

            objectName: "goalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            topMargin: 8
            bottomMargin: 16
            spacing: 8
            clip: true
            model: GoalListModel
            Accessible.name: qsTr("Goals")

            delegate: GoalDelegate {
                id: goalDelegate

                objectName: "goalDelegate"
                x: 16
                width: ListView.view.width - 32
                onClicked: GoalListModel.activate(goalDelegate.goalId)
            }

            ScrollIndicator.vertical: ScrollIndicator {}

            EmptyState {
                objectName: "goalsEmpty"
                anchors.centerIn: parent
                width: parent.width - 64
                visible: list.count === 0
                title: GoalListModel.errorMessage !== "" ? GoalListModel.errorMessage : qsTr("No goals yet")
                detail: GoalListModel.errorMessage !== "" ? "" : qsTr("Set a goal step by step: what, how much, the small steps, why, and by when.")
            }
        }

        Button {
            objectName: "newGoalButton"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 8
            Layout.minimumHeight: 48
            text: qsTr("New goal")
            highlighted: true
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Set a new goal")
            onClicked: root.newGoalRequested()
        }
    }
}
