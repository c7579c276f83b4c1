import QtQuick
import QtQuick.Controls
import Circle

// The group sessions ahead, soonest first, cancelled ones included and marked.
Page {
    id: root

    title: qsTr("Schedule")

    onVisibleChanged: {
        if (root.visible)
            ScheduleModel.refresh()
    }

    ListView {
        id: list

        objectName: "sessionList"
        anchors.fill: parent
        topMargin: 8
        bottomMargin: 16
        spacing: 8
        clip: true
        model: ScheduleModel
        Accessible.name: qsTr("Upcoming sessions")

        delegate: SessionDelegate {
            x: 16
            width: ListView.view.width - 32
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    EmptyState {
        objectName: "scheduleEmpty"
        anchors.centerIn: parent
        width: parent.width - 64
        visible: list.count === 0
        title: ScheduleModel.errorMessage !== "" ? ScheduleModel.errorMessage : qsTr("No upcoming sessions")
        detail: ScheduleModel.errorMessage !== "" ? "" : qsTr("Sessions appear here once your clinic has scheduled them.")
    }
}
