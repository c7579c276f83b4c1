import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Circle

// The group's homework with the patient's answers.
Page {
    id: root

    header: SubpageHeader {
        title: qsTr("Homework")
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    Component.onCompleted: HomeworkModel.refresh()

    ListView {
        id: list

        objectName: "homeworkList"
        anchors.fill: parent
        topMargin: 8
        bottomMargin: 16
        spacing: 8
        clip: true
        model: HomeworkModel
        Accessible.name: qsTr("Homework")

        header: Label {
            width: ListView.view.width
            leftPadding: 16
            rightPadding: 16
            bottomPadding: 8
            visible: HomeworkModel.errorMessage !== ""
            height: visible ? implicitHeight : 0
            text: HomeworkModel.errorMessage
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
        }

        delegate: HomeworkDelegate {
            x: 16
            width: ListView.view.width - 32
            onPickEntryRequested: picker.openFor(index)
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    // The journal picker covers the page, as a phone sheet does; its list is
    // made afresh each time so it opens on the newest entries.
    Popup {
        id: picker

        property int assignmentRow: -1

        function openFor(row) {
            picker.assignmentRow = row
            picker.open()
        }

        objectName: "entryPicker"
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0
        closePolicy: Popup.CloseOnEscape

        contentItem: Loader {
            active: picker.visible
            sourceComponent: HomeworkEntryPicker {
                assignmentRow: picker.assignmentRow
                onFinished: picker.close()
            }
        }
    }

    EmptyState {
        objectName: "homeworkEmpty"
        anchors.centerIn: parent
        width: parent.width - 64
        visible: list.count === 0
        title: qsTr("No homework right now")
        detail: qsTr("What your group is asked to practise between sessions will show here.")
    }
}
