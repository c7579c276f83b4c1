import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// Right after joining: the recovery code, shown this once, until the patient
// says they have written it down.
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
            text: qsTr("Your recovery code")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Write this code on paper and keep it somewhere safe. If you lose this phone or get a new one, it is the only way to read your private entries again: your clinic does not have it. Circle shows it only now.")
        }
        Pane {
            Layout.fillWidth: true
            padding: 12
            background: CardBackground {}

            Label {
                objectName: "recoveryCode"
                width: parent.width
                text: ClinicEnrollment.recoveryCode
                font.family: "monospace"
                font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
                font.letterSpacing: 1
                lineHeight: 1.3
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Recovery code: %1").arg(text)
            }
        }
        CheckBox {
            id: written

            objectName: "writtenDownCheck"
            Layout.fillWidth: true
            text: qsTr("I have written it down")
            Accessible.name: text
        }
        Button {
            objectName: "codeDoneButton"
            text: qsTr("Continue")
            highlighted: true
            enabled: written.checked
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Continue: I have written the recovery code down")
            onClicked: ClinicEnrollment.confirmCodeWrittenDown()
        }
        Item {
            Layout.preferredHeight: 16
        }
    }
}
