import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// When Circle reminds the patient, and what a reminder may show on the lock
// screen. Every switch saves at once; times are checked before they are kept.
Page {
    id: root

    header: SubpageHeader {
        title: qsTr("Reminders")
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    Component.onCompleted: ReminderSettings.reload()

    ScrollView {
        id: scroll

        objectName: "remindersScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 0

            Label {
                objectName: "remindersError"
                Layout.fillWidth: true
                Layout.margins: 16
                visible: ReminderSettings.errorMessage !== ""
                text: ReminderSettings.errorMessage
                color: root.Material.color(Material.Red)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("Group sessions")
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Remind me before each session of my group:")
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: ReminderSettings.sessionLeadModel

                SwitchDelegate {
                    id: leadSwitch

                    required property int index
                    required property string label
                    required property bool selected

                    objectName: "lead" + index
                    Layout.fillWidth: true
                    leftPadding: 16
                    text: leadSwitch.label
                    checked: leadSwitch.selected
                    Accessible.name: qsTr("Session reminder %1").arg(leadSwitch.label)
                    onToggled: ReminderSettings.setSessionLeadChecked(leadSwitch.index, leadSwitch.checked)
                }
            }

            // Each group may keep the times above or have its own.
            Repeater {
                model: ReminderSettings.groupModel

                ColumnLayout {
                    id: groupRow

                    required property int index
                    required property string name
                    required property bool usesUsualLeads
                    required property QtObject leadModel

                    objectName: "group" + index
                    Layout.fillWidth: true
                    spacing: 0

                    WrappingSwitchDelegate {
                        objectName: "groupUsual" + groupRow.index
                        Layout.fillWidth: true
                        leftPadding: 16
                        text: qsTr("%1: at the times above").arg(groupRow.name)
                        checked: groupRow.usesUsualLeads
                        Accessible.name: qsTr("Use the times above for %1").arg(groupRow.name)
                        onToggled: ReminderSettings.setGroupUsesUsualLeads(groupRow.index, checked)
                    }
                    Repeater {
                        model: groupRow.usesUsualLeads ? null : groupRow.leadModel

                        // Everything it needs comes from its row: the group is the model's owner.
                        SwitchDelegate {
                            id: groupLeadSwitch

                            required property int index
                            required property string label
                            required property string accessibleName
                            required property string owner
                            required property bool selected

                            objectName: "groupLead" + index
                            Layout.fillWidth: true
                            leftPadding: 32
                            text: groupLeadSwitch.label
                            checked: groupLeadSwitch.selected
                            Accessible.name: groupLeadSwitch.accessibleName
                            onToggled: ReminderSettings.setGroupLeadChecked(groupLeadSwitch.owner, groupLeadSwitch.index,
                                                                            groupLeadSwitch.checked)
                        }
                    }
                }
            }
            WrappingSwitchDelegate {
                objectName: "skippedNoteSwitch"
                Layout.fillWidth: true
                leftPadding: 16
                text: qsTr("When I've said I can't come, a kind note instead of reminders")
                checked: ReminderSettings.noteWhenNotAttending
                Accessible.name: qsTr("A kind note for sessions I can't attend")
                onToggled: ReminderSettings.noteWhenNotAttending = checked
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("Homework")
            }
            WrappingSwitchDelegate {
                objectName: "homeworkSwitch"
                Layout.fillWidth: true
                leftPadding: 16
                text: qsTr("The evening before it is due and that morning")
                checked: ReminderSettings.homeworkReminders
                Accessible.name: qsTr("Homework reminders, the evening before and the morning it is due")
                onToggled: ReminderSettings.homeworkReminders = checked
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("Daily practice")
            }
            WrappingSwitchDelegate {
                objectName: "practiceSwitch"
                Layout.fillWidth: true
                leftPadding: 16
                text: qsTr("A reminder to journal or note good things")
                checked: ReminderSettings.practiceEnabled
                Accessible.name: qsTr("Daily practice reminder")
                onToggled: ReminderSettings.practiceEnabled = checked
            }
            TimeField {
                objectName: "practiceTime"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: ReminderSettings.practiceEnabled
                label: qsTr("At")
                accessibleName: qsTr("Time of the daily practice reminder")
                time: ReminderSettings.practiceTime
                error: ReminderSettings.practiceTimeError
                onEdited: text => ReminderSettings.setPracticeTime(text)
            }
            Flow {
                objectName: "practiceDays"
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.topMargin: 4
                visible: ReminderSettings.practiceEnabled
                spacing: 4

                Repeater {
                    model: ReminderSettings.practiceDayModel

                    Button {
                        id: dayButton

                        required property int index
                        required property string label
                        required property string accessibleName
                        required property bool selected

                        objectName: "day" + index
                        width: Math.max(implicitWidth, 48)
                        height: Math.max(implicitHeight, 48)
                        text: dayButton.label
                        highlighted: dayButton.selected
                        flat: !dayButton.selected
                        font.capitalization: Font.MixedCase
                        Accessible.role: Accessible.CheckBox
                        Accessible.checkable: true
                        Accessible.checked: dayButton.selected
                        Accessible.name: dayButton.accessibleName
                        onClicked: ReminderSettings.setPracticeDayChecked(dayButton.index, !dayButton.selected)
                    }
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("Quiet hours")
            }
            WrappingSwitchDelegate {
                objectName: "quietSwitch"
                Layout.fillWidth: true
                leftPadding: 16
                text: qsTr("Hold reminders during these hours")
                checked: ReminderSettings.quietHoursEnabled
                Accessible.name: qsTr("Quiet hours")
                onToggled: ReminderSettings.quietHoursEnabled = checked
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: ReminderSettings.quietHoursEnabled
                spacing: 4

                TimeField {
                    id: quietStart

                    objectName: "quietStart"
                    Layout.fillWidth: true
                    label: qsTr("From")
                    accessibleName: qsTr("Quiet hours start")
                    time: ReminderSettings.quietStart
                    onEdited: text => ReminderSettings.setQuietHours(text, quietEnd.text)
                }
                TimeField {
                    id: quietEnd

                    objectName: "quietEnd"
                    Layout.fillWidth: true
                    label: qsTr("Until")
                    accessibleName: qsTr("Quiet hours end")
                    time: ReminderSettings.quietEnd
                    error: ReminderSettings.quietHoursError
                    onEdited: text => ReminderSettings.setQuietHours(quietStart.text, text)
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("How many")
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                spacing: 8

                Label {
                    Layout.fillWidth: true
                    text: ReminderSettings.dailyCap === 0 ? qsTr("No limit per day")
                                                          : qsTr("At most %n a day", "", ReminderSettings.dailyCap)
                    wrapMode: Text.WordWrap
                }
                SpinBox {
                    objectName: "dailyCap"
                    from: 0
                    to: 20
                    value: ReminderSettings.dailyCap
                    Accessible.name: qsTr("Most reminders a day, 0 for no limit")
                    onValueModified: ReminderSettings.dailyCap = value
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("Lock screen")
            }
            WrappingSwitchDelegate {
                objectName: "detailSwitch"
                Layout.fillWidth: true
                leftPadding: 16
                text: qsTr("Say what a reminder is about")
                checked: ReminderSettings.detailOnLockScreen
                Accessible.name: qsTr("Show what a reminder is about on the lock screen")
                onToggled: ReminderSettings.detailOnLockScreen = checked
            }
            Label {
                objectName: "detailExplanation"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 24
                text: ReminderSettings.detailOnLockScreen
                      ? qsTr("Reminders show a kind and a time, like \"Group session at 18:00\". Never a topic, a place or anything you wrote.")
                      : qsTr("Reminders only say \"Circle: you have a reminder\", so no one glancing at your phone learns more.")
                opacity: 0.75
                wrapMode: Text.WordWrap
            }

            // What "Add to calendar" names a session: calendars are often shared
            // with family or work, so the group's name is the patient's choice.
            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 4
                text: qsTr("Calendar")
            }
            WrappingSwitchDelegate {
                objectName: "calendarNameSwitch"
                Layout.fillWidth: true
                leftPadding: 16
                text: qsTr("Use the group's name in my calendar")
                checked: ScheduleModel.calendarShowsGroupName
                Accessible.name: qsTr("Use the group's name for sessions added to my calendar")
                onToggled: ScheduleModel.calendarShowsGroupName = checked
            }
            Label {
                objectName: "calendarNameExplanation"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 24
                text: ScheduleModel.calendarShowsGroupName
                      ? qsTr("Sessions you add to your calendar are called “%1”. Anyone who can see that calendar sees the name.").arg(ScheduleModel.calendarTitle)
                      : qsTr("Sessions you add to your calendar are called “%1”, so a shared or work calendar says nothing about your group.").arg(ScheduleModel.calendarTitle)
                opacity: 0.75
                wrapMode: Text.WordWrap
            }
        }
    }
}
