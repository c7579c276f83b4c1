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
    required property string attachedDay
    required property string attachedExcerpt
    required property bool done
    required property bool shared
    required property string audience

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title + ". " + root.dueText + ". " + root.audience

    background: CardBackground {}

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
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.instructions !== ""
            text: root.instructions
            wrapMode: Text.WordWrap
        }
        // Who reads the answer, said before the patient writes it.
        Label {
            objectName: "sharingStatus"
            Layout.fillWidth: true
            text: root.audience
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            opacity: root.shared ? 1 : 0.75
            font.weight: root.shared ? Font.Medium : Font.Normal
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
        // What is attached, in the patient's own first words, with a way to take it off.
        Pane {
            objectName: "attachedEntry"
            Layout.fillWidth: true
            visible: root.attached
            padding: 8

            background: Rectangle {
                radius: 8
                color: "transparent"
                border.width: 1
                border.color: root.Material.dividerColor
            }

            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: root.attachedDay === "" ? qsTr("Attached journal entry")
                                                      : qsTr("Attached: entry from %1").arg(root.attachedDay)
                        font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                        opacity: 0.75
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "attachedExcerpt"
                        Layout.fillWidth: true
                        text: root.attachedExcerpt
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        wrapMode: Text.WordWrap
                    }
                }
                Button {
                    objectName: "removeEntry"
                    Layout.preferredHeight: Math.max(implicitHeight, 48)
                    Layout.minimumWidth: 48
                    text: qsTr("Remove")
                    flat: true
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Remove the attached entry from %1").arg(root.title)
                    onClicked: HomeworkModel.detachJournalEntry(root.index)
                }
            }
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
                    text: root.attached ? qsTr("Change entry") : qsTr("Attach an entry")
                    font.capitalization: Font.MixedCase
                    Accessible.name: root.attached ? qsTr("Change the journal entry attached to %1").arg(root.title)
                                                   : qsTr("Choose a journal entry to attach to %1").arg(root.title)
                    onClicked: HomeworkModel.openPicker(root.index)
                }
                Button {
                    id: shareButton

                    objectName: "shareAnswer"
                    visible: !root.shared
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Share with therapists…")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("See what your therapists would see of %1, then share it").arg(root.title)
                    Keys.onReturnPressed: shareButton.clicked()
                    Keys.onEnterPressed: shareButton.clicked()
                    onClicked: HomeworkModel.openSharePreview(root.index, answer.text)
                }
                Button {
                    id: unshareButton

                    objectName: "unshareAnswer"
                    visible: root.shared
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Stop sharing")
                    flat: true
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Stop sharing %1 with your therapists").arg(root.title)
                    Keys.onReturnPressed: unshareButton.clicked()
                    Keys.onEnterPressed: unshareButton.clicked()
                    onClicked: HomeworkModel.unshare(root.index)
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
