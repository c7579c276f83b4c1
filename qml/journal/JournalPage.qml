import QtQuick
import QtQuick.Controls
import Circle

// The journal: the list of entries, and above it, while open, the prompt chooser or the editor.
Page {
    id: root

    /** Set while a part is opened by name, so it shows at once rather than sliding in. */
    property bool openImmediately: false

    title: qsTr("Journal")

    /** Opens a part of the journal by name ("new", "prompts"); the app's --page journal/NAME. */
    function openSubpage(name) {
        root.openImmediately = true
        if (name === "new")
            JournalEditor.startNew("")
        else if (name === "prompts")
            stack.push(promptsComponent, {}, StackView.Immediate)
        root.openImmediately = false
    }

    /** Its tab tapped again: what is written is kept, and the list shows from its newest entry. */
    function returnToTop() {
        const editor = stack.currentItem as JournalEditorPage
        if (editor)
            editor.done()
        else
            stack.pop(null)
        listPane.showNewest()
    }

    onVisibleChanged: {
        if (root.visible && stack.depth === 1)
            JournalListModel.refresh()
    }

    // Whoever starts an entry (the list, a prompt, a test), the editor comes up.
    Connections {
        target: JournalEditor

        function onStarted() {
            const operation = root.openImmediately ? StackView.Immediate : StackView.Transition
            // Whatever lies over the list (the prompts, another entry) gives way
            // to the editor; the list stays underneath, so Done comes back to it.
            if (stack.depth > 1)
                stack.replace(stack.get(1), editorComponent, {}, operation)
            else
                stack.push(editorComponent, {}, operation)
        }
    }

    StackView {
        id: stack

        objectName: "journalStack"
        anchors.fill: parent
        initialItem: listPane
    }

    JournalListPane {
        id: listPane

        onPromptsRequested: stack.push(promptsComponent)
    }

    Component {
        id: promptsComponent

        JournalPromptsPage {}
    }

    Component {
        id: editorComponent

        JournalEditorPage {}
    }
}
