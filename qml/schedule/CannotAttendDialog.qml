import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// "Can't come", with room for an optional note that only the group's facilitators read.
Dialog {
    id: root

    /** The session being answered; set before open(). */
    property string sessionId
    property string when
    /** A note given earlier, to edit rather than retype. */
    property string reason

    readonly property bool noteFits: reasonField.length <= ScheduleModel.maxReasonLength

    /** The patient confirmed; the page stores the answer. */
    signal answered(string sessionId, string reason)

    objectName: "cannotAttendDialog"
    title: qsTr("Can't come")
    modal: true
    // Over the whole window, wherever the dialog is declared; sized to what it opens over.
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 480)
    standardButtons: Dialog.NoButton

    onOpened: {
        reasonField.text = root.reason
        reasonField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        // The session on a line of its own, so "Tomorrow, 18:00" never lands mid-sentence.
        Label {
            objectName: "answerWhen"
            Layout.fillWidth: true
            text: root.when
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your facilitator will see that you can't come to this session.")
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("You can add a note for them. Only the group's facilitators read it, never other members.")
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        TextArea {
            id: reasonField

            objectName: "reasonField"
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            placeholderText: qsTr("Note for your facilitator (optional)")
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Note for your facilitator, optional")
        }
        // Said before sending, so a long note is shortened here, never lost.
        FieldError {
            objectName: "reasonTooLong"
            visible: !root.noteFits
            text: qsTr("A note can have up to %1 characters; this one has %2. Shorten it to send it.")
                  .arg(ScheduleModel.maxReasonLength).arg(reasonField.length)
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 8

            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "cancelAnswerButton"
                Layout.minimumHeight: 48
                text: qsTr("Back")
                flat: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Back without answering")
                onClicked: root.close()
            }
            Button {
                objectName: "sendAnswerButton"
                Layout.minimumHeight: 48
                text: qsTr("Let them know")
                highlighted: true
                enabled: root.noteFits
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Let the facilitator know I can't come")
                onClicked: {
                    // Closed first: storing the answer rebuilds the list this dialog lives in.
                    const sessionId = root.sessionId
                    const reason = reasonField.text
                    root.close()
                    root.answered(sessionId, reason)
                }
            }
        }
    }
}
