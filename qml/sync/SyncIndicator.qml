import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// A quiet line on Today: when this phone last synced, what waits, or that
// sync needs a look. Tapping it opens the sync page. Hidden when this phone
// has not joined a clinic.
ItemDelegate {
    id: root

    readonly property bool attention: ClinicSync.state === ClinicSync.Attention

    objectName: "syncIndicator"
    focusPolicy: Qt.StrongFocus
    visible: ClinicSync.enrolled
    leftPadding: 0
    rightPadding: 0
    text: ClinicSync.indicatorText
    font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
    Accessible.name: qsTr("Clinic sync: %1").arg(ClinicSync.indicatorText)
    Accessible.description: qsTr("Opens the clinic sync page")

    // Counts change as the patient writes: read them again whenever Today shows.
    onVisibleChanged: {
        if (root.visible)
            ClinicSync.refresh()
    }

    contentItem: RowLayout {
        spacing: 8

        Rectangle {
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: root.attention ? Material.color(Material.Orange)
                 : ClinicSync.state === ClinicSync.UpToDate ? Material.color(Material.Teal)
                 : Material.color(Material.Grey)
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            opacity: root.attention ? 1 : 0.75
            elide: Text.ElideRight
        }
    }
}
