import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Three good things for today, and the days before, newest first.
Page {
    id: root

    header: SubpageHeader {
        title: qsTr("Gratitude")
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    Component.onCompleted: GratitudeModel.refresh()

    ListView {
        id: history

        objectName: "gratitudeHistory"
        anchors.fill: parent
        clip: true
        spacing: 8
        bottomMargin: 16
        model: GratitudeModel
        Accessible.name: qsTr("Earlier good things")

        header: ColumnLayout {
            width: ListView.view.width
            spacing: 8

            Label {
                objectName: "practiceText"
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                text: GratitudeModel.practiceText
                wrapMode: Text.WordWrap
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Three good things today")
                font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Repeater {
                id: fields

                model: 3

                TextField {
                    required property int index

                    objectName: "goodThing" + index
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    Layout.minimumHeight: 48
                    text: index < GratitudeModel.todayItems.length ? GratitudeModel.todayItems[index] : ""
                    placeholderText: qsTr("Good thing %1").arg(index + 1)
                    Accessible.name: qsTr("Good thing %1").arg(index + 1)
                }
            }
            Label {
                objectName: "gratitudeError"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: GratitudeModel.errorMessage !== ""
                text: GratitudeModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "saveGratitude"
                Layout.leftMargin: 16
                Layout.minimumHeight: 48
                text: qsTr("Save")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Save today's good things")
                onClicked: {
                    const items = []
                    for (let i = 0; i < fields.count; ++i)
                        items.push(fields.itemAt(i).text)
                    GratitudeModel.saveToday(items)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                visible: GratitudeModel.count > 0
                // Today's are listed too, under "Today", so not "Earlier".
                text: qsTr("Your good things, day by day")
                wrapMode: Text.WordWrap
                font.weight: Font.Medium
                Accessible.role: Accessible.Heading
            }
        }

        delegate: GratitudeDayDelegate {
            objectName: "gratitudeDay"
            x: 16
            width: ListView.view.width - 32
        }
    }
}
