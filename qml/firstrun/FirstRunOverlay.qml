import QtQuick
import QtQuick.Controls
import Circle

// Shows the first run over the whole window until it is finished, and again
// when the group agreement changed since it was acknowledged.
Popup {
    id: root

    /** False lets --screenshot picture the pages of a store that never went through it. */
    property bool allowed: true
    /** The flow inside, for the app's --page firstrun/NAME. */
    readonly property alias flow: flow

    objectName: "firstRunOverlay"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    padding: 0
    modal: true
    // Keys go to the flow, not to the page under it.
    focus: true
    // Under the lock screen, above the pages and their dialogs.
    z: 900
    closePolicy: Popup.NoAutoClose
    // At once, both ways: nothing of the pages may show through a fade.
    enter: null
    exit: null
    visible: root.allowed && FirstRunModel.open

    onAboutToShow: flow.start()

    FirstRunFlow {
        id: flow

        anchors.fill: parent
        onHelpRequested: {
            help.active = true
            const dialog = help.item as GetHelpDialog
            dialog.open()
        }
    }

    // Built on its first use: most who see the first run never need it.
    Loader {
        id: help

        active: false
        sourceComponent: GetHelpDialog {
            parent: Overlay.overlay
            z: 901
        }
    }
}
