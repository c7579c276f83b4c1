import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// Clinic sync, opened from More or from the indicator on Today: joining a
// clinic when this phone has not, the recovery code once after joining, and
// otherwise how syncing goes and what did not sync. ClinicSync and
// ClinicEnrollment decide; this page only shows.
Page {
    id: root

    /** Which part shows: the recovery code wins until it is confirmed. */
    readonly property string mode: ClinicEnrollment.stage === ClinicEnrollment.ShowingCode ? "code"
                                 : ClinicSync.enrolled ? "status" : "join"

    objectName: "syncPage"
    title: qsTr("Clinic sync")

    header: SubpageHeader {
        title: root.title
        // No way back past the recovery code until it is written down.
        enabled: root.mode !== "code"
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    Component.onCompleted: ClinicSync.refresh()
    onVisibleChanged: {
        if (root.visible)
            ClinicSync.refresh()
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: root.mode === "join" ? 0 : root.mode === "code" ? 1 : 2

        SyncJoinPane {
            objectName: "syncJoinPane"
        }
        SyncRecoveryCodePane {
            objectName: "syncRecoveryCodePane"
        }
        SyncStatusPane {
            objectName: "syncStatusPane"
        }
    }
}
