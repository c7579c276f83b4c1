import QtQuick
import QtQuick.Controls
import Circle

// A section heading inside a page, announced as a heading by screen readers.
Label {
    id: root

    font.pixelSize: Math.round(14 * SettingsModel.effectiveTextScale)
    font.weight: Font.Medium
    font.letterSpacing: 0.4
    opacity: 0.75
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}
