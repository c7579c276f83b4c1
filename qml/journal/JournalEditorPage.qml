import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Writing one entry. Every keystroke goes to JournalEditor, which saves within a second.
Page {
    id: root

    /** Saves what is left and goes back to the list; stays when the store refused the text. */
    function done() {
        if (!JournalEditor.close())
            return
        JournalListModel.refresh()
        root.StackView.view.pop(null)
    }

    // The patient came here to write: the cursor waits in the text, so the
    // first keystroke is never lost.
    StackView.onActivated: editor.forceActiveFocus()

    header: RowLayout {
        spacing: 8

        ToolButton {
            objectName: "editorDone"
            Layout.leftMargin: 8
            Layout.minimumWidth: 48
            Layout.minimumHeight: 48
            text: qsTr("Done")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Done, back to the journal")
            onClicked: root.done()
        }
        Label {
            objectName: "saveStatus"
            Layout.fillWidth: true
            text: JournalEditor.statusText
            opacity: 0.7
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
            Accessible.role: Accessible.StaticText
        }
        ToolButton {
            objectName: "editorDelete"
            Layout.minimumWidth: 48
            Layout.minimumHeight: 48
            visible: JournalEditor.entryId !== ""
            text: qsTr("Delete")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Delete this entry")
            onClicked: deleteDialog.open()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Label {
            objectName: "conflictNotice"
            Layout.fillWidth: true
            visible: JournalEditor.conflictCopy
            text: qsTr("This is a copy kept because the entry was changed on two devices at once. Keep what you want and delete the other.")
            wrapMode: Text.WordWrap
            color: Material.accent
        }
        Label {
            objectName: "promptText"
            Layout.fillWidth: true
            visible: JournalEditor.promptText !== ""
            text: JournalEditor.promptText
            font.pixelSize: Math.round(17 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: editor

                objectName: "entryText"
                text: JournalEditor.text
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Write whatever is on your mind.")
                Accessible.name: JournalEditor.promptText !== "" ? JournalEditor.promptText : qsTr("Journal entry")
                // Tab leaves the text for the buttons, as in any form; an entry has no use for tab stops.
                Keys.onTabPressed: event => editor.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                Keys.onBacktabPressed: event => editor.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                // Written back as typed; the editor saves within a second.
                onTextChanged: {
                    if (editor.text !== JournalEditor.text)
                        JournalEditor.text = editor.text
                }
            }
        }
        Label {
            objectName: "editorError"
            Layout.fillWidth: true
            visible: JournalEditor.errorMessage !== ""
            text: JournalEditor.errorMessage
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
        }
    }

    Dialog {
        id: deleteDialog

        objectName: "deleteDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 400)
        modal: true
        title: qsTr("Delete this entry?")
        // The answers say what they do, not "OK" and "Cancel"; the keyboard
        // starts on the safe one.
        footer: DialogButtonBox {
            Button {
                id: keepButton

                objectName: "keepEntryButton"
                text: qsTr("Keep it")
                flat: true
                Accessible.name: text
                onClicked: deleteDialog.reject()
            }
            Button {
                objectName: "deleteEntryButton"
                text: qsTr("Delete entry")
                flat: true
                Accessible.name: text
                onClicked: deleteDialog.accept()
            }
        }
        onOpened: keepButton.forceActiveFocus()
        onAccepted: {
            if (JournalEditor.remove())
                root.done()
        }

        // As the content item the label gets the dialog's width, so wrapping
        // cannot feed back into the dialog's size.
        contentItem: Label {
            text: qsTr("It is removed from this phone and from your other devices.")
            wrapMode: Text.WordWrap
        }
    }
}
