import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The top row of a page opened from a tab: a Back button and the page's name.
RowLayout {
    id: root

    property string title

    signal backRequested()

    spacing: 0

    BackButton {
        Layout.leftMargin: 4
        onClicked: root.backRequested()
    }
    Label {
        Layout.fillWidth: true
        Layout.rightMargin: 16
        text: root.title
        font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
        font.weight: Font.Medium
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }
}
