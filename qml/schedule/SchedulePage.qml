import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The group's sessions: where the group is, what is ahead (cancelled ones
// included and marked) or, under "Past", what the patient answered for each.
Page {
    id: root

    title: qsTr("Schedule")

    onVisibleChanged: {
        if (root.visible)
            ScheduleModel.refresh()
        else
            ScheduleModel.clearMessage() // said once, where it happened; not on the next visit
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
        Accessible.name: ScheduleModel.showPast ? qsTr("Past sessions") : qsTr("Upcoming sessions")

        header: ColumnLayout {
            width: ListView.view.width
            spacing: 4

            // The header grows once the group's name and stage arrive; without this
            // the list keeps its first position and the group's name sits half
            // above the top edge. Not while the header itself is still being
            // built: the list cannot lay out delegates in the middle of that.
            property bool built: false
            Component.onCompleted: built = true
            onHeightChanged: {
                if (built && !ListView.view.moving)
                    ListView.view.positionViewAtBeginning()
            }

            Label {
                objectName: "groupName"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: ScheduleModel.groupName !== ""
                text: ScheduleModel.groupName
                font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "groupStage"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: text !== ""
                text: ScheduleModel.groupStage
                      + (ScheduleModel.groupStage !== "" && ScheduleModel.groupProgress !== "" ? " · " : "")
                      + ScheduleModel.groupProgress
                color: Material.accentColor
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: ScheduleModel.groupStageDetail !== ""
                text: ScheduleModel.groupStageDetail
                opacity: 0.75
                wrapMode: Text.WordWrap
            }

            // Two buttons rather than a TabBar: a TabBar's own list inside this
            // list's header stopped taking taps after the list was reset.
            RowLayout {
                objectName: "scheduleTabs"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 4
                spacing: 8

                Button {
                    objectName: "upcomingTab"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    text: qsTr("Upcoming")
                    highlighted: !ScheduleModel.showPast
                    flat: ScheduleModel.showPast
                    font.capitalization: Font.MixedCase
                    Accessible.role: Accessible.PageTab
                    Accessible.name: qsTr("Upcoming sessions")
                    Accessible.checked: !ScheduleModel.showPast
                    onClicked: ScheduleModel.showPast = false
                }
                Button {
                    objectName: "pastTab"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    text: qsTr("Past")
                    highlighted: ScheduleModel.showPast
                    flat: !ScheduleModel.showPast
                    font.capitalization: Font.MixedCase
                    Accessible.role: Accessible.PageTab
                    Accessible.name: qsTr("Past sessions and what I answered")
                    Accessible.checked: ScheduleModel.showPast
                    onClicked: ScheduleModel.showPast = true
                }
            }

            Label {
                objectName: "scheduleMessage"
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                visible: ScheduleModel.message !== ""
                text: ScheduleModel.message
                color: ScheduleModel.messageIsError ? Material.color(Material.Red) : Material.foreground
                // Whole words: a message never breaks one in two (a file name can
                // still break where it must, rather than run off the card).
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Item {
                Layout.preferredHeight: 4
            }
        }

        delegate: SessionDelegate {
            id: session

            x: 16
            width: ListView.view.width - 32
            onAttendRequested: ScheduleModel.respond(session.sessionId, true, "")
            onJoinRequested: ScheduleModel.openJoinLink(session.sessionId)
            onCalendarRequested: wholeSeries => wholeSeries ? ScheduleModel.addSeriesToCalendar(session.sessionId)
                                                            : ScheduleModel.addSessionToCalendar(session.sessionId)
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    EmptyState {
        objectName: "scheduleEmpty"
        anchors.centerIn: parent
        width: parent.width - 64
        visible: list.count === 0
        title: ScheduleModel.errorMessage !== "" ? ScheduleModel.errorMessage
             : ScheduleModel.showPast ? qsTr("No past sessions yet") : qsTr("No upcoming sessions")
        detail: ScheduleModel.errorMessage !== "" ? ""
              : ScheduleModel.showPast ? qsTr("Sessions you had, and what you answered, appear here.")
                                       : qsTr("Sessions appear here once your clinic has scheduled them.")
    }
}
