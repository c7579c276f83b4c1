import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// What covers Circle while it is locked: the passcode, and crisis help, which
// must never sit behind a lock.
Page {
    id: root

    signal helpRequested()

    function tryUnlock() {
        // Emptied either way: a refused code left selected was kept when the
        // patient tapped the field to try again, and the next try ran on after it.
        const code = codeField.text
        codeField.clear()
        if (!AppLock.unlock(code))
            codeField.forceActiveFocus()
    }

    objectName: "lockScreen"

    Connections {
        target: AppLock

        function onLockedChanged() {
            if (AppLock.locked) {
                codeField.text = ""
                codeField.forceActiveFocus()
            }
        }
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 16

            Item {
                Layout.preferredHeight: Math.max(24, root.height / 8)
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                text: qsTr("Circle is locked")
                font.pixelSize: Math.round(24 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                text: qsTr("Type your passcode to open your journal, goals and the rest.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            TextField {
                id: codeField

                objectName: "unlockField"
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Layout.minimumHeight: 48
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                placeholderText: qsTr("Passcode")
                Accessible.name: qsTr("Passcode")
                focus: true
                onAccepted: root.tryUnlock()
                onTextEdited: AppLock.clearError()
            }
            Label {
                objectName: "unlockError"
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                visible: text !== ""
                text: AppLock.errorMessage
                color: Material.color(Material.Red)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "unlockButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumHeight: 48
                Layout.minimumWidth: 160
                highlighted: true
                text: qsTr("Unlock")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Unlock Circle")
                onClicked: root.tryUnlock()
            }
            Button {
                objectName: "forgotPasscode"
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumHeight: 48
                flat: true
                text: qsTr("Forgot your passcode?")
                font.capitalization: Font.MixedCase
                Accessible.name: text
                onClicked: forgotHelp.visible = !forgotHelp.visible
            }
            Label {
                id: forgotHelp

                objectName: "forgotPasscodeHelp"
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                visible: false
                // Honest: the passcode guards the store, so no one can reset it for you.
                text: qsTr("No one can look up or reset your passcode, not even your clinic: that is what keeps your entries private. If you cannot remember it, you can remove Circle from this phone and install it again. If your phone is linked to your clinic, your recovery code brings back your journal, good things, mood and safety plan; your group's schedule and homework come back on their own.")
                wrapMode: Text.WordWrap
                opacity: 0.85
            }
            Button {
                objectName: "lockGetHelp"
                Layout.alignment: Qt.AlignHCenter
                Layout.minimumHeight: 48
                flat: true
                text: qsTr("Get help now")
                font.capitalization: Font.MixedCase
                Material.foreground: Material.Red
                Accessible.name: qsTr("Get help now")
                Accessible.description: qsTr("Crisis lines and your safety contacts, without unlocking")
                onClicked: root.helpRequested()
            }
        }
    }
}
