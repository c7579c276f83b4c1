import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One goal: what it is, a check-in form, progress over time against the target, and the history.
Page {
    id: root

    signal backRequested()
    signal editRequested()
    signal shareRequested()

    header: RowLayout {
        spacing: 0

        SubpageHeader {
            Layout.fillWidth: true
            title: GoalDetailModel.title
            onBackRequested: root.backRequested()
        }
        ToolButton {
            objectName: "editGoalButton"
            Layout.rightMargin: 8
            Layout.minimumWidth: 48
            Layout.minimumHeight: 48
            enabled: GoalDetailModel.loaded
            text: qsTr("Change")
            font.capitalization: Font.MixedCase
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
                objectName: "detailTarget"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: GoalDetailModel.targetLabel
                font.pixelSize: 17
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
                visible: GoalDetailModel.actionSteps.length > 0
                text: qsTr("Steps")
            }
            Repeater {
                model: GoalDetailModel.actionSteps

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                }
            }

            Button {
                objectName: "shareGoalButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                Layout.minimumHeight: 48
                enabled: GoalDetailModel.loaded
                text: GoalDetailModel.shared ? qsTr("Shared with your therapist: see or stop")
                                             : qsTr("Share with your therapist…")
                flat: true
                font.capitalization: Font.MixedCase
                Accessible.name: GoalDetailModel.shared ? qsTr("See what your therapist sees, or stop sharing")
                                                        : qsTr("Preview and share this goal with your therapist")
                onClicked: root.shareRequested()
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Check in")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                TextField {
                    id: valueField

                    objectName: "checkInValueField"
                    Layout.preferredWidth: 96
                    Layout.minimumHeight: 48
                    placeholderText: qsTr("Value")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Value in %1").arg(GoalDetailModel.unit)
                }
                Label {
                    Layout.fillWidth: true
                    text: GoalDetailModel.unit
                    wrapMode: Text.Wrap
                }
            }
            FieldError {
                objectName: "checkInValueError"
                visible: text !== ""
                text: GoalDetailModel.valueError
            }
            TextField {
                id: noteField

                objectName: "checkInNoteField"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                placeholderText: qsTr("A note for yourself (optional)")
                Accessible.name: qsTr("Note")
            }
            FieldError {
                objectName: "checkInNoteError"
                visible: text !== ""
                text: GoalDetailModel.noteError
            }
            Button {
                objectName: "saveCheckInButton"
                Layout.minimumHeight: 48
                enabled: GoalDetailModel.loaded
                text: qsTr("Save check-in")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Save goal check-in")
                onClicked: {
                    // Only a stored check-in clears the fields; a refused one keeps what was typed.
                    if (GoalDetailModel.addCheckIn(valueField.text, noteField.text)) {
                        valueField.clear()
                        noteField.clear()
                    }
                }
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
                font.pixelSize: 13
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
                }
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }
}
