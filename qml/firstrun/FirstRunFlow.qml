import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The first meeting with Circle, in steps: welcome, what Circle keeps, the
// group agreement point by point, and an optional passcode. When only the
// agreement changed since it was last acknowledged, just that step is shown.
Page {
    id: root

    readonly property var stepNames: ["welcome", "keeps", "agreement", "passcode"]
    readonly property string step: stepNames[steps.currentIndex]

    /** Opens a step by name (the app's --page firstrun/NAME). */
    function showStep(name) {
        const i = root.stepNames.indexOf(name)
        if (i >= 0)
            steps.currentIndex = i
    }

    /** Step to open with instead of the usual one (the app's --page firstrun/NAME). */
    property string initialStep: ""

    function start() {
        steps.currentIndex = FirstRunModel.returning ? 2 : 0
        if (root.initialStep !== "")
            root.showStep(root.initialStep)
    }

    /**
     * The first point still open at the top of the list, so its words and its
     * tick are in view; a point taller than the list is shown by its foot,
     * where the tick is.
     */
    function showFirstOpenPoint() {
        const row = FirstRunModel.firstOpenRow
        if (row < 0)
            return
        agreementList.positionViewAtIndex(row, ListView.Beginning)
        const point = agreementList.itemAtIndex(row)
        if (point && point.height > agreementList.height)
            agreementList.positionViewAtIndex(row, ListView.End)
    }

    function next() {
        if (root.step === "agreement") {
            if (!FirstRunModel.acknowledge()) {
                // Once the message above the buttons has taken its room from the list.
                showOpenPoint.restart()
                return
            }
            if (FirstRunModel.returning || AppLock.passcodeSet)
                FirstRunModel.finish()
            else
                steps.currentIndex = 3
            return
        }
        if (root.step === "passcode") {
            FirstRunModel.finish()
            return
        }
        steps.currentIndex += 1
    }

    objectName: "firstRunFlow"

    Timer {
        id: showOpenPoint

        interval: 0
        onTriggered: root.showFirstOpenPoint()
    }
    title: qsTr("Welcome to Circle")

    Component.onCompleted: root.start()

    /** Crisis help stays one tap away, even before Circle is set up. */
    signal helpRequested()

    header: RowLayout {
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Layout.preferredWidth: 0
            padding: 16
            text: [qsTr("Welcome to Circle"), qsTr("What Circle keeps"), qsTr("Our group agreement"),
                   qsTr("A passcode, if you like")][steps.currentIndex]
            font.pixelSize: Math.round(22 * SettingsModel.effectiveTextScale)
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
        Button {
            objectName: "firstRunGetHelp"
            Layout.rightMargin: 8
            Layout.minimumHeight: 48
            flat: true
            text: qsTr("Get help now")
            font.capitalization: Font.MixedCase
            Material.foreground: Material.Red
            Accessible.name: qsTr("Get help now")
            Accessible.description: qsTr("What to do if you are in crisis")
            onClicked: root.helpRequested()
        }
    }

    StackLayout {
        id: steps

        anchors.fill: parent

        // Welcome
        ScrollView {
            id: welcomeScroll

            contentWidth: availableWidth
            // No horizontal bar: unseen, it took the taps on the page's last 16 px.
            ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

            ColumnLayout {
                width: welcomeScroll.availableWidth
                spacing: 12

                Label {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    wrapMode: Text.WordWrap
                    text: qsTr("Circle is your companion between group sessions: a place to journal, note good things, work on your goals, check in with your mood, do your group's homework and see when the group meets next.")
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    wrapMode: Text.WordWrap
                    opacity: 0.8
                    text: qsTr("It takes a minute to get started. If things get hard at any point, \"Get help now\" is always one tap away.")
                }
            }
        }

        // What Circle keeps
        ScrollView {
            id: keepsScroll

            contentWidth: availableWidth
            // No horizontal bar: unseen, it took the taps on the page's last 16 px.
            ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

            ColumnLayout {
                width: keepsScroll.availableWidth
                spacing: 12

                Label {
                    objectName: "firstRunKeeps"
                    Layout.fillWidth: true
                    Layout.margins: 16
                    Layout.bottomMargin: 0
                    wrapMode: Text.WordWrap
                    text: qsTr("Circle keeps what you write here: journal entries, good things, mood check-ins, goals and their check-ins, homework answers and your safety plan. It also keeps your group's schedule and homework from the clinic.")
                }
                Label {
                    objectName: "firstRunEncrypted"
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    wrapMode: Text.WordWrap
                    text: qsTr("All of it stays on this phone in an encrypted store. The key to it lives in your phone's secure key store, never in a file.")
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    wrapMode: Text.WordWrap
                    text: qsTr("Your journal, good things, mood and safety plan are private. If your phone is linked to your clinic, they are backed up there sealed with a key the clinic does not have. Your therapist sees a goal or a homework answer only when you choose to share it.")
                }
            }
        }

        // The agreement: the introduction stays put above the points.
        ColumnLayout {
            spacing: 0

            Label {
                Layout.fillWidth: true
                padding: 16
                topPadding: 0
                wrapMode: Text.WordWrap
                opacity: 0.85
                text: qsTr("Every member of the group agrees to the same few things. They keep the room safe for everyone. Please read each one and tick it.")
            }
            ListView {
                id: agreementList

                objectName: "agreementList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 12
                topMargin: 8
                bottomMargin: 16
                model: FirstRunModel
                Accessible.name: qsTr("The points of the group agreement")

                delegate: AgreementItemDelegate {
                    width: ListView.view.width - 32
                    x: 16
                    onToggled: (row, acknowledged) => FirstRunModel.setAcknowledged(row, acknowledged)
                }
            }
        }

        // Passcode
        ScrollView {
            id: passcodeScroll

            contentWidth: availableWidth
            // No horizontal bar: unseen, it took the taps on the page's last 16 px.
            ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

            ColumnLayout {
                width: passcodeScroll.availableWidth
                spacing: 12

                Label {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    Layout.bottomMargin: 0
                    wrapMode: Text.WordWrap
                    text: qsTr("A passcode keeps Circle closed when someone else picks up your phone. You can set one now, or later in Settings.")
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    wrapMode: Text.WordWrap
                    opacity: 0.8
                    text: qsTr("There is no way to recover a forgotten passcode, so choose one you will remember.")
                }
                PasscodeForm {
                    id: passcodeForm

                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    askCurrent: false
                    showCancel: false
                    submitText: qsTr("Set passcode and finish")
                    onSubmitted: (current, newCode, confirm) => {
                        if (AppLock.setPasscode(current, newCode, confirm)) {
                            passcodeForm.clear()
                            FirstRunModel.finish()
                        }
                    }
                }
            }
        }
    }

    footer: ToolBar {
        Material.background: root.Material.background
        Material.elevation: 0

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0

            // By the button that was pressed, never below the list where no one sees it.
            Label {
                objectName: "agreementError"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 8
                visible: root.step === "agreement" && FirstRunModel.errorMessage !== ""
                text: FirstRunModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8

                Button {
                    objectName: "firstRunBack"
                    flat: true
                    Layout.minimumHeight: 48
                    visible: steps.currentIndex > 0 && steps.currentIndex < 3 && !FirstRunModel.returning
                    text: qsTr("Back")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Back")
                    onClicked: steps.currentIndex -= 1
                }
                Label {
                    // Takes what the buttons leave, however large the font.
                    Layout.fillWidth: true
                    Layout.minimumWidth: 0
                    Layout.preferredWidth: 0
                    horizontalAlignment: Text.AlignHCenter
                    visible: root.step === "agreement"
                    text: qsTr("%1 of %2 agreed").arg(FirstRunModel.acknowledgedCount).arg(agreementList.count)
                    wrapMode: Text.WordWrap
                }
                Item {
                    Layout.fillWidth: true
                    visible: root.step !== "agreement"
                }
                Button {
                    id: nextButton

                    // Until every point is ticked it does not look ready; pressed anyway,
                    // it says what is left and shows the first open point.
                    readonly property bool ready: root.step !== "agreement" || FirstRunModel.allAcknowledged

                    objectName: "firstRunNext"
                    highlighted: root.step !== "passcode" && nextButton.ready
                    flat: root.step === "passcode" || !nextButton.ready
                    Layout.minimumHeight: 48
                    text: root.step === "agreement" ? qsTr("Continue")
                        : root.step === "passcode" ? qsTr("Skip for now") : qsTr("Next")
                    font.capitalization: Font.MixedCase
                    Accessible.name: text
                    Accessible.description: nextButton.ready ? "" : qsTr("Tick every point of the agreement first")
                    Keys.onReturnPressed: root.next()
                    Keys.onEnterPressed: root.next()
                    onClicked: root.next()
                }
            }
        }
    }
}
