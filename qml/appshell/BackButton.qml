import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Back to where the patient came from: an arrow with a thumb-sized target, and
// its words for screen readers.
ToolButton {
    id: root

    /** What a screen reader says, e.g. "Back to the journal". */
    property string accessibleName: qsTr("Back")

    objectName: "backButton"
    implicitWidth: Math.max(48, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
    text: qsTr("Back")
    font.capitalization: Font.MixedCase
    Accessible.name: root.accessibleName

    contentItem: Icon {
        name: "back"
        color: root.Material.foreground
    }
}
