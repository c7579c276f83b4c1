import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// The last seven days, today last: a filled dot for each day with any practice.
// Only days are shown, never a streak: a missed day takes nothing away.
Pane {
    id: root

    /** TodayModel.practiceDays: maps with day, dayName, practiced and today. */
    required property var days
    /** TodayModel.practiceSummary. */
    required property string summary

    padding: 16
    Accessible.role: Accessible.StaticText
    Accessible.name: root.summary

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            objectName: "practiceSummary"
            Layout.fillWidth: true
            text: root.summary
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0

            Repeater {
                model: root.days

                // Plain items: seven of these are built at every start.
                Column {
                    id: day

                    required property var modelData

                    objectName: "practiceDay"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: 4
                    Accessible.role: Accessible.StaticText
                    Accessible.name: day.modelData.practiced
                                     ? qsTr("%1: practiced").arg(day.modelData.dayName)
                                     : qsTr("%1: nothing logged").arg(day.modelData.dayName)

                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: 20
                        height: 20
                        radius: 10
                        color: day.modelData.practiced ? day.Material.accentColor : "transparent"
                        border.width: day.modelData.practiced ? 0 : 2
                        border.color: day.Material.hintTextColor
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: day.modelData.day
                        font.pixelSize: Math.round(12 * SettingsModel.effectiveTextScale)
                        font.weight: day.modelData.today ? Font.Medium : Font.Normal
                        opacity: day.modelData.today ? 1 : 0.75
                    }
                }
            }
        }
    }
}
