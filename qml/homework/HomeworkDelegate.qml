import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One assignment: what to do, when, and the patient's answer.
Pane {
    id: root

    required property int index
    required property string title
    required property string instructions
    required property string dueText
    required property bool overdue
    required property string response
    required property bool attached
    required property bool done

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title + ". " + root.dueText

    background: Rectangle {
        radius: 12
        color: root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07)
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: root.title
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "dueText"
            Layout.fillWidth: true
            text: root.dueText
            // Overdue is told in a warm colour, never in alarm red.
            color: root.overdue ? Material.color(Material.Orange, Material.Shade800) : root.Material.foreground
            opacity: root.overdue ? 1 : 0.75
            font.pixelSize: 13
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.instructions !== ""
            text: root.instructions
            wrapMode: Text.WordWrap
        }
        TextArea {
            id: answer

            objectName: "answer"
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            text: root.response
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Your answer")
            Accessible.name: qsTr("Your answer to %1").arg(root.title)
        }
        Label {
            Layout.fillWidth: true
            visible: root.attached
            text: qsTr("A journal entry is attached.")
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        // A Flow in a layout reports one long row as its width; this holder gives it the column's.
        Item {
            Layout.fillWidth: true
            implicitHeight: actions.implicitHeight

            Flow {
                id: actions

                width: parent.width
                spacing: 8

                Button {
                    objectName: "saveAnswer"
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Save answer")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Save answer")
                    onClicked: HomeworkModel.saveResponse(root.index, answer.text)
                }
                Button {
                    objectName: "attachEntry"
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Attach my latest entry")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Attach my latest journal entry")
                    onClicked: HomeworkModel.attachLatestJournalEntry(root.index)
                }
                CheckBox {
                    objectName: "doneBox"
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Done")
                    checked: root.done
                    Accessible.name: qsTr("Mark %1 as done").arg(root.title)
                    onToggled: HomeworkModel.setDone(root.index, checked)
                }
            }
        }
    }
}
