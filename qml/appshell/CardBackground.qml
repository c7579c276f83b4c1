import QtQuick
import QtQuick.Controls.Material

// The rounded, lightly tinted surface of the app's cards and tinted list rows:
// the app's teal over the light theme, white over the dark one. A card that can
// be tapped deepens it while held (pressed); a crisis line is tinted red (warning).
Rectangle {
    id: root

    property bool pressed: false
    property bool warning: false
    readonly property bool dark: root.Material.theme === Material.Dark

    radius: 12
    color: root.warning ? (root.dark ? Qt.rgba(1, 0.3, 0.3, 0.15) : Qt.rgba(0.8, 0.1, 0.1, 0.07))
                        : root.dark ? Qt.rgba(1, 1, 1, root.pressed ? 0.12 : 0.07)
                                    : Qt.rgba(0, 0.5, 0.45, root.pressed ? 0.14 : 0.07)
}
