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

    /** Opens or closes the share preview as HomeworkModel says. */
    function followPreview() {
        if (HomeworkModel.previewRow >= 0)
            sharePreview.open()
        else
            sharePreview.close()
    }

    Component.onCompleted: {
        HomeworkModel.refresh()
        HomeworkModel.pickerChanged.connect(root.followPicker)
        HomeworkModel.previewChanged.connect(root.followPreview)
    }
    Component.onDestruction: {
        HomeworkModel.pickerChanged.disconnect(root.followPicker)
        HomeworkModel.previewChanged.disconnect(root.followPreview)
    }

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

    // What the therapists would read, over the whole page, until the patient
    // shares it or keeps it private.
    Popup {
        id: sharePreview

        objectName: "sharePreview"
        parent: Overlay.overlay
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        padding: 0
        closePolicy: Popup.CloseOnEscape
        onOpened: ((sharePreview.contentItem as Loader).item as HomeworkSharePreview).takeFocus()
        onClosed: HomeworkModel.closePreview()

        contentItem: Loader {
            active: sharePreview.visible
            sourceComponent: HomeworkSharePreview {}
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
