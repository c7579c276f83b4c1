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

    /** Opens or closes the journal picker as HomeworkModel says. */
    function followPicker() {
        if (HomeworkModel.pickerRow >= 0)
            picker.open()
        else
            picker.close()
    }

    Component.onCompleted: {
        HomeworkModel.refresh()
        HomeworkModel.pickerChanged.connect(root.followPicker)
    }
    Component.onDestruction: HomeworkModel.pickerChanged.disconnect(root.followPicker)

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
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    // The journal picker covers the page, as a phone sheet does. HomeworkModel
    // says when it is open (an assignment's button opens it there); its list
    // is made afresh each time so it opens on the newest entries.
    Popup {
        id: picker

        objectName: "entryPicker"
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0
        closePolicy: Popup.CloseOnEscape
        onClosed: HomeworkModel.closePicker()

        contentItem: Loader {
            active: picker.visible
            sourceComponent: HomeworkEntryPicker {}
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
