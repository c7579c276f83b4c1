import QtQuick
import QtQuick.Layouts
import Circle

// A part of the goal builder's summary: its name, and "Change", which opens
// that one step and comes back here when it is done.
RowLayout {
    id: root

    /** The builder step this part was written in (GoalBuilder.Step). */
    required property int step
    property string text

    Layout.fillWidth: true
    Layout.topMargin: 8
    spacing: 8

    PageHeading {
        Layout.fillWidth: true
        text: root.text
    }
    GoalButton {
        objectName: "changeStep" + root.step
        Layout.minimumWidth: 48
        text: qsTr("Change")
        flat: true
        Accessible.name: qsTr("Change: %1").arg(root.text)
        onClicked: GoalBuilder.changeStep(root.step)
    }
}
