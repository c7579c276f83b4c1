import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One goal: what it is, its steps to tick, a check-in form, progress over time
// against the target, the history with corrections, and what to do with the
// goal itself: reach it, put it aside, take it up again, or delete it.
Page {
    id: root

    /** The step the keyboard ticked last, so focus finds it again after the list is rebuilt. */
    property int focusedStep: -1
    /** What a "yes" to the far-above question does: store the new check-in or the correction. */
    property var confirmAction: null

    signal backRequested()
    signal editRequested()
    signal shareRequested()
    /** The goal was deleted; the list shows again. */
    signal removed()

    function askFarAbove(question, action) {
        root.confirmAction = action
        farAboveDialog.message = question
        farAboveDialog.open()
    }

    header: RowLayout {
        spacing: 0

        // The goal's own words go in the page, where they wrap; a header line would cut them.
        SubpageHeader {
            Layout.fillWidth: true
            title: qsTr("Goal")
            onBackRequested: root.backRequested()
        }
        GoalButton {
            objectName: "editGoalButton"
            Layout.rightMargin: 8
            Layout.minimumWidth: 48
            enabled: GoalDetailModel.loaded
            text: qsTr("Change")
            flat: true
            Accessible.name: qsTr("Change this goal")
            onClicked: root.editRequested()
        }
    }

    Component.onCompleted: GoalDetailModel.clearErrors()

    ScrollView {
        id: scroll

        objectName: "goalDetailScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            x: 16
            width: scroll.availableWidth - 32
            spacing: 8

            FieldError {
                objectName: "detailError"
                Layout.topMargin: 8
                visible: text !== ""
                text: GoalDetailModel.errorMessage
            }
            Label {
                objectName: "detailTitle"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: GoalDetailModel.title
                font.pixelSize: Math.round(22 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "goalStatusNote"
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: text !== ""
                text: GoalDetailModel.statusNote
                font.weight: Font.Medium
                color: root.Material.accentColor
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "detailTarget"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: GoalDetailModel.targetLabel
                font.pixelSize: Math.round(17 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "detailDue"
                Layout.fillWidth: true
                visible: text !== ""
                text: GoalDetailModel.dueLabel
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "detailWhy"
                Layout.fillWidth: true
                visible: text !== ""
                text: GoalDetailModel.why
                opacity: 0.8
                font.italic: true
                wrapMode: Text.Wrap
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: GoalDetailModel.steps.length > 0
                text: qsTr("Steps")
            }
            Label {
                objectName: "stepsDone"
                Layout.fillWidth: true
                visible: text !== ""
                text: GoalDetailModel.stepsDoneLabel
                opacity: 0.75
                wrapMode: Text.Wrap
            }
            Repeater {
                id: steps

                objectName: "goalSteps"
                model: GoalDetailModel.steps

                // Connected here, where the page is in reach. The list is rebuilt after
                // each tick; the ticked step keeps the keyboard.
                onItemAdded: (index, item) => {
                    const box = item as WrappingCheckBox
                    box.clicked.connect(() => {
                        root.focusedStep = box.activeFocus ? index : -1
                        GoalDetailModel.setStepDone(index, box.checked)
                    })
                    if (index === root.focusedStep)
                        box.forceActiveFocus()
                }

                WrappingCheckBox {
                    id: stepBox

                    required property int index
                    required property var modelData

                    objectName: "goalStep" + stepBox.index
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    text: stepBox.modelData.text
                    checked: stepBox.modelData.done
                    Accessible.name: stepBox.modelData.text
                    Accessible.description: stepBox.modelData.done ? qsTr("Done") : qsTr("Not done yet")
                    Keys.onReturnPressed: { stepBox.toggle(); stepBox.clicked() }
                    Keys.onEnterPressed: { stepBox.toggle(); stepBox.clicked() }

                    Rectangle {
                        anchors.fill: parent
                        visible: stepBox.visualFocus
                        color: "transparent"
                        radius: 6
                        border.width: 2
                        border.color: stepBox.Material.accentColor
                    }
                }
            }

            GoalButton {
                objectName: "shareGoalButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                enabled: GoalDetailModel.loaded
                text: GoalDetailModel.shared ? qsTr("Shared with your therapist: see or stop")
                                             : qsTr("Share with your therapist…")
                flat: true
                Accessible.name: GoalDetailModel.shared ? qsTr("See what your therapist sees, or stop sharing")
                                                        : qsTr("Preview and share this goal with your therapist")
                onClicked: root.shareRequested()
            }

            GoalCheckInForm {
                id: checkInForm

                objectName: "checkInForm"
                Layout.fillWidth: true
                onConfirmationNeeded: question => root.askFarAbove(question, () => checkInForm.submit(true))
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Progress")
            }
            GoalProgressChart {
                objectName: "goalChart"
                Layout.fillWidth: true
                points: GoalDetailModel.chartPoints
                targetY: GoalDetailModel.chartTargetY
                topLabel: GoalDetailModel.chartTopLabel
                firstLabel: GoalDetailModel.chartFirstLabel
                lastLabel: GoalDetailModel.chartLastLabel
                summary: GoalDetailModel.chartSummary
            }
            Label {
                objectName: "chartSummary"
                Layout.fillWidth: true
                text: GoalDetailModel.chartSummary
                font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                opacity: 0.8
                wrapMode: Text.Wrap
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                visible: history.count > 0
                text: qsTr("Check-ins, newest first")
            }
            Repeater {
                id: history

                objectName: "checkInHistory"
                model: GoalDetailModel

                GoalCheckInDelegate {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 8
                    onEditRequested: (checkInId, valueText, note) => editDialog.edit(checkInId, valueText, note)
                }
            }

            GoalLifecycleActions {
                objectName: "goalActions"
                Layout.fillWidth: true
                Layout.topMargin: 16
                onDeleteRequested: deleteGoalDialog.open()
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }

    GoalCheckInEditDialog {
        id: editDialog

        objectName: "checkInEditDialog"
        onConfirmationNeeded: question => root.askFarAbove(question, () => editDialog.save(true))
        onDeleteRequested: deleteCheckInDialog.open()
    }

    GoalConfirmDialog {
        id: farAboveDialog

        objectName: "farAboveDialog"
        title: qsTr("Is this number right?")
        acceptText: qsTr("Yes, save it")
        rejectText: qsTr("Let me change it")
        onAccepted: {
            const action = root.confirmAction
            root.confirmAction = null
            if (action)
                action()
        }
        onRejected: root.confirmAction = null
    }

    GoalConfirmDialog {
        id: deleteCheckInDialog

        objectName: "deleteCheckInDialog"
        title: qsTr("Delete this check-in?")
        message: GoalDetailModel.shared
                 ? qsTr("It goes from your history and chart, and from what your therapist sees after the next sync.")
                 : qsTr("It goes from your history and chart. This cannot be undone.")
        acceptText: qsTr("Delete check-in")
        onAccepted: {
            if (GoalDetailModel.removeCheckIn(editDialog.checkInId))
                editDialog.close()
        }
    }

    GoalConfirmDialog {
        id: deleteGoalDialog

        objectName: "deleteGoalDialog"
        title: qsTr("Delete this goal?")
        message: GoalDetailModel.shared
                 ? qsTr("The goal, its steps and all its check-ins go from this phone, and from what your therapist sees after the next sync. This cannot be undone. If you only want a break from it, put it aside instead.")
                 : qsTr("The goal, its steps and all its check-ins go from this phone. This cannot be undone. If you only want a break from it, put it aside instead.")
        acceptText: qsTr("Delete goal")
        onAccepted: {
            if (GoalDetailModel.removeGoal())
                root.removed()
        }
    }
}
