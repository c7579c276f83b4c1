import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// A mood check-in in one tap from Today: slide, then save.
Pane {
    id: root

    /** After a low check-in the patient asked for their safety plan. */
    signal safetyPlanRequested()

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Mood check-in")

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: MoodModel.lastScore >= 0
                  ? qsTr("How are you now? Last time: %1/10").arg(MoodModel.lastScore)
                  : qsTr("How are you now?")
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        MoodScoreSlider {
            id: score

            Layout.fillWidth: true
        }
        Button {
            objectName: "quickMoodSave"
            Layout.alignment: Qt.AlignRight
            Layout.minimumHeight: 48
            text: qsTr("Save")
            highlighted: true
            flat: true
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Save mood check-in")
            onClicked: {
                const chosen = Math.round(score.value)
                if (MoodModel.record(chosen))
                    savedNote.score = chosen
            }
        }
        MoodSavedNote {
            id: savedNote

            objectName: "quickMoodSaved"
            Layout.fillWidth: true
            onSafetyPlanRequested: root.safetyPlanRequested()
        }
    }
}
