import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Sharing a goal with the therapist: exactly what they will see, what stays private, and the choice.
// The list comes from GoalSharePreview, which asks the same rule sync uses.
Page {
    id: root

    signal backRequested()

    header: SubpageHeader {
        title: qsTr("Share with your therapist")
        onBackRequested: root.backRequested()
    }

    ScrollView {
        id: scroll

        objectName: "shareScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            x: 16
            width: scroll.availableWidth - 32
            spacing: 8

            Label {
                objectName: "shareStatus"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: GoalSharePreview.shared
                      ? qsTr("Shared. Your therapist can see this goal and its check-ins after each sync.")
                      : qsTr("Not shared. Only you can see this goal.")
                font.pixelSize: Math.round(16 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            FieldError {
                objectName: "shareError"
                visible: text !== ""
                text: GoalSharePreview.errorMessage
            }
            // Without a clinic there is nobody to share with: say so, and how to join.
            Label {
                objectName: "noClinicNote"
                Layout.fillWidth: true
                visible: !GoalSharePreview.clinicJoined && !GoalSharePreview.shared
                text: qsTr("This phone has not joined a clinic yet, so there is no therapist to share with. To join, go to More, then Clinic sync, and paste the invite your clinic gave you. Until then, everything here stays on your phone.")
                wrapMode: Text.Wrap
            }

            // In more than one group, the patient says whose therapists see it.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: GoalSharePreview.groupNames.length > 1
                text: qsTr("Share with the therapists of")
                wrapMode: Text.Wrap
            }
            ComboBox {
                objectName: "shareGroup"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                visible: GoalSharePreview.groupNames.length > 1
                model: GoalSharePreview.groupNames
                currentIndex: GoalSharePreview.groupIndex
                Accessible.name: qsTr("Group whose therapists see this goal")
                onActivated: index => GoalSharePreview.chooseGroup(index)
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: GoalSharePreview.shared ? qsTr("What your therapist sees")
                                              : qsTr("What your therapist would see")
            }
            Repeater {
                id: preview

                objectName: "sharePreview"
                model: GoalSharePreview

                ColumnLayout {
                    id: row

                    required property string label
                    required property string value

                    Layout.fillWidth: true
                    Layout.bottomMargin: 6
                    spacing: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: row.label + ": " + row.value

                    Label {
                        Layout.fillWidth: true
                        text: row.label
                        font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
                        font.weight: Font.Medium
                        opacity: 0.75
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.value
                        wrapMode: Text.Wrap
                    }
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("Stays private, sealed so the clinic cannot read it")
            }
            Repeater {
                objectName: "privateItems"
                model: GoalSharePreview.privateItems

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                }
            }

            GoalButton {
                objectName: "shareButton"
                Layout.fillWidth: true
                Layout.topMargin: 16
                visible: !GoalSharePreview.shared && GoalSharePreview.clinicJoined
                text: qsTr("Share this goal…")
                highlighted: true
                Accessible.name: qsTr("Share this goal with your therapist")
                onClicked: shareDialog.open()
            }
            GoalButton {
                objectName: "unshareButton"
                Layout.fillWidth: true
                Layout.topMargin: 16
                visible: GoalSharePreview.shared
                text: qsTr("Stop sharing…")
                Accessible.name: qsTr("Stop sharing this goal")
                onClicked: unshareDialog.open()
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }

    GoalConfirmDialog {
        id: shareDialog

        objectName: "shareDialog"
        title: qsTr("Share this goal?")
        message: qsTr("Your therapist will see the goal and its check-ins as listed, the next time Circle syncs with your clinic. You can stop sharing at any time.")
        acceptText: qsTr("Share")
        onAccepted: GoalSharePreview.share()
    }

    GoalConfirmDialog {
        id: unshareDialog

        objectName: "unshareDialog"
        title: qsTr("Stop sharing this goal?")
        message: qsTr("Your therapist loses this goal and its check-ins at the next sync. It stays on your phone.")
        acceptText: qsTr("Stop sharing")
        onAccepted: GoalSharePreview.unshare()
    }
}
