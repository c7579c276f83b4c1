import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// One change the clinic's server refused: what kind, when, why, and a way
// to dismiss it once read.
Pane {
    id: root

    required property int index
    required property string kind
    required property string when
    required property string reason

    signal dismissRequested(int index)

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: root.kind + ". " + root.when + ". " + root.reason

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            objectName: "kind"
            Layout.fillWidth: true
            text: root.kind
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: root.when
            opacity: 0.75
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "reason"
            Layout.fillWidth: true
            text: qsTr("The server said: %1").arg(root.reason)
            wrapMode: Text.WordWrap
        }
        Button {
            objectName: "dismissButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Dismiss")
            flat: true
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Dismiss: %1").arg(root.kind)
            onClicked: root.dismissRequested(root.index)
        }
    }
}
