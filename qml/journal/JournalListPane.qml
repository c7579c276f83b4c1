import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The journal's entries, newest first, read page by page as the list scrolls; a search field on top.
Item {
    id: root

    signal promptsRequested()

    /** Scrolls back to the newest entry. */
    function showNewest() {
        list.positionViewAtBeginning()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: searchField

            objectName: "journalSearch"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.minimumHeight: 48
            placeholderText: qsTr("Search your journal")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search your journal")
            // Searching on every keystroke is cheap (FTS4); a short pause keeps typing smooth.
            onTextChanged: searchDelay.restart()

            Timer {
                id: searchDelay

                interval: 250
                onTriggered: JournalListModel.query = searchField.text
            }
        }

        ListView {
            id: list

            objectName: "journalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            topMargin: 8
            bottomMargin: 16
            spacing: 8
            clip: true
            model: JournalListModel
            Accessible.name: qsTr("Journal entries")

            delegate: JournalEntryDelegate {
                x: 16
                width: ListView.view.width - 32
                onActivated: JournalEditor.open(entryId)
            }

            ScrollIndicator.vertical: ScrollIndicator {}

            // Below the last match a search lists, when more were left out.
            footer: Label {
                objectName: "matchesCapped"
                x: 16
                width: ListView.view ? ListView.view.width - 32 : 0
                height: visible ? implicitHeight : 0
                visible: JournalListModel.matchesCapped
                topPadding: 8
                text: qsTr("These are the newest %1 entries that match. Add another word to find older ones.")
                          .arg(JournalListModel.maxMatches)
                wrapMode: Text.WordWrap
                opacity: 0.75
            }

            EmptyState {
                objectName: "journalEmpty"
                anchors.centerIn: parent
                width: parent.width - 64
                visible: list.count === 0
                title: JournalListModel.errorMessage !== ""
                       ? JournalListModel.errorMessage
                       : JournalListModel.query.trim() !== "" ? qsTr("Nothing found") : qsTr("No journal entries yet")
                detail: JournalListModel.errorMessage !== "" ? ""
                        : JournalListModel.query.trim() !== "" ? qsTr("Try fewer or shorter words.")
                                                               : qsTr("Your entries stay on this phone, encrypted.")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 8
            spacing: 8

            Button {
                objectName: "newEntryButton"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                text: qsTr("Write")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Write a new entry")
                onClicked: JournalEditor.startNew("")
            }
            Button {
                objectName: "promptsButton"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                text: qsTr("Use a prompt")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Choose a writing prompt")
                onClicked: root.promptsRequested()
            }
        }
    }
}
