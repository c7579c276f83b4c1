import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One journal entry in the list: when it was written, its topic and a preview; a tap opens it.
Pane {
    id: root

    required property string entryId
    required property bool conflictCopy
    required property string match
    required property string dayLabel
    required property string excerpt
    required property string topic
    required property int mood

    signal activated()

    padding: 16
    Accessible.role: Accessible.Button
    Accessible.name: root.dayLabel + (root.conflictCopy ? ". " + conflictLabel.text : "")
                     + (root.topic !== "" ? ". " + root.topic : "") + ". " + root.excerpt
    Accessible.onPressAction: root.activated()

    TapHandler {
        onTapped: root.activated()
    }

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: root.dayLabel
                font.pixelSize: 13
                opacity: 0.75
                elide: Text.ElideRight
            }
            Label {
                visible: root.mood >= 0
                text: qsTr("Mood %1/10").arg(root.mood)
                font.pixelSize: 13
                opacity: 0.75
            }
        }
        Label {
            id: conflictLabel

            objectName: "conflictLabel"
            Layout.fillWidth: true
            visible: root.conflictCopy
            // A copy kept because the entry changed on two phones; the patient decides what stays.
            text: qsTr("Copy from another device: compare and keep what you want")
            color: root.Material.accent
            font.pixelSize: 13
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.topic !== ""
            text: root.topic
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "excerpt"
            Layout.fillWidth: true
            text: root.match !== "" ? root.match : root.excerpt
            textFormat: root.match !== "" ? Text.StyledText : Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
    }
}
