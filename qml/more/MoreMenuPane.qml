import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The list on the More tab: the exercises that have no tab of their own, help, and about.
Item {
    id: root

    signal helpRequested()
    signal pageRequested(string name)

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 0

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                text: qsTr("Exercises")
            }
            MoreMenuItem {
                objectName: "moreHomework"
                Layout.fillWidth: true
                iconName: "homework"
                text: qsTr("Homework")
                Accessible.name: qsTr("Homework from your group")
                onClicked: root.pageRequested("homework")
            }
            MoreMenuItem {
                objectName: "moreGratitude"
                Layout.fillWidth: true
                iconName: "gratitude"
                text: qsTr("Gratitude")
                Accessible.name: qsTr("Gratitude: three good things")
                onClicked: root.pageRequested("gratitude")
            }
            MoreMenuItem {
                objectName: "moreMood"
                Layout.fillWidth: true
                iconName: "mood"
                text: qsTr("Mood")
                Accessible.name: qsTr("Mood check-in and trend")
                onClicked: root.pageRequested("mood")
            }
            MoreMenuItem {
                objectName: "moreReminders"
                Layout.fillWidth: true
                iconName: "reminders"
                text: qsTr("Reminders")
                Accessible.name: qsTr("Reminders: sessions, homework, daily practice and quiet hours")
                onClicked: root.pageRequested("reminders")
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                text: qsTr("Support")
            }
            MoreMenuItem {
                objectName: "moreGetHelp"
                Layout.fillWidth: true
                iconName: "help"
                warning: true
                text: qsTr("Get help now")
                Accessible.name: qsTr("Get help now")
                Accessible.description: qsTr("What to do if you are in crisis")
                onClicked: root.helpRequested()
            }
            MoreMenuItem {
                objectName: "moreSafetyPlan"
                Layout.fillWidth: true
                iconName: "safety"
                text: qsTr("My safety plan")
                Accessible.name: qsTr("My safety plan: crisis lines, my contacts and my plan")
                onClicked: root.pageRequested("safety")
            }
            MoreMenuItem {
                objectName: "moreSync"
                Layout.fillWidth: true
                iconName: "sync"
                text: qsTr("Clinic sync")
                Accessible.name: qsTr("Clinic sync: joining your clinic, sync status and changes not synced")
                onClicked: root.pageRequested("sync")
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.margins: 16
                text: qsTr("About")
            }
            MoreMenuItem {
                objectName: "moreSettings"
                Layout.fillWidth: true
                iconName: "settings"
                text: qsTr("Settings")
                Accessible.name: qsTr("Settings: passcode, lock, language, export and about")
                onClicked: root.pageRequested("settings")
            }
            Label {
                objectName: "aboutVersion"
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Circle %1").arg(Qt.application.version)
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: 16
                text: qsTr("Everything you write in Circle is stored encrypted on this phone. The key is kept in your phone's secure key store.")
                wrapMode: Text.WordWrap
                opacity: 0.75
            }
        }
    }
}
