import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A problem with what was typed, right under the field, read out when it appears.
Label {
    id: root

    Layout.fillWidth: true
    color: root.Material.theme === Material.Dark ? "#f2b8b5" : "#b3261e"
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
}
