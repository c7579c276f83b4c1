import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// Correcting a check-in: its value and note, kept at the moment it was taken,
// or deleting it. The page asks before a large value or a deletion is stored.
Dialog {
    id: root

    property string checkInId

    /** The corrected value was far above the target; the page asks, then calls save(true). */
    signal confirmationNeeded(string question)
    signal deleteRequested(string checkInId)

    /** Opens on one check-in with what it holds now. */
    function edit(checkInId, valueText, note) {
        GoalDetailModel.clearErrors()
        root.checkInId = checkInId
        valueField.text = valueText
        noteField.text = note
        root.open()
    }

    function save(confirmed) {
        if (GoalDetailModel.correctCheckIn(root.checkInId, valueField.text, noteField.text, confirmed))
            root.close()
        else if (GoalDetailModel.confirmQuestion !== "")
            root.confirmationNeeded(GoalDetailModel.confirmQuestion)
    }

    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 440) : 320
    height: parent ? Math.min(implicitHeight, parent.height - 32) : implicitHeight
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Correct this check-in")
    onOpened: valueField.forceActiveFocus()

    // The form as the dialog's one child (not its contentItem), so its fields can have ids.
    Flickable {
        anchors.fill: parent
        implicitWidth: form.implicitWidth
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form

            width: parent.width
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: qsTr("Value in %1").arg(GoalDetailModel.unit)
                wrapMode: Text.Wrap
            }
            TextField {
                id: valueField

                objectName: "correctValueField"
                Layout.preferredWidth: 160
                Layout.minimumHeight: 48
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Corrected value in %1").arg(GoalDetailModel.unit)
                onAccepted: noteField.forceActiveFocus()
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("Note (optional)")
                wrapMode: Text.Wrap
            }
            TextField {
                id: noteField

                objectName: "correctNoteField"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Corrected note")
                onAccepted: root.save(false)
            }
            FieldError {
                objectName: "correctionError"
                visible: text !== ""
                text: GoalDetailModel.correctionError
            }
            GoalButton {
                objectName: "saveCorrectionButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("Save correction")
                highlighted: true
                onClicked: root.save(false)
            }
            GoalButton {
                objectName: "deleteCheckInButton"
                Layout.fillWidth: true
                text: qsTr("Delete this check-in…")
                flat: true
                onClicked: root.deleteRequested(root.checkInId)
            }
            GoalButton {
                objectName: "cancelCorrectionButton"
                Layout.fillWidth: true
                text: qsTr("Go back without changes")
                flat: true
                onClicked: root.close()
            }
        }
    }
}
