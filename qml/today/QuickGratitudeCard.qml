import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// One good thing in one tap, straight from Today.
Pane {
    id: root

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("One good thing")

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: GratitudeModel.todayItems.length > 0
                  ? qsTr("Good things today: %1 of 3").arg(GratitudeModel.todayItems.length)
                  : qsTr("What went well today?")
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            TextField {
                id: item

                objectName: "quickGratitude"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                placeholderText: qsTr("One good thing")
                Accessible.name: qsTr("One good thing from today")
                onAccepted: add.clicked()
            }
            Button {
                id: add

                objectName: "quickGratitudeAdd"
                Layout.minimumHeight: 48
                text: qsTr("Add")
                highlighted: true
                flat: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Add this good thing")
                onClicked: {
                    if (GratitudeModel.addToday(item.text)) {
                        item.clear()
                        TodayModel.refresh()
                    }
                }
            }
        }
        Label {
            objectName: "quickGratitudeError"
            Layout.fillWidth: true
            visible: GratitudeModel.errorMessage !== ""
            text: GratitudeModel.errorMessage
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
        }
    }
}
