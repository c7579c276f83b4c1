import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One line of the More menu: an icon, then its name, wrapping when the text is large.
ItemDelegate {
    id: root

    /** Icon.qml's name for it. */
    property string iconName
    property bool warning: false

    // Item delegates take no keyboard focus by default; each line is a choice to reach.
    focusPolicy: Qt.StrongFocus
    leftPadding: 16
    rightPadding: 16
    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)

    contentItem: RowLayout {
        spacing: 16

        Icon {
            name: root.iconName
            color: root.warning ? Material.color(Material.Red) : root.Material.accentColor
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            color: root.warning ? Material.color(Material.Red) : root.Material.foreground
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
