import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The safety plan: crisis lines and the patient's own people first, then the written plan.
// Everything comes from the phone, so it works without a network.
Page {
    id: root

    /** Back was pressed where no StackView holds the page (over the first run). */
    signal closeRequested()

    objectName: "safetyPlanPage"

    header: SubpageHeader {
        title: qsTr("My safety plan")
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
            else
                root.closeRequested()
        }
    }

    Component.onCompleted: SafetyPlanModel.refresh()

    ScrollView {
        id: scroll

        objectName: "safetyScroll"
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
                Layout.topMargin: 8
                text: qsTr("If you are in danger right now, call your local emergency number.")
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "crisisLinesNote"
                Layout.fillWidth: true
                visible: SafetyPlanModel.crisisLinesNote !== ""
                text: SafetyPlanModel.crisisLinesNote
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "safetyError"
                Layout.fillWidth: true
                visible: SafetyPlanModel.errorMessage !== ""
                text: SafetyPlanModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Repeater {
                id: contacts

                objectName: "safetyContacts"
                model: SafetyPlanModel

                ContactDelegate {
                    Layout.fillWidth: true
                    managing: true
                    onRemoveRequested: row => SafetyPlanModel.removeContact(row)
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Add someone to call")
            }
            ContactEditor {
                id: newContact

                objectName: "newContact"
                Layout.fillWidth: true
                onSaveRequested: (kind, name, phone, note) => {
                    if (SafetyPlanModel.addContact(kind, name, phone, note)) {
                        newContact.clear()
                        newContact.errorMessage = ""
                    } else {
                        // Shown next to the fields, and only there.
                        newContact.errorMessage = SafetyPlanModel.errorMessage
                        SafetyPlanModel.clearError()
                    }
                }
            }

            SafetyPlanEditor {
                Layout.fillWidth: true
                Layout.topMargin: 16
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }
}
