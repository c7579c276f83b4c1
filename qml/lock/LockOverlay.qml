import QtQuick
import QtQuick.Controls
import Circle

// Covers the whole window, header and tab bar included, while AppLock is
// locked. The pages stay as they are underneath, so nothing typed is lost;
// AppLock asks the journal editor to store its text before it locks.
Popup {
    id: root

    objectName: "lockOverlay"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    padding: 0
    modal: true
    // Above every other popup, a dialog left open included.
    z: 1000
    closePolicy: Popup.NoAutoClose
    // At once, both ways: nothing of the pages may show through a fade.
    enter: null
    exit: null
    visible: AppLock.locked

    contentItem: LockScreen {
        onHelpRequested: {
            help.active = true
            const dialog = help.item as GetHelpDialog
            dialog.open()
        }
    }

    // Built on its first use: most who see the lock screen never need it.
    Loader {
        id: help

        active: false
        sourceComponent: GetHelpDialog {
            parent: Overlay.overlay
            z: 1001
        }
    }
}
