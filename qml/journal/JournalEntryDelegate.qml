import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Circle

// One journal entry in the list: when it was written, its topic and a preview; a tap opens it.
// Built from plain items (no Control, no Layouts): a search can put a screenful of these
// on screen at once, and each one is made while the patient waits for the result.
CardBackground {
    id: root

    required property string entryId
    required property bool conflictCopy
    required property string match
    required property string dayLabel
    required property string excerpt
    required property string topic
    required property int mood

    signal activated()

    objectName: "journalEntry"
    implicitHeight: column.implicitHeight + 2 * column.y
    // Reached with Tab like any button, and opened with Enter or Space.
    activeFocusOnTab: true
    pressed: tap.pressed

    Keys.onReturnPressed: root.activated()
    Keys.onEnterPressed: root.activated()
    Keys.onSpacePressed: root.activated()

    Accessible.role: Accessible.Button
    Accessible.name: root.dayLabel + (root.conflictCopy ? ". " + conflictLabel.text : "")
                     + (root.topic !== "" ? ". " + root.topic : "") + ". " + root.excerpt
    Accessible.onPressAction: root.activated()

    TapHandler {
        id: tap

        onTapped: root.activated()
    }

    Column {
        id: column

        x: 16
        y: 16
        width: root.width - 2 * x
        spacing: 4

        Item {
            width: parent.width
            height: Math.max(day.implicitHeight, moodLabel.implicitHeight)

            Label {
                id: day

                width: parent.width - (moodLabel.visible ? moodLabel.implicitWidth + 8 : 0)
                text: root.dayLabel
                font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                opacity: 0.75
                // Beside the mood at large text the day takes two lines rather than losing its time.
                wrapMode: Text.WordWrap
            }
            Label {
                id: moodLabel

                anchors.right: parent.right
                visible: root.mood >= 0
                text: qsTr("Mood %1/10").arg(root.mood)
                font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                opacity: 0.75
            }
        }
        Label {
            id: conflictLabel

            objectName: "conflictLabel"
            width: parent.width
            visible: root.conflictCopy
            // A copy kept because the entry changed on two phones; the patient decides what stays.
            text: qsTr("Copy from another device: compare and keep what you want")
            color: root.Material.accent
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            width: parent.width
            visible: root.topic !== ""
            text: root.topic
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "excerpt"
            width: parent.width
            text: root.match !== "" ? root.match : root.excerpt
            textFormat: root.match !== "" ? Text.StyledText : Text.PlainText
            wrapMode: Text.WordWrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
    }
}
