import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Choosing which journal entry answers an assignment: the patient's entries,
// newest first and read a page at a time as the list scrolls, one marked as
// chosen and described below the list, and nothing attached until confirmed.
// What it shows is HomeworkModel's picker: HomeworkModel.openPicker() starts it.
Page {
    id: root

    header: Label {
        objectName: "pickerHeading"
        padding: 16
        text: qsTr("Attach a journal entry to “%1”").arg(HomeworkModel.pickerTitle)
        font.weight: Font.Medium
        wrapMode: Text.WordWrap
    }

    ListView {
        id: entries

        objectName: "pickerList"
        anchors.fill: parent
        clip: true
        spacing: 4
        model: HomeworkModel.journalEntries
        Accessible.name: qsTr("Your journal entries")

        delegate: ItemDelegate {
            id: entry

            required property int index
            required property string entryId
            required property string dayLabel
            required property string excerpt

            readonly property bool chosen: entry.entryId === HomeworkModel.chosenEntryId

            objectName: "pickerEntry"
            x: 8
            width: ListView.view.width - 16
            height: Math.max(implicitHeight, 56)
            highlighted: entry.chosen
            Accessible.name: (entry.chosen ? qsTr("Chosen: ") : "") + entry.dayLabel + ". " + entry.excerpt
            onClicked: HomeworkModel.choose(entry.index)

            contentItem: ColumnLayout {
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: entry.dayLabel
                    font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                    opacity: 0.75
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.excerpt
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    wrapMode: Text.WordWrap
                }
            }
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    EmptyState {
        objectName: "pickerEmpty"
        anchors.centerIn: parent
        width: parent.width - 64
        visible: entries.count === 0
        title: qsTr("No journal entries yet")
        detail: qsTr("Write one in your journal, then come back to attach it.")
    }

    footer: Pane {
        padding: 12

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 6

            Label {
                objectName: "chosenPreview"
                Layout.fillWidth: true
                text: HomeworkModel.chosenEntryId === ""
                      ? qsTr("Tap an entry to choose it.")
                      : qsTr("Chosen: %1. %2").arg(HomeworkModel.chosenDay).arg(HomeworkModel.chosenExcerpt)
                maximumLineCount: 3
                elide: Text.ElideRight
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "pickerError"
                Layout.fillWidth: true
                visible: HomeworkModel.errorMessage !== ""
                text: HomeworkModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
            }
            // A Flow in a layout reports one long row as its width; this holder gives it the column's.
            Item {
                Layout.fillWidth: true
                implicitHeight: pickerActions.implicitHeight

                Flow {
                    id: pickerActions

                    width: parent.width
                    spacing: 8
                    layoutDirection: Qt.RightToLeft

                    Button {
                        objectName: "attachChosen"
                        height: Math.max(implicitHeight, 48)
                        text: qsTr("Attach")
                        highlighted: true
                        font.capitalization: Font.MixedCase
                        enabled: HomeworkModel.chosenEntryId !== ""
                        Accessible.name: qsTr("Attach the chosen entry")
                        onClicked: {
                            if (HomeworkModel.attachChosen())
                                HomeworkModel.closePicker()
                        }
                    }
                    Button {
                        objectName: "cancelPicker"
                        height: Math.max(implicitHeight, 48)
                        text: qsTr("Cancel")
                        flat: true
                        font.capitalization: Font.MixedCase
                        Accessible.name: qsTr("Close without attaching")
                        onClicked: HomeworkModel.closePicker()
                    }
                }
            }
        }
    }
}
