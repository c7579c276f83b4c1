import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The check-in form of a goal: a value in the goal's unit and an optional
// note, one below the other with their own labels, so neither can sit over the
// other however the page is laid out. The note says who reads it.
ColumnLayout {
    id: root

    /** The value was far above the target; the page asks, then calls submit(true). */
    signal confirmationNeeded(string question)

    /** Stores the check-in as typed; confirmed after the patient said a large value is right. */
    function submit(confirmed) {
        if (GoalDetailModel.addCheckIn(valueField.text, noteField.text, confirmed)) {
            // Only a stored check-in clears the fields; a refused one keeps what was typed.
            valueField.clear()
            noteField.clear()
            return
        }
        if (GoalDetailModel.confirmQuestion !== "")
            root.confirmationNeeded(GoalDetailModel.confirmQuestion)
        else if (GoalDetailModel.valueError !== "")
            valueField.forceActiveFocus()
    }

    spacing: 4

    PageHeading {
        Layout.fillWidth: true
        Layout.topMargin: 16
        text: qsTr("Check in")
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 4
        text: qsTr("How many %1 now?").arg(GoalDetailModel.unit)
        wrapMode: Text.Wrap
    }
    TextField {
        id: valueField

        objectName: "checkInValueField"
        Layout.preferredWidth: 160
        Layout.minimumHeight: 48
        enabled: GoalDetailModel.loaded
        placeholderText: qsTr("Number")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: qsTr("Value in %1").arg(GoalDetailModel.unit)
        onAccepted: noteField.forceActiveFocus()
    }
    FieldError {
        objectName: "checkInValueError"
        visible: text !== ""
        text: GoalDetailModel.valueError
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Note (optional)")
        wrapMode: Text.Wrap
    }
    TextField {
        id: noteField

        objectName: "checkInNoteField"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        enabled: GoalDetailModel.loaded
        Accessible.name: qsTr("Note")
        Accessible.description: noteHint.text
        onAccepted: root.submit(false)
    }
    Label {
        id: noteHint

        objectName: "checkInNoteHint"
        Layout.fillWidth: true
        text: GoalDetailModel.shared ? qsTr("This goal is shared, so your therapist reads the note too.")
                                     : qsTr("Only you see the note, unless you share this goal.")
        font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
        opacity: 0.75
        wrapMode: Text.Wrap
    }
    FieldError {
        objectName: "checkInNoteError"
        visible: text !== ""
        text: GoalDetailModel.noteError
    }
    GoalButton {
        objectName: "saveCheckInButton"
        Layout.topMargin: 4
        enabled: GoalDetailModel.loaded
        text: qsTr("Save check-in")
        highlighted: true
        Accessible.name: qsTr("Save goal check-in")
        onClicked: root.submit(false)
    }
}
