import QtQuick
import QtQuick.Controls
import Circle

// The journal, newest entry first, read page by page from the store as the list scrolls.
Page {
    id: root

    title: qsTr("Journal")

    onVisibleChanged: {
        if (root.visible)
            JournalListModel.refresh()
    }

    ListView {
        id: list

        objectName: "journalList"
        anchors.fill: parent
        topMargin: 8
        bottomMargin: 16
        spacing: 8
        clip: true
        model: JournalListModel
        Accessible.name: qsTr("Journal entries")

        delegate: JournalEntryDelegate {
            x: 16
            width: ListView.view.width - 32
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    EmptyState {
        objectName: "journalEmpty"
        anchors.centerIn: parent
        width: parent.width - 64
        visible: list.count === 0
        title: JournalListModel.errorMessage !== "" ? JournalListModel.errorMessage
                                                    : qsTr("No journal entries yet")
        detail: JournalListModel.errorMessage !== "" ? "" : qsTr("Your entries stay on this phone, encrypted.")
    }
}
