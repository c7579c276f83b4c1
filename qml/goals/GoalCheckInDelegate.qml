import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One check-in in a goal's history: the value, when, and the note if there is one.
ColumnLayout {
    id: root

    required property string valueLabel
    required property string whenLabel
    required property string note

    spacing: 2
    Accessible.role: Accessible.ListItem
    Accessible.name: root.whenLabel + ": " + root.valueLabel + (root.note !== "" ? ". " + root.note : "")

    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Label {
            objectName: "checkInValue"
            Layout.fillWidth: true
            text: root.valueLabel
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        Label {
            text: root.whenLabel
            font.pixelSize: 12
            opacity: 0.7
        }
    }
    Label {
        objectName: "checkInNote"
        Layout.fillWidth: true
        visible: root.note !== ""
        text: root.note
        wrapMode: Text.Wrap
        maximumLineCount: 8
        elide: Text.ElideRight
    }
}
