import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// A month of days to choose the goal's due date from, a month at a time.
// GoalBuilder says which month shows, how each day is named and marked, and
// whether the day chosen will do; a past day gets its message right here.
Pane {
    id: root

    /** The patient closed the calendar without choosing; a day that will do closes it too
     *  (GoalBuilder.dueDatePicked). */
    signal closeRequested()

    padding: 8

    Component.onCompleted: GoalBuilder.openCalendar()

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 0

            Button {
                objectName: "previousMonth"
                Layout.preferredWidth: 48
                Layout.preferredHeight: 48
                flat: true
                text: qsTr("‹")
                enabled: GoalBuilder.calendarCanGoBack
                Accessible.name: qsTr("Previous month")
                onClicked: GoalBuilder.showMonth(-1)
            }
            Label {
                objectName: "calendarTitle"
                Layout.fillWidth: true
                text: GoalBuilder.calendarTitle
                horizontalAlignment: Text.AlignHCenter
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "nextMonth"
                Layout.preferredWidth: 48
                Layout.preferredHeight: 48
                flat: true
                text: qsTr("›")
                Accessible.name: qsTr("Next month")
                onClicked: GoalBuilder.showMonth(1)
            }
        }

        DayOfWeekRow {
            Layout.fillWidth: true
            spacing: 0

            delegate: Label {
                required property string shortName

                text: shortName
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                opacity: 0.7
                font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
            }
        }

        MonthGrid {
            id: grid

            objectName: "calendarGrid"
            Layout.fillWidth: true
            // Six weeks of rows, each a full fingertip high.
            Layout.preferredHeight: 6 * 48
            spacing: 0
            year: GoalBuilder.calendarYear
            month: GoalBuilder.calendarMonth - 1

            delegate: ItemDelegate {
                id: dayButton

                required property int day
                required property int month
                required property int year

                // Read again whenever the due date changes, so "chosen" follows it.
                readonly property var info: {
                    GoalBuilder.dueDate
                    return GoalBuilder.calendarDay(dayButton.year, dayButton.month + 1, dayButton.day)
                }
                readonly property bool chosen: info.chosen === true

                readonly property bool inMonth: dayButton.month === GoalBuilder.calendarMonth - 1

                objectName: "calendarDay"
                // Days of the months either side stay blank, as on a paper calendar; they
                // keep their cell (a hidden cell would shift the days into the wrong column).
                opacity: dayButton.inMonth ? 1 : 0
                enabled: dayButton.inMonth
                Accessible.ignored: !dayButton.inMonth
                padding: 0
                text: dayButton.day
                Accessible.name: info.name !== undefined ? info.name : ""
                onClicked: GoalBuilder.pickDueDate(dayButton.year, dayButton.month + 1, dayButton.day)

                contentItem: Label {
                    text: dayButton.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: dayButton.chosen ? dayButton.Material.background : dayButton.Material.foreground
                    opacity: dayButton.info.past === true ? 0.4 : 1
                    font.weight: dayButton.info.today === true ? Font.Bold : Font.Normal
                }
                background: Rectangle {
                    anchors.centerIn: parent
                    width: Math.min(parent.width, parent.height) - 4
                    height: width
                    radius: width / 2
                    color: dayButton.chosen ? dayButton.Material.accent : "transparent"
                    border.width: dayButton.info.today === true && !dayButton.chosen ? 1 : 0
                    border.color: dayButton.Material.accent
                }
            }
        }

        FieldError {
            objectName: "calendarError"
            Layout.fillWidth: true
            visible: text !== ""
            text: GoalBuilder.dueError
        }

        Button {
            objectName: "closeCalendar"
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Math.max(implicitHeight, 48)
            flat: true
            text: qsTr("Close")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Close the calendar")
            onClicked: root.closeRequested()
        }
    }
}
