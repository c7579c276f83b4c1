import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// After joining: where this phone syncs, when it last did, what waits, what
// went wrong, and the changes the clinic's server refused.
ScrollView {
    id: root

    contentWidth: availableWidth
    // No horizontal bar: unseen, it took the taps on the page's last 16 px.
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        x: 16
        width: root.availableWidth - 32
        spacing: 8

        Item {
            Layout.preferredHeight: 4
        }
        Label {
            objectName: "lastSuccess"
            Layout.fillWidth: true
            text: ClinicSync.lastSuccessText
            font.pixelSize: Math.round(20 * SettingsModel.effectiveTextScale)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "serverAddress"
            Layout.fillWidth: true
            text: qsTr("Clinic: %1").arg(ClinicSync.serverAddress)
            opacity: 0.75
            wrapMode: Text.WrapAnywhere
        }
        Label {
            objectName: "pendingCount"
            Layout.fillWidth: true
            text: ClinicSync.pendingCount > 0 ? qsTr("Waiting to be sent: %1").arg(ClinicSync.pendingCount)
                                              : qsTr("Nothing is waiting to be sent.")
            wrapMode: Text.WordWrap
        }
        ProgressBar {
            objectName: "syncProgress"
            Layout.fillWidth: true
            indeterminate: true
            visible: ClinicSync.syncing
            Accessible.name: qsTr("Syncing")
        }
        Label {
            objectName: "syncProblem"
            Layout.fillWidth: true
            visible: ClinicSync.problem !== ""
            text: ClinicSync.problem
            color: Material.color(Material.Orange, Material.Shade800)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "syncNowButton"
            text: qsTr("Sync now")
            highlighted: true
            enabled: !ClinicSync.syncing
            font.capitalization: Font.MixedCase
            Accessible.name: text
            onClicked: ClinicSync.syncNow()
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 4
            wrapMode: Text.WordWrap
            opacity: 0.75
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            text: qsTr("Your journal, gratitude notes, mood check-ins and safety plan are sealed on this phone before they leave it; the clinic cannot read them.")
        }

        PageHeading {
            Layout.fillWidth: true
            Layout.topMargin: 16
            text: qsTr("Not synced")
        }
        Label {
            objectName: "notSyncedEmpty"
            Layout.fillWidth: true
            visible: ClinicSync.notSynced.count === 0
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: qsTr("Your clinic's server has accepted every change.")
        }
        Label {
            Layout.fillWidth: true
            visible: ClinicSync.notSynced.count > 0
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: qsTr("The clinic's server refused these changes. They are still on this phone; nothing else was held up. Dismiss one once you have read why.")
        }
        Label {
            Layout.fillWidth: true
            visible: ClinicSync.notSynced.errorMessage !== ""
            text: ClinicSync.notSynced.errorMessage
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
        }
        Repeater {
            objectName: "notSyncedList"
            model: ClinicSync.notSynced

            NotSyncedDelegate {
                Layout.fillWidth: true
                onDismissRequested: row => ClinicSync.notSynced.dismiss(row)
            }
        }
        Item {
            Layout.preferredHeight: 16
        }
    }
}
