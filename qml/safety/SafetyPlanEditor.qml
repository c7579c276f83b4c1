import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The written parts of the safety plan, edited in place and saved together.
ColumnLayout {
    id: root

    spacing: 8

    PageHeading {
        Layout.fillWidth: true
        text: qsTr("Signs that a crisis may be coming")
    }
    TextArea {
        id: warningSigns

        objectName: "warningSigns"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: SafetyPlanModel.warningSigns
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("One per line: thoughts, moods, situations")
        Accessible.name: qsTr("Warning signs")
    }
    PageHeading {
        Layout.fillWidth: true
        text: qsTr("Things I can do on my own")
    }
    TextArea {
        id: copingSteps

        objectName: "copingSteps"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: SafetyPlanModel.copingSteps
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("One per line: what helps me get through")
        Accessible.name: qsTr("Things I can do on my own")
    }
    PageHeading {
        Layout.fillWidth: true
        text: qsTr("What keeps me going")
    }
    TextArea {
        id: reasons

        objectName: "reasonsToLive"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: SafetyPlanModel.reasonsToLive
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("People, plans, things I care about")
        Accessible.name: qsTr("What keeps me going")
    }
    PageHeading {
        Layout.fillWidth: true
        text: qsTr("Making my surroundings safer")
    }
    TextArea {
        id: environment

        objectName: "safeEnvironment"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        text: SafetyPlanModel.safeEnvironment
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("What I can put away or ask someone to keep")
        Accessible.name: qsTr("Making my surroundings safer")
    }
    Button {
        objectName: "savePlan"
        Layout.minimumHeight: 48
        text: qsTr("Save plan")
        highlighted: true
        font.capitalization: Font.MixedCase
        Accessible.name: qsTr("Save my safety plan")
        onClicked: SafetyPlanModel.save(warningSigns.text, copingSteps.text, reasons.text, environment.text)
    }
}
