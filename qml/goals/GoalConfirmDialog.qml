import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A question before something that cannot be taken back or would be easy to
// regret, with its two answers in plain words rather than "OK" and "Cancel".
Dialog {
    id: root

    property string message
    property string acceptText
    property string rejectText: qsTr("Go back")

    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 420) : 320
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape

    contentItem: Label {
        objectName: "confirmMessage"
        text: root.message
        wrapMode: Text.Wrap
    }

    footer: RowLayout {
        spacing: 8

        GoalButton {
            id: rejectButton

            objectName: "confirmReject"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.leftMargin: 16
            Layout.bottomMargin: 8
            text: root.rejectText
            flat: true
            onClicked: root.reject()
        }
        GoalButton {
            objectName: "confirmAccept"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.rightMargin: 16
            Layout.bottomMargin: 8
            text: root.acceptText
            highlighted: true
            onClicked: root.accept()
        }
    }

    // The keyboard starts on the safe answer.
    onOpened: rejectButton.forceActiveFocus()
}
