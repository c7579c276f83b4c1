import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// Reachable from every page in one tap, and it needs no network: the crisis
// lines and the patient's own contacts come from the phone (SafetyPlanModel).
Dialog {
    id: root

    /** Asks the window to open the whole safety plan. */
    signal planRequested()

    objectName: "getHelpDialog"
    title: qsTr("Get help now")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 420)
    height: Math.min(implicitHeight, parent ? parent.height - 32 : 600)

    footer: DialogButtonBox {
        Button {
            objectName: "closeHelp"
            text: qsTr("Close")
            flat: true
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Close crisis help")
            onClicked: root.close()
        }
    }

    onAboutToShow: SafetyPlanModel.refresh()

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 12

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.weight: Font.Medium
                text: qsTr("If you are in danger, or might hurt yourself or someone else, call your local emergency number now.")
            }
            Label {
                objectName: "helpCrisisLinesNote"
                Layout.fillWidth: true
                visible: SafetyPlanModel.crisisLinesNote !== ""
                text: SafetyPlanModel.crisisLinesNote
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "helpContacts"
                model: SafetyPlanModel

                ContactDelegate {
                    Layout.fillWidth: true
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("You can also go to the nearest emergency department, or ask someone you trust to stay with you.")
            }
            Button {
                objectName: "openSafetyPlan"
                Layout.minimumHeight: 48
                text: qsTr("Open my safety plan")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Open my safety plan")
                onClicked: {
                    root.close()
                    root.planRequested()
                }
            }
        }
    }
}
