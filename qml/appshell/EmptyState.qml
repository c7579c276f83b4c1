import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// What a list page shows when it has nothing to list (or could not read it).
ColumnLayout {
    id: root

    property string title
    property string detail

    spacing: 8
    Accessible.role: Accessible.StaticText
    Accessible.name: root.detail !== "" ? root.title + ". " + root.detail : root.title

    Label {
        objectName: "emptyTitle"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: root.title
        font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "emptyDetail"
        Layout.fillWidth: true
        visible: root.detail !== ""
        horizontalAlignment: Text.AlignHCenter
        text: root.detail
        opacity: 0.75
        wrapMode: Text.WordWrap
    }
}
