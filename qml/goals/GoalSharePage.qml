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
                font.pixelSize: 16
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            FieldError {
                objectName: "shareError"
                visible: text !== ""
                text: GoalSharePreview.errorMessage
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
                        font.pixelSize: 12
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

            Button {
                objectName: "shareButton"
                Layout.fillWidth: true
                Layout.topMargin: 16
                Layout.minimumHeight: 48
                visible: !GoalSharePreview.shared
                text: qsTr("Share this goal…")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Share this goal with your therapist")
                onClicked: shareDialog.open()
            }
            Button {
                objectName: "unshareButton"
                Layout.fillWidth: true
                Layout.topMargin: 16
                Layout.minimumHeight: 48
                visible: GoalSharePreview.shared
                text: qsTr("Stop sharing…")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Stop sharing this goal")
                onClicked: unshareDialog.open()
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }

    Dialog {
        id: shareDialog

        objectName: "shareDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 400)
        modal: true
        title: qsTr("Share this goal?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: GoalSharePreview.share()

        contentItem: Label {
            text: qsTr("Your therapist will see the goal and its check-ins as listed, after the next sync. You can stop sharing at any time.")
            wrapMode: Text.Wrap
        }
    }

    Dialog {
        id: unshareDialog

        objectName: "unshareDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 400)
        modal: true
        title: qsTr("Stop sharing this goal?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: GoalSharePreview.unshare()

        contentItem: Label {
            text: qsTr("Your therapist loses this goal and its check-ins at the next sync. It stays on your phone.")
            wrapMode: Text.Wrap
        }
    }
}
