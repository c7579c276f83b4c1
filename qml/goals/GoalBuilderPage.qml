import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The goal builder, one step at a time: what, how much, the small steps, why, by when, and a last look.
// Everything typed is kept by GoalBuilder, so moving back and forth never loses a word.
Page {
    id: root

    /** The patient left the builder without saving. */
    signal cancelled()
    /** The goal is stored. */
    signal saved(string goalId)

    readonly property int step: GoalBuilder.currentStep
    /** Backwards leaves the builder: at the first step, or at the summary of a goal being changed. */
    readonly property bool backLeaves: !GoalBuilder.returnsToReview
                                       && (root.step === 0 || (GoalBuilder.editing && root.step === GoalBuilder.stepCount - 1))

    function goBack() {
        if (root.backLeaves)
            root.cancelled()
        else
            GoalBuilder.back()
    }
    readonly property var headings: [
        qsTr("What do you want to do?"),
        qsTr("How will you measure it?"),
        qsTr("What small steps will get you there?"),
        qsTr("Why does it matter to you?"),
        qsTr("By when?"),
        qsTr("Does this look right?")
    ]
    readonly property var hints: [
        qsTr("Say it plainly enough that you will know when you have done it, for example \"Go to recovery meetings\"."),
        qsTr("A number and what it counts, for example 3 meetings a week or 20 minutes a day."),
        qsTr("Steps small enough to start this week. Put them in the order you will take them."),
        qsTr("A few words for the days it feels hard. Only you see this unless you share the goal."),
        qsTr("Pick a day that gives you a fair chance. You can change it later."),
        qsTr("Your goal is kept on this phone. You choose later whether your therapist sees it.")
    ]

    // The calendar opens over the page, as wide as a phone allows, so every day is a fingertip wide.
    Popup {
        id: calendarPopup

        objectName: "calendarPopup"
        parent: Overlay.overlay
        width: parent ? Math.min(parent.width, 480) : 0
        height: parent ? Math.min(implicitHeight, parent.height) : 0
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(0, (parent.height - height) / 2) : 0
        modal: true
        padding: 0
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

        contentItem: Loader {
            active: calendarPopup.visible
            sourceComponent: GoalBuilderCalendar {}
            onLoaded: (item as GoalBuilderCalendar).closeRequested.connect(calendarPopup.close)
        }
    }

    // A day that will do closes the calendar; a past one keeps it open with its message.
    Component.onCompleted: GoalBuilder.dueDatePicked.connect(calendarPopup.close)
    Component.onDestruction: GoalBuilder.dueDatePicked.disconnect(calendarPopup.close)

    header: SubpageHeader {
        title: GoalBuilder.editing ? qsTr("Change goal") : qsTr("New goal")
        onBackRequested: root.goBack()
    }

    footer: Pane {
        padding: 16
        topPadding: 8

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 12

            GoalButton {
                objectName: "builderBack"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: GoalBuilder.returnsToReview ? qsTr("Back to summary")
                    : root.backLeaves ? qsTr("Cancel") : qsTr("Previous")
                flat: true
                Accessible.name: GoalBuilder.returnsToReview ? qsTr("Back to the summary")
                    : !root.backLeaves ? qsTr("Previous step")
                    : GoalBuilder.editing ? qsTr("Leave the goal as it was") : qsTr("Cancel the new goal")
                onClicked: root.goBack()
            }
            GoalButton {
                id: nextButton

                readonly property bool last: GoalBuilder.currentStep === GoalBuilder.stepCount - 1

                objectName: "builderNext"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: nextButton.last ? qsTr("Save goal") : GoalBuilder.returnsToReview ? qsTr("Done") : qsTr("Next")
                highlighted: true
                Accessible.name: nextButton.last ? qsTr("Save the goal")
                    : GoalBuilder.returnsToReview ? qsTr("Done, back to the summary") : qsTr("Next step")
                onClicked: {
                    if (nextButton.last) {
                        if (GoalBuilder.save())
                            root.saved(GoalBuilder.goalId)
                    }
                    else
                        GoalBuilder.next()
                }
            }
        }
    }

    ScrollView {
        id: scroll

        objectName: "builderScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            x: 16
            width: scroll.availableWidth - 32
            spacing: 8

            Label {
                objectName: "builderProgress"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("Step %1 of %2").arg(root.step + 1).arg(GoalBuilder.stepCount)
                opacity: 0.75
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: GoalBuilder.stepCount
                value: root.step + 1
                Accessible.name: qsTr("Step %1 of %2").arg(root.step + 1).arg(GoalBuilder.stepCount)
            }
            Label {
                objectName: "builderHeading"
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: root.headings[root.step]
                font.pixelSize: Math.round(20 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: root.hints[root.step]
                opacity: 0.8
                wrapMode: Text.Wrap
            }

            // 1. Specific
            TextField {
                objectName: "goalTitleField"
                visible: root.step === 0
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                text: GoalBuilder.title
                placeholderText: qsTr("My goal")
                Accessible.name: qsTr("Goal")
                onTextChanged: GoalBuilder.title = text
                onAccepted: GoalBuilder.next()
            }
            FieldError {
                objectName: "titleError"
                visible: root.step === 0 && text !== ""
                text: GoalBuilder.titleError
            }

            // 2. Measurable
            RowLayout {
                visible: root.step === 1
                Layout.fillWidth: true
                spacing: 8

                TextField {
                    objectName: "goalTargetField"
                    Layout.preferredWidth: 96
                    Layout.minimumHeight: 48
                    text: GoalBuilder.target
                    placeholderText: qsTr("3")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Target number")
                    onTextChanged: GoalBuilder.target = text
                }
                TextField {
                    objectName: "goalUnitField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    text: GoalBuilder.unit
                    placeholderText: qsTr("meetings a week")
                    Accessible.name: qsTr("What the number counts")
                    onTextChanged: GoalBuilder.unit = text
                }
            }
            FieldError {
                objectName: "targetError"
                visible: root.step === 1 && text !== ""
                text: GoalBuilder.targetError
            }
            FieldError {
                objectName: "unitError"
                visible: root.step === 1 && text !== ""
                text: GoalBuilder.unitError
            }
            Flow {
                visible: root.step === 1
                Layout.fillWidth: true
                spacing: 8

                Repeater {
                    model: GoalBuilder.unitSuggestions

                    Button {
                        required property string modelData
                        required property int index

                        objectName: "unitSuggestion" + index
                        height: Math.max(implicitHeight, 48)
                        text: modelData
                        flat: true
                        font.capitalization: Font.MixedCase
                        Accessible.name: qsTr("Count %1").arg(modelData)
                        onClicked: GoalBuilder.unit = modelData
                    }
                }
            }

            // 3. Achievable
            Repeater {
                objectName: "actionSteps"
                model: GoalBuilder

                RowLayout {
                    id: stepRow

                    required property int index
                    required property string text
                    required property bool done

                    objectName: "actionStep" + stepRow.index
                    visible: GoalBuilder.currentStep === 2
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: (stepRow.index + 1) + ". " + stepRow.text + (stepRow.done ? " " + qsTr("(done)") : "")
                        wrapMode: Text.Wrap
                    }
                    ToolButton {
                        Layout.minimumWidth: 48
                        Layout.minimumHeight: 48
                        enabled: stepRow.index > 0
                        text: "↑"
                        Accessible.name: qsTr("Move \"%1\" up").arg(stepRow.text)
                        onClicked: GoalBuilder.moveStep(stepRow.index, stepRow.index - 1)
                    }
                    ToolButton {
                        Layout.minimumWidth: 48
                        Layout.minimumHeight: 48
                        enabled: stepRow.index < GoalBuilder.actionCount - 1
                        text: "↓"
                        Accessible.name: qsTr("Move \"%1\" down").arg(stepRow.text)
                        onClicked: GoalBuilder.moveStep(stepRow.index, stepRow.index + 1)
                    }
                    ToolButton {
                        Layout.minimumWidth: 48
                        Layout.minimumHeight: 48
                        text: "✕"
                        Accessible.name: qsTr("Remove \"%1\"").arg(stepRow.text)
                        onClicked: GoalBuilder.removeStep(stepRow.index)
                    }
                }
            }
            RowLayout {
                visible: root.step === 2
                Layout.fillWidth: true
                spacing: 8

                TextField {
                    objectName: "newStepField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    text: GoalBuilder.newStepText
                    placeholderText: qsTr("A small step")
                    Accessible.name: qsTr("New step")
                    onTextChanged: GoalBuilder.newStepText = text
                    onAccepted: GoalBuilder.addStep()
                }
                Button {
                    objectName: "addStepButton"
                    Layout.minimumHeight: 48
                    text: qsTr("Add")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Add this step")
                    onClicked: GoalBuilder.addStep()
                }
            }
            FieldError {
                objectName: "stepsError"
                visible: root.step === 2 && text !== ""
                text: GoalBuilder.stepsError
            }

            // 4. Why it matters
            TextArea {
                objectName: "goalWhyField"
                visible: root.step === 3
                Layout.fillWidth: true
                Layout.minimumHeight: 120
                text: GoalBuilder.why
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Because…")
                Accessible.name: qsTr("Why it matters")
                onTextChanged: GoalBuilder.why = text
            }
            FieldError {
                objectName: "whyError"
                visible: root.step === 3 && text !== ""
                text: GoalBuilder.whyError
            }

            // 5. Due date
            TextField {
                objectName: "goalDueField"
                visible: root.step === 4
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                text: GoalBuilder.dueDate
                placeholderText: qsTr("For example %1").arg(GoalBuilder.dueExample)
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Due date")
                Accessible.description: qsTr("Type a date like %1, or pick one below").arg(GoalBuilder.dueExample)
                onTextChanged: GoalBuilder.dueDate = text
            }
            Flow {
                visible: root.step === 4
                Layout.fillWidth: true
                spacing: 8

                Repeater {
                    model: [{ days: 14, label: qsTr("In 2 weeks") }, { days: 30, label: qsTr("In a month") },
                            { days: 91, label: qsTr("In 3 months") }]

                    Button {
                        required property var modelData

                        objectName: "dueIn" + modelData.days
                        height: Math.max(implicitHeight, 48)
                        text: modelData.label
                        flat: true
                        font.capitalization: Font.MixedCase
                        Accessible.name: qsTr("Due date: %1").arg(modelData.label)
                        onClicked: GoalBuilder.setDueInDays(modelData.days)
                    }
                }
                Button {
                    objectName: "openCalendar"
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Pick a day…")
                    flat: true
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Pick the due date from a calendar")
                    onClicked: calendarPopup.open()
                }
            }
            Label {
                objectName: "dueLabel"
                visible: root.step === 4 && text !== "" && GoalBuilder.dueError === ""
                Layout.fillWidth: true
                text: GoalBuilder.dueLabel
                wrapMode: Text.Wrap
            }
            FieldError {
                objectName: "dueError"
                visible: root.step === 4 && text !== ""
                text: GoalBuilder.dueError
            }

            // 6. Review
            GridLayout {
                objectName: "review"
                visible: root.step === 5
                Layout.fillWidth: true
                columns: 1
                rowSpacing: 4

                GoalReviewHeading { step: 0; text: qsTr("Goal") }
                Label { objectName: "reviewTitle"; Layout.fillWidth: true; text: GoalBuilder.title; wrapMode: Text.Wrap }
                GoalReviewHeading { step: 1; text: qsTr("Target") }
                Label { objectName: "reviewTarget"; Layout.fillWidth: true; text: GoalBuilder.targetLabel; wrapMode: Text.Wrap }
                GoalReviewHeading { step: 2; text: qsTr("Steps") }
                Label {
                    objectName: "reviewSteps"
                    Layout.fillWidth: true
                    text: qsTr("%n step(s)", "", GoalBuilder.actionCount)
                    wrapMode: Text.Wrap
                }
                GoalReviewHeading { step: 3; text: qsTr("Why it matters") }
                Label {
                    Layout.fillWidth: true
                    text: GoalBuilder.why.trim() !== "" ? GoalBuilder.why : qsTr("Not written (optional)")
                    opacity: GoalBuilder.why.trim() !== "" ? 1 : 0.7
                    wrapMode: Text.Wrap
                    maximumLineCount: 6
                    elide: Text.ElideRight
                }
                GoalReviewHeading { step: 4; text: qsTr("Due") }
                Label { objectName: "reviewDue"; Layout.fillWidth: true; text: GoalBuilder.dueLabel; wrapMode: Text.Wrap }
            }
            FieldError {
                objectName: "saveError"
                visible: text !== ""
                text: GoalBuilder.saveError
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }
}
