import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One session in the schedule: when, what about, where, whether it is off or
// moved, the patient's own answer, and what they can do about it.
Pane {
    id: root

    required property string sessionId
    required property string title
    required property string groupName
    required property string when
    required property string place
    required property string statusLabel
    required property bool cancelled
    required property string numberLabel
    required property string joinLink
    required property bool past
    required property bool attending
    required property bool notAttending
    required property string rsvpLabel
    required property string rsvpReason
    required property bool canRespond

    signal attendRequested()
    signal joinRequested()
    signal calendarRequested(bool wholeSeries)

    padding: 16
    Accessible.role: Accessible.ListItem
    Accessible.name: (root.statusLabel !== "" ? root.statusLabel + ", " : "") + root.title + ", " + root.when
                     + (root.place !== "" ? ", " + root.place : "")
                     + (root.rsvpLabel !== "" ? ", " + root.rsvpLabel : "")

    background: CardBackground {}

    // Here rather than on the page, so the delegate needs nothing from outside itself.
    CannotAttendDialog {
        id: cannotAttendDialog

        sessionId: root.sessionId
        when: root.when
        reason: root.rsvpReason
        onAnswered: (sessionId, reason) => ScheduleModel.respond(sessionId, false, reason)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            objectName: "statusLabel"
            visible: root.statusLabel !== ""
            text: root.statusLabel
            font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            color: root.cancelled ? (root.Material.theme === Material.Dark ? "#f2b8b5" : "#b3261e")
                                  : root.Material.accentColor
        }
        Label {
            objectName: "sessionWhen"
            Layout.fillWidth: true
            text: root.when
            font.weight: Font.Medium
            font.strikeout: root.cancelled
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionTitle"
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionNumber"
            Layout.fillWidth: true
            visible: root.numberLabel !== ""
            text: root.numberLabel
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.groupName !== "" && root.groupName !== root.title
            text: root.groupName
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.place !== ""
            text: root.place
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "rsvpLabel"
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: root.rsvpLabel !== ""
            text: root.rsvpLabel
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "rsvpReason"
            Layout.fillWidth: true
            visible: root.notAttending && root.rsvpReason !== ""
            text: qsTr("Your note: %1").arg(root.rsvpReason)
            opacity: 0.75
            wrapMode: Text.WordWrap
        }

        // Actions wrap onto a second line on a narrow phone or with large text.
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 8
            visible: !root.past

            Button {
                objectName: "attendButton"
                visible: root.canRespond
                height: Math.max(implicitHeight, 48)
                text: qsTr("I'll be there")
                highlighted: root.attending
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("I'll be there: %1").arg(root.when)
                onClicked: root.attendRequested()
            }
            Button {
                objectName: "cannotAttendButton"
                visible: root.canRespond
                height: Math.max(implicitHeight, 48)
                text: qsTr("Can't come")
                highlighted: root.notAttending
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("I can't come: %1").arg(root.when)
                onClicked: cannotAttendDialog.open()
            }
            Button {
                objectName: "joinButton"
                visible: root.joinLink !== ""
                height: Math.max(implicitHeight, 48)
                text: qsTr("Join online")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Join the session online")
                Accessible.description: qsTr("Opens the link in your browser")
                onClicked: root.joinRequested()
            }
            Button {
                id: calendarButton

                objectName: "calendarButton"
                height: Math.max(implicitHeight, 48)
                text: qsTr("Add to calendar")
                flat: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Add to calendar")
                onClicked: calendarMenu.open()

                Menu {
                    id: calendarMenu

                    objectName: "calendarMenu"
                    y: calendarButton.height
                    // Wide enough for its words, never wider than the window; the
                    // items wrap rather than cut a choice short.
                    width: Math.min(320, (calendarButton.Window.width > 0 ? calendarButton.Window.width : 360) - 32)

                    MenuItem {
                        id: thisSession

                        objectName: "calendarThisSession"
                        text: qsTr("This session")
                        height: Math.max(implicitHeight, 48)
                        Accessible.name: qsTr("Add this session to my calendar")
                        onTriggered: root.calendarRequested(false)

                        contentItem: Label {
                            text: thisSession.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    MenuItem {
                        id: wholeSeries

                        objectName: "calendarWholeSeries"
                        text: qsTr("Every session of the group")
                        height: Math.max(implicitHeight, 48)
                        Accessible.name: qsTr("Add every session of the group to my calendar")
                        onTriggered: root.calendarRequested(true)

                        contentItem: Label {
                            text: wholeSeries.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }
    }
}
