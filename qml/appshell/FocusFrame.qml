import QtQuick
import QtQuick.Controls.Material

// The ring around whatever has keyboard focus, drawn over everything while the
// patient moves by keyboard. Material's own focus shading is faint; this one is
// a 3 px accent outline that reads on light and dark, on cards and on buttons.
// It follows its item as pages scroll: its place is worked out again before
// every frame, and only while it shows.
Rectangle {
    id: root

    /** The window whose focus it follows. */
    required property Window window
    /** Shown only while this is true (KeyboardNavigation.active). */
    property bool keyboardActive: false

    readonly property Item target: root.keyboardActive ? root.window.activeFocusItem : null

    function place() {
        const item = root.target
        if (!item || !item.visible || item.width <= 0 || !root.parent) {
            root.visible = false
            return
        }
        const p = item.mapToItem(root.parent, 0, 0)
        root.x = p.x - 3
        root.y = p.y - 3
        root.width = item.width + 6
        root.height = item.height + 6
        root.visible = true
    }

    objectName: "focusFrame"
    z: 1000
    visible: false
    color: "transparent"
    radius: 8
    border.width: 3
    border.color: root.Material.theme === Material.Dark ? Material.color(Material.Amber, Material.Shade300)
                                                          : Material.color(Material.Indigo, Material.Shade700)

    onTargetChanged: root.place()

    Connections {
        target: root.target ? root.window : null

        function onAfterAnimating() {
            root.place()
        }
    }
}
