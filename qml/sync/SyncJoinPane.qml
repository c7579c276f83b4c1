import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Before joining: what syncing shares and what stays sealed, then the invite
// (and, on a new phone, the recovery code).
ScrollView {
    id: root

    contentWidth: availableWidth
    // No horizontal bar: unseen, it took the taps on the page's last 16 px.
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        x: 16
        width: root.availableWidth - 32
        spacing: 12

        Item {
            Layout.preferredHeight: 4
        }
        PageHeading {
            Layout.fillWidth: true
            text: qsTr("Sync with your clinic")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Circle works without a clinic. If you join yours, Circle keeps a copy of your entries on your clinic's server, so a new phone can get them back, and your group's schedule and homework come to you by themselves.")
        }
        Label {
            objectName: "sealedExplanation"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Stays sealed: your journal, gratitude notes, mood check-ins and safety plan are locked on this phone before they leave it. The clinic keeps them but cannot read them, and neither can your therapist.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Shared only if you choose: a goal and its check-ins, a homework answer, or your reply to a session. Only the therapists of your group see those.")
        }

        PageHeading {
            Layout.fillWidth: true
            Layout.topMargin: 8
            text: qsTr("Your invite")
        }
        TextArea {
            id: invite

            objectName: "inviteField"
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            placeholderText: qsTr("Paste the invite from your clinic (circle-invite:…)")
            wrapMode: TextEdit.WrapAnywhere
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            enabled: !ClinicEnrollment.busy
            Accessible.name: qsTr("Invite from your clinic")
        }
        WrappingCheckBox {
            id: newPhone

            objectName: "newPhoneCheck"
            Layout.fillWidth: true
            text: qsTr("I used Circle with this clinic on another phone")
            enabled: !ClinicEnrollment.busy
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: newPhone.checked
            wrapMode: Text.WordWrap
            opacity: 0.75
            text: qsTr("Type the recovery code you wrote down when you first joined. With it, this phone can read your private entries again.")
        }
        TextField {
            id: recovery

            objectName: "recoveryField"
            Layout.fillWidth: true
            visible: newPhone.checked
            placeholderText: qsTr("Recovery code, e.g. 7K2Q-F9XA-…")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            enabled: !ClinicEnrollment.busy
            Accessible.name: qsTr("Recovery code")
        }
        Label {
            objectName: "joinError"
            Layout.fillWidth: true
            visible: ClinicEnrollment.errorMessage !== ""
            text: ClinicEnrollment.errorMessage
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Button {
                objectName: "joinButton"
                text: qsTr("Join my clinic")
                highlighted: true
                enabled: !ClinicEnrollment.busy
                font.capitalization: Font.MixedCase
                Accessible.name: text
                onClicked: ClinicEnrollment.join(invite.text, newPhone.checked ? recovery.text : "")
            }
            BusyIndicator {
                objectName: "joinBusy"
                Layout.preferredWidth: 40
                Layout.preferredHeight: 40
                visible: ClinicEnrollment.busy
                running: visible
                Accessible.name: qsTr("Joining your clinic")
            }
        }
        Item {
            Layout.preferredHeight: 16
        }
    }
}
