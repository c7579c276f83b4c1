import QtQuick
import QtTest
import Circle

// The crisis dialog opens with its guidance and closes with its button.
TestCase {
    id: root

    name: "GetHelpDialog"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: dialogComponent

        GetHelpDialog {}
    }

    function test_opensAndCloses() {
        const dialog = createTemporaryObject(dialogComponent, root)
        dialog.open()
        tryCompare(dialog, "opened", true)
        verify(dialog.width <= root.width - 32)
        verify(dialog.modal)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }
}
