import QtQuick
import QtQuick.Controls
import Circle

// The patient's goals with their targets, steps and status.
Page {
    id: root

    title: qsTr("Goals")

    onVisibleChanged: {
        if (root.visible)
            GoalListModel.refresh()
    }

    ListView {
        id: list

        objectName: "goalList"
        anchors.fill: parent
        topMargin: 8
        bottomMargin: 16
        spacing: 8
        clip: true
        model: GoalListModel
        Accessible.name: qsTr("Goals")

        delegate: GoalDelegate {
            x: 16
            width: ListView.view.width - 32
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    EmptyState {
        objectName: "goalsEmpty"
        anchors.centerIn: parent
        width: parent.width - 64
        visible: list.count === 0
        title: GoalListModel.errorMessage !== "" ? GoalListModel.errorMessage : qsTr("No goals yet")
        detail: GoalListModel.errorMessage !== "" ? "" : qsTr("Goals you set with your group will be listed here.")
    }
}
