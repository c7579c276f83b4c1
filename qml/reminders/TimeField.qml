import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A time of day typed as hours and minutes, with the model's verdict under it.
ColumnLayout {
    id: root

    property string label
    property string accessibleName
    /** What is stored, as "HH:MM". */
    property string time
    /** Why the last entry was refused; empty when it was kept. */
    property string error
    readonly property alias text: field.text

    /** The patient finished typing (Enter or leaving the field). */
    signal edited(string text)

    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Label {
            text: root.label
        }
        TextField {
            id: field

            objectName: "timeText"
            Layout.preferredWidth: 120
            Layout.minimumHeight: 48
            text: root.time
            placeholderText: qsTr("HH:MM")
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
            Accessible.name: root.accessibleName
            onEditingFinished: {
                if (field.text !== root.time)
                    root.edited(field.text)
            }
        }
        Item {
            Layout.fillWidth: true
        }
    }
    Label {
        objectName: "timeError"
        Layout.fillWidth: true
        visible: root.error !== ""
        text: root.error
        color: root.Material.color(Material.Red)
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.error
    }
}
