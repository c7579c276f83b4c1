import QtQuick
import QtQuick.Layouts
import Circle

// What the patient can do with a goal as a whole, by where it stands: an
// active goal can be reached or put aside; a reached or put-aside goal can be
// taken up again; any goal can be deleted (the page asks first).
ColumnLayout {
    id: root

    signal deleteRequested()

    readonly property bool active: GoalDetailModel.status === GoalDetailModel.Active

    spacing: 4

    PageHeading {
        Layout.fillWidth: true
        text: qsTr("This goal")
    }
    GoalButton {
        objectName: "markReachedButton"
        Layout.fillWidth: true
        visible: root.active
        enabled: GoalDetailModel.loaded
        text: qsTr("I reached this goal")
        Accessible.name: qsTr("Mark this goal as reached")
        onClicked: GoalDetailModel.markReached()
    }
    GoalButton {
        objectName: "putAsideButton"
        Layout.fillWidth: true
        visible: root.active
        enabled: GoalDetailModel.loaded
        text: qsTr("Put aside for now")
        flat: true
        Accessible.name: qsTr("Put this goal aside for now; you can take it up again later")
        onClicked: GoalDetailModel.putAside()
    }
    GoalButton {
        objectName: "takeUpAgainButton"
        Layout.fillWidth: true
        visible: !root.active && GoalDetailModel.loaded
        text: qsTr("Take it up again")
        Accessible.name: qsTr("Make this goal active again")
        onClicked: GoalDetailModel.takeUpAgain()
    }
    GoalButton {
        objectName: "deleteGoalButton"
        Layout.fillWidth: true
        enabled: GoalDetailModel.loaded
        text: qsTr("Delete goal…")
        flat: true
        Accessible.name: qsTr("Delete this goal and its check-ins")
        onClicked: root.deleteRequested()
    }
}
