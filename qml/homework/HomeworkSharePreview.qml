import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Before an answer is shared: exactly what the group's therapists will read,
// what they will not, and that it can be taken back. Nothing is shared until
// "Share" is pressed. What it shows is HomeworkModel's preview:
// HomeworkModel.openSharePreview() starts it.
Page {
    id: root

    /** Puts the keyboard on Share, so Enter shares and Tab reaches "Keep private". */
    function takeFocus() {
        confirm.forceActiveFocus()
    }

    header: Label {
        objectName: "sharePreviewHeading"
        padding: 16
        text: qsTr("Share with %1?").arg(HomeworkModel.previewAudience)
        font.pixelSize: Math.round(20 * SettingsModel.effectiveTextScale)
        font.weight: Font.Medium
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            x: 16
            width: scroll.availableWidth - 32
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: qsTr("They will see exactly this:")
                wrapMode: Text.WordWrap
            }
            // The record as it travels, field by field, in the patient's words.
            Pane {
                objectName: "sharedFields"
                Layout.fillWidth: true
                padding: 12

                background: CardBackground {}

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Homework")
                        font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                        opacity: 0.75
                    }
                    Label {
                        objectName: "previewTitle"
                        Layout.fillWidth: true
                        text: HomeworkModel.previewTitle
                        font.weight: Font.Medium
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        text: qsTr("Your answer")
                        font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                        opacity: 0.75
                    }
                    Label {
                        objectName: "previewAnswer"
                        Layout.fillWidth: true
                        text: HomeworkModel.previewAnswer !== "" ? HomeworkModel.previewAnswer
                                                                 : qsTr("(no written answer)")
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "previewDone"
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        text: HomeworkModel.previewDone ? qsTr("Marked as done")
                                                        : qsTr("Not marked as done yet")
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "previewAttached"
                        Layout.fillWidth: true
                        visible: HomeworkModel.previewAttached
                        text: qsTr("That a journal entry is attached, without its words")
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Label {
                objectName: "previewStaysPrivate"
                Layout.fillWidth: true
                text: HomeworkModel.previewAttached
                      ? qsTr("The attached journal entry stays private, like the rest of your journal, your mood, your good things and your safety plan.")
                      : qsTr("Your journal, mood, good things and safety plan stay private.")
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("If you change the answer later, they see the new version. You can stop sharing at any time, and they will no longer see it.")
                wrapMode: Text.WordWrap
                opacity: 0.85
            }
            Label {
                objectName: "shareError"
                Layout.fillWidth: true
                visible: HomeworkModel.errorMessage !== ""
                text: HomeworkModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Item {
                Layout.preferredHeight: 8
            }
        }
    }

    footer: Pane {
        padding: 12

        // A Flow, so both buttons stay whole at large text on a narrow phone.
        Flow {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8
            layoutDirection: Qt.RightToLeft

            Button {
                id: confirm

                objectName: "shareConfirm"
                height: Math.max(implicitHeight, 48)
                text: qsTr("Share")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Share this answer with %1").arg(HomeworkModel.previewAudience)
                Keys.onReturnPressed: confirm.clicked()
                Keys.onEnterPressed: confirm.clicked()
                onClicked: HomeworkModel.confirmShare()
            }
            Button {
                id: cancel

                objectName: "shareCancel"
                height: Math.max(implicitHeight, 48)
                text: qsTr("Keep private")
                flat: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Keep this answer private")
                Keys.onReturnPressed: cancel.clicked()
                Keys.onEnterPressed: cancel.clicked()
                onClicked: HomeworkModel.closePreview()
            }
        }
    }
}
