import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Settings: the passcode and when Circle locks, the language, a copy of
// everything in a file, and about.
Page {
    id: root

    /** "", "set", "change" or "remove": which passcode form is open. */
    property string passcodeMode: ""

    objectName: "settingsPage"

    header: SubpageHeader {
        title: qsTr("Settings")
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    function submitPasscode(current, newCode, confirm) {
        const ok = root.passcodeMode === "remove" ? AppLock.removePasscode(current)
                                                  : AppLock.setPasscode(current, newCode, confirm)
        if (ok) {
            passcodeForm.clear()
            passcodeDone.text = root.passcodeMode === "remove" ? qsTr("The passcode is off.")
                              : root.passcodeMode === "change" ? qsTr("Your new passcode is saved.")
                              : qsTr("The passcode is on.")
            root.passcodeMode = ""
        }
    }

    function openPasscode(mode) {
        AppLock.clearError()
        passcodeDone.text = ""
        passcodeForm.clear()
        root.passcodeMode = mode
    }

    ScrollView {
        id: scroll

        objectName: "settingsScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 4

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                text: qsTr("Passcode and lock")
            }
            Switch {
                objectName: "passcodeSwitch"
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.minimumHeight: 48
                text: qsTr("Ask for a passcode")
                checked: AppLock.passcodeSet
                Accessible.name: qsTr("Ask for a passcode to open Circle")
                onToggled: {
                    // The switch shows the stored state; the form below changes it.
                    checked = Qt.binding(() => AppLock.passcodeSet)
                    root.openPasscode(AppLock.passcodeSet ? "remove" : "set")
                }
            }
            Button {
                objectName: "changePasscode"
                Layout.leftMargin: 16
                Layout.minimumHeight: 48
                visible: AppLock.passcodeSet && root.passcodeMode === ""
                flat: true
                text: qsTr("Change passcode")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Change passcode")
                onClicked: root.openPasscode("change")
            }
            PasscodeForm {
                id: passcodeForm

                objectName: "settingsPasscodeForm"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: root.passcodeMode !== ""
                askCurrent: root.passcodeMode === "change" || root.passcodeMode === "remove"
                askNew: root.passcodeMode === "set" || root.passcodeMode === "change"
                submitText: root.passcodeMode === "remove" ? qsTr("Turn passcode off") : qsTr("Save passcode")
                onSubmitted: (current, newCode, confirm) => root.submitPasscode(current, newCode, confirm)
                onCancelled: root.passcodeMode = ""
            }
            Label {
                id: passcodeDone

                objectName: "passcodeDone"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: text !== ""
                wrapMode: Text.WordWrap
            }

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 8
                text: qsTr("Lock Circle")
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
                opacity: AppLock.passcodeSet ? 1 : 0.5
            }
            // Its own parent: radio buttons exclude only their siblings.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Repeater {
                    model: AppLock.autoLockChoices

                    RadioButton {
                        required property int modelData

                        objectName: "autoLock" + modelData
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        Layout.minimumHeight: 48
                        enabled: AppLock.passcodeSet
                        checked: AppLock.autoLockMinutes === modelData
                        text: modelData === 0 ? qsTr("Only when I leave Circle")
                            : modelData === 1 ? qsTr("After 1 minute without use")
                            : qsTr("After %1 minutes without use").arg(modelData)
                        Accessible.name: text
                        onClicked: AppLock.autoLockMinutes = modelData
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: AppLock.passcodeSet
                      ? qsTr("Circle always locks at once when you leave it for another app or turn off the screen.")
                      : qsTr("Set a passcode to choose when Circle locks.")
                wrapMode: Text.WordWrap
                opacity: 0.75
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                text: qsTr("Language")
            }
            // Its own parent: radio buttons exclude only their siblings.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Repeater {
                    model: SettingsModel.languageCodes

                    RadioButton {
                        required property string modelData

                        objectName: "language_" + (modelData === "" ? "system" : modelData)
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        Layout.minimumHeight: 48
                        checked: SettingsModel.language === modelData
                        // Each language is named in its own words, so anyone can find theirs.
                        text: modelData === "" ? qsTr("Same as the phone")
                            : modelData === "es" ? "Español" : "English"
                        Accessible.name: text
                        onClicked: SettingsModel.language = modelData
                    }
                }
            }
            Label {
                objectName: "languageError"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: text !== ""
                text: SettingsModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                text: qsTr("Text size")
            }
            Label {
                objectName: "textSizeSample"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Every page uses the size you pick here.")
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            // Its own parent: radio buttons exclude only their siblings.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Repeater {
                    model: SettingsModel.textScales

                    RadioButton {
                        id: sizeChoice

                        required property real modelData

                        objectName: "textScale_" + Math.round(sizeChoice.modelData * 100)
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        Layout.minimumHeight: 48
                        checked: Math.abs(SettingsModel.textScale - sizeChoice.modelData) < 0.001
                        text: sizeChoice.modelData === 0 ? qsTr("Same as the phone (%1%)").arg(Math.round(SettingsModel.phoneTextScale * 100))
                            : sizeChoice.modelData === 1 ? qsTr("Usual size (100%)")
                            : qsTr("Larger (%1%)").arg(Math.round(sizeChoice.modelData * 100))
                        Accessible.name: text
                        onClicked: SettingsModel.textScale = sizeChoice.modelData
                        contentItem: Label {
                            leftPadding: sizeChoice.indicator.width + sizeChoice.spacing
                            text: sizeChoice.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                text: qsTr("Your data")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Save a copy of everything in Circle to a file, for your own records or to move it by hand. The file is not encrypted: anyone who opens it can read it.")
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            Button {
                objectName: "exportButton"
                Layout.leftMargin: 16
                Layout.minimumHeight: 48
                text: qsTr("Export everything")
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Export everything to a file")
                onClicked: SettingsModel.exportAll()
            }
            Label {
                objectName: "exportMessage"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: text !== ""
                text: SettingsModel.exportError !== "" ? SettingsModel.exportError : SettingsModel.exportMessage
                color: SettingsModel.exportError !== "" ? Material.color(Material.Red) : root.Material.foreground
                wrapMode: Text.WrapAnywhere
                Accessible.role: SettingsModel.exportError !== "" ? Accessible.AlertMessage : Accessible.StaticText
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                text: qsTr("About Circle")
            }
            Label {
                objectName: "settingsVersion"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Version %1").arg(SettingsModel.appVersion)
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Where things are kept: everything you write, and your group's schedule, in one encrypted database in %1. Its key is in the phone's key store. Settings such as this page's choices are kept in the same database.").arg(SettingsModel.dataFolder)
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Privacy in short: what you write stays yours. The clinic's server only ever holds your private pages sealed, and your therapist sees only what you choose to share. Notifications on the lock screen stay general unless you choose otherwise.")
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 8
                text: qsTr("Built with")
                font.weight: Font.Medium
            }
            Repeater {
                model: [
                    qsTr("Qt %1: LGPL 3.0").arg(SettingsModel.qtVersion),
                    qsTr("SQLCipher %1: BSD-style licence").arg(SettingsModel.cipherVersion),
                    qsTr("libsodium %1: ISC licence").arg(SettingsModel.sodiumVersion),
                    qsTr("Protocol Buffers %1: BSD 3-Clause licence").arg(SettingsModel.protobufVersion)
                ]

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    text: modelData
                    wrapMode: Text.WordWrap
                    opacity: 0.8
                }
            }
            Item {
                Layout.preferredHeight: 24
            }
        }
    }
}
