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
        // The pages are not reachable under the first run, so the plan opens here, over it.
        onLoaded: (help.item as GetHelpDialog).planRequested.connect(plan.open)
    }

    // The safety plan over the first run, whole, until its Back closes it.
    Popup {
        id: plan

        objectName: "firstRunSafetyPlan"
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        focus: true
        z: 902
        closePolicy: Popup.CloseOnEscape
        enter: null
        exit: null
        // A new page each time it opens (the Loader follows visible), so one connection each.
        onOpened: ((plan.contentItem as Loader).item as SafetyPlanPage).closeRequested.connect(plan.close)

        contentItem: Loader {
            focus: true
            active: plan.visible
            sourceComponent: SafetyPlanPage {}
        }
    }
}
