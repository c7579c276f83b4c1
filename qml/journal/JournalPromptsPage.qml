import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Writing prompts grouped by the topics groups work on; choosing one starts an entry.
Page {
    id: root

    header: RowLayout {
        spacing: 0

        BackButton {
            objectName: "promptsBack"
            Layout.leftMargin: 4
            accessibleName: qsTr("Back to the journal")
            onClicked: root.StackView.view.pop()
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Choose a prompt")
            font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
    }

    ListView {
        id: list

        objectName: "promptList"
        anchors.fill: parent
        clip: true
        model: JournalPromptModel
        Accessible.name: qsTr("Writing prompts")
        section.property: "topicLabel"
        section.delegate: Label {
            required property string section

            width: ListView.view.width
            leftPadding: 16
            rightPadding: 16
            topPadding: 16
            bottomPadding: 4
            text: section
            font.weight: Font.Medium
            color: Material.accent
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }

        delegate: ItemDelegate {
            id: promptDelegate

            required property string promptId
            required property string promptText

            objectName: "promptDelegate"
            // Item delegates take no keyboard focus by default; a prompt is a choice to reach.
            focusPolicy: Qt.StrongFocus
            width: ListView.view.width
            text: promptText
            height: Math.max(48, implicitHeight)
            leftPadding: 16
            rightPadding: 16
            Accessible.name: text
            contentItem: Label {
                text: promptDelegate.promptText
                wrapMode: Text.WordWrap
            }
            onClicked: JournalEditor.startNew(promptDelegate.promptId)
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }
}
