import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The top row of a page opened from a tab: a Back button and the page's name.
RowLayout {
    id: root

    property string title

    signal backRequested()

    spacing: 0

    ToolButton {
        objectName: "backButton"
        Layout.leftMargin: 8
        Layout.minimumWidth: 48
        Layout.minimumHeight: 48
        text: qsTr("Back")
        font.capitalization: Font.MixedCase
        Accessible.name: qsTr("Back")
        onClicked: root.backRequested()
    }
    Label {
        Layout.fillWidth: true
        Layout.rightMargin: 16
        text: root.title
        font.pixelSize: 18
        font.weight: Font.Medium
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
    }
}
