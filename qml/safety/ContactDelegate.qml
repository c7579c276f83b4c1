import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Someone to reach: a name, a number, and buttons that hand the number to the phone.
Pane {
    id: root

    required property int index
    required property string name
    required property string phone
    required property string note
    required property string kind
    required property string callUrl
    required property string textUrl
    required property bool editable

    /** Asks for this contact to be removed from the plan (only the patient's own contacts). */
    signal removeRequested(int row)

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: root.name + ", " + root.phone

    background: Rectangle {
        radius: 12
        color: root.kind === "crisis"
               ? (root.Material.theme === Material.Dark ? Qt.rgba(1, 0.3, 0.3, 0.15) : Qt.rgba(0.8, 0.1, 0.1, 0.07))
               : (root.Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0.5, 0.45, 0.07))
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.name !== "" ? root.name : root.phone
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.note !== ""
            text: root.note
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
                    objectName: "call"
                    visible: root.callUrl !== ""
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Call %1").arg(root.phone)
                    highlighted: root.kind === "crisis"
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Call %1").arg(root.name !== "" ? root.name : root.phone)
                    onClicked: Qt.openUrlExternally(root.callUrl)
                }
                Button {
                    objectName: "text"
                    visible: root.textUrl !== ""
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Text")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Send a text message to %1").arg(root.name !== "" ? root.name : root.phone)
                    onClicked: Qt.openUrlExternally(root.textUrl)
                }
                Button {
                    objectName: "remove"
                    visible: root.editable
                    height: Math.max(implicitHeight, 48)
                    flat: true
                    text: qsTr("Remove")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Remove %1 from the plan").arg(root.name)
                    onClicked: root.removeRequested(root.index)
                }
            }
        }
    }
}
