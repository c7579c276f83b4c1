import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A button on the goal pages: its words wrap rather than being cut short at
// large text sizes, it is at least a fingertip high, Enter presses it as Space
// does, and a ring shows plainly where the keyboard is.
Button {
    id: root

    Layout.minimumHeight: 48
    font.capitalization: Font.MixedCase
    Accessible.name: root.text
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Label {
        text: root.text
        font: root.font
        color: !root.enabled ? root.Material.hintTextColor
             : root.highlighted ? root.Material.primaryHighlightedTextColor
             : root.flat ? root.Material.accentColor : root.Material.foreground
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: 2
        visible: root.visualFocus
        color: "transparent"
        radius: 6
        border.width: 2
        border.color: root.Material.accentColor
    }
}
