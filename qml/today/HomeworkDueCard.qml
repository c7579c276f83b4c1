import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// The homework that is due (TodayModel.homeworkDue): each assignment with when
// it is due, a missed one named kindly. Any tap leads to the Homework page,
// where the patient answers; with nothing due the card says so calmly.
Pane {
    id: root

    /** Maps with assignmentId, title, dueText and overdue, soonest first. */
    required property var items
    /** How many are due in all; more than shown adds a line that says so. */
    required property int total
    /** The homework could not be read: said instead of "nothing due". */
    property bool unreadable: false

    /** The patient wants to work on homework: the page opens the Homework page. */
    signal openRequested()

    padding: 8
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Homework due")

    background: CardBackground {}

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        ItemDelegate {
            id: none

            objectName: "homeworkNoneDue"
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            leftPadding: 8
            rightPadding: 8
            visible: root.items.length === 0
            // Beyond this week the next due date is still named, so "nothing due"
            // never hides an assignment eight days out.
            text: root.unreadable ? qsTr("Your homework could not be read just now. Open the Homework page to try again.")
                                  : HomeworkModel.nextDueText !== ""
                                    ? qsTr("Nothing due this week.") + " " + HomeworkModel.nextDueText
                                    : qsTr("Nothing due this week.")
            Accessible.name: none.text
            Accessible.description: qsTr("Opens your homework")
            onClicked: root.openRequested()

            contentItem: Label {
                text: none.text
                wrapMode: Text.Wrap
                opacity: 0.8
            }
        }
        Repeater {
            model: root.items

            // Connected here, where the card is in reach; a delegate sees only its own item.
            onItemAdded: (index, item) => (item as ItemDelegate).clicked.connect(root.openRequested)

            ItemDelegate {
                id: assignment

                required property var modelData

                objectName: "homeworkDueItem"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                leftPadding: 8
                rightPadding: 8
                // Joined, not arg()ed: a title from the clinic may itself contain "%2".
                Accessible.name: assignment.modelData.title + ", " + assignment.modelData.dueText
                Accessible.description: qsTr("Opens your homework")

                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: assignment.modelData.title
                        font.weight: Font.Medium
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "homeworkDueText"
                        Layout.fillWidth: true
                        text: assignment.modelData.dueText
                        font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
                        opacity: 0.8
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        Label {
            objectName: "homeworkMore"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.bottomMargin: 8
            visible: root.total > root.items.length
            text: qsTr("%n more on the Homework page", "", root.total - root.items.length)
            font.pixelSize: Math.round(13 * SettingsModel.effectiveTextScale)
            opacity: 0.8
            wrapMode: Text.Wrap
        }
    }
}
