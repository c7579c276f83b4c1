import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The next (or current) group session: what it is about, when and where, how
// long until it starts, and the patient's answer, which they can give here.
Pane {
    id: root

    required property bool hasSession
    required property string title
    required property string groupName
    required property string when
    required property string place
    required property bool moved
    required property bool inProgress
    required property string sessionId
    required property string startsIn
    required property bool canRespond
    required property bool attending
    required property bool notAttending
    required property string answer
    required property string reason
    /** Why the last answer was not stored; the page sets it, empty otherwise. */
    property string answerError: ""

    /**
     * The patient answered for sessionId, the session they were looking at; the
     * page stores it (reason only when not attending).
     */
    signal answerRequested(string sessionId, bool attending, string reason)

    padding: 16
    // Sized by the column alone: the dialog's loader beside it takes no room.
    contentWidth: column.implicitWidth
    contentHeight: column.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: root.hasSession
                     ? qsTr("Next group session") + ", " + root.title + ", " + root.when
                       + (root.startsIn !== "" ? ", " + root.startsIn : "")
                       + (root.place !== "" ? ", " + root.place : "")
                       + (root.answer !== "" ? ", " + root.answer : "")
                     : qsTr("No upcoming sessions")

    background: CardBackground {}

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            objectName: "noSessionLabel"
            Layout.fillWidth: true
            visible: !root.hasSession
            text: qsTr("No upcoming sessions")
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionBadge"
            visible: root.hasSession && (root.inProgress || root.moved)
            text: root.inProgress ? qsTr("Happening now") : qsTr("New time")
            font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            color: root.Material.accentColor
        }
        Label {
            objectName: "sessionTitle"
            Layout.fillWidth: true
            visible: root.hasSession
            text: root.title
            font.pixelSize: Math.round(20 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionGroup"
            Layout.fillWidth: true
            visible: root.hasSession && root.groupName !== "" && root.groupName !== root.title
            text: root.groupName
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionWhen"
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: root.hasSession
            text: root.when
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionStartsIn"
            Layout.fillWidth: true
            visible: root.hasSession && root.startsIn !== ""
            text: root.startsIn
            color: root.Material.accentColor
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionPlace"
            Layout.fillWidth: true
            visible: root.hasSession && root.place !== ""
            text: root.place
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionAnswer"
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: root.hasSession && root.answer !== ""
            text: root.answer
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "sessionAnswerError"
            Layout.fillWidth: true
            visible: root.answerError !== ""
            text: root.answerError
            color: "#b3261e"
            wrapMode: Text.WordWrap
        }

        // The same two answers as on the Schedule page; they wrap on a narrow
        // phone or with large text.
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 8
            visible: root.hasSession && root.canRespond

            Button {
                objectName: "todayAttendButton"
                height: Math.max(implicitHeight, 48)
                text: qsTr("I'll be there")
                highlighted: root.attending
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("I'll be there: %1").arg(root.when)
                Accessible.checkable: true
                Accessible.checked: root.attending
                onClicked: root.answerRequested(root.sessionId, true, "")
            }
            Button {
                objectName: "todayCannotAttendButton"
                height: Math.max(implicitHeight, 48)
                text: qsTr("Can't come")
                highlighted: root.notAttending
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("I can't come: %1").arg(root.when)
                Accessible.checkable: true
                Accessible.checked: root.notAttending
                onClicked: {
                    cannotAttendLoader.active = true
                    // Set once, not bound: a refresh while the dialog is open
                    // (a minute passing, a sync) must not change what it answers.
                    const dialog = cannotAttendLoader.item as CannotAttendDialog
                    dialog.sessionId = root.sessionId
                    dialog.when = root.when
                    dialog.reason = root.reason
                    dialog.open()
                }
            }
        }
    }

    // Built on first use, and named by file: most starts never open it.
    Loader {
        id: cannotAttendLoader

        active: false
        source: "../schedule/CannotAttendDialog.qml"
        onLoaded: {
            const dialog = item as CannotAttendDialog
            dialog.answered.connect((sessionId, reason) => root.answerRequested(sessionId, false, reason))
        }
    }
}
