import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// What Circle says after a mood check-in: thanks, and after a low one, a
// gentle word that support is close, with the way to the safety plan.
ColumnLayout {
    id: root

    /** The score just saved; -1 hides the note. */
    property int score: -1
    /** The patient asked to see their safety plan. */
    signal safetyPlanRequested()

    readonly property bool low: root.score >= 0 && root.score <= 3

    visible: root.score >= 0
    spacing: 4

    Label {
        objectName: "moodSavedText"
        Layout.fillWidth: true
        text: root.low
              ? qsTr("Saved. Thank you for being honest about a hard moment. You do not have to carry it alone: your safety plan and the people on it are one tap away.")
              : qsTr("Saved. Thank you for checking in.")
        wrapMode: Text.WordWrap
        opacity: root.low ? 1 : 0.75
        Accessible.role: Accessible.AlertMessage
    }
    Button {
        objectName: "moodOpenSafetyPlan"
        visible: root.low
        Layout.minimumHeight: 48
        text: qsTr("Open my safety plan")
        flat: true
        font.capitalization: Font.MixedCase
        Material.foreground: Material.accent
        Accessible.name: text
        onClicked: root.safetyPlanRequested()
    }
}
