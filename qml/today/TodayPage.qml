import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Circle

// The first page: a greeting, the next group session and the patient's answer
// to it, quick check-ins, the homework that is due, goals at a glance, and the
// days practiced this week. Everything shown comes from TodayModel.
Page {
    id: root

    title: qsTr("Today")

    /** The sync indicator was tapped: the window opens the clinic sync page. */
    signal syncRequested()
    /** A goal on the glance card was tapped (its id), or the card with no goals (""). */
    signal goalRequested(string goalId)
    /** The homework card was tapped: the window opens the Homework page. */
    signal homeworkRequested()
    /** The patient asked for their safety plan (after a low mood): the window opens it. */
    signal safetyPlanRequested()

    // Other pages and other devices change what Today counts, and "now" moves on;
    // reading again when the page or the app comes back is cheap and keeps it honest.
    readonly property bool windowActive: Window.active

    onVisibleChanged: {
        if (root.visible)
            TodayModel.refresh()
    }
    onWindowActiveChanged: {
        if (root.windowActive && root.visible)
            TodayModel.refresh()
    }

    /** Its tab tapped again: back to the greeting at the top. */
    function returnToTop() {
        scroll.ScrollBar.vertical.position = 0
    }

    // "Starts in 25 minutes" counts down while the page is on screen.
    Timer {
        interval: 60 * 1000
        repeat: true
        running: root.visible && root.windowActive
        onTriggered: TodayModel.refresh()
    }

    ScrollView {
        id: scroll

        objectName: "todayScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            x: 16
            width: scroll.availableWidth - 32
            spacing: 8

            Item {
                Layout.preferredHeight: 8
            }
            Label {
                objectName: "greeting"
                Layout.fillWidth: true
                text: TodayModel.greeting
                font.pixelSize: Math.round(28 * SettingsModel.effectiveTextScale)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "dateLabel"
                Layout.fillWidth: true
                text: TodayModel.dateLabel
                opacity: 0.75
                wrapMode: Text.WordWrap
            }
            SyncIndicator {
                Layout.fillWidth: true
                onClicked: root.syncRequested()
            }
            Label {
                objectName: "errorMessage"
                Layout.fillWidth: true
                visible: TodayModel.errorMessage !== ""
                text: TodayModel.errorMessage
                color: "#b3261e"
                wrapMode: Text.WordWrap
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Next group session")
            }
            NextSessionCard {
                objectName: "nextSessionCard"
                Layout.fillWidth: true
                hasSession: TodayModel.hasNextSession
                title: TodayModel.nextSessionTitle
                groupName: TodayModel.nextSessionGroupName
                when: TodayModel.nextSessionWhen
                place: TodayModel.nextSessionPlace
                moved: TodayModel.nextSessionMoved
                inProgress: TodayModel.nextSessionInProgress
                sessionId: TodayModel.nextSessionId
                startsIn: TodayModel.nextSessionStartsIn
                canRespond: TodayModel.nextSessionCanRespond
                attending: TodayModel.nextSessionAttending
                notAttending: TodayModel.nextSessionNotAttending
                answer: TodayModel.nextSessionAnswer
                reason: TodayModel.nextSessionReason

                // Stored through the Schedule page's model, so both pages and the
                // reminders agree on the answer (main() refreshes Today on it).
                onAnswerRequested: (answeredId, attending, reason) => {
                    answerError = ScheduleModel.respond(answeredId, attending, reason)
                                  ? "" : ScheduleModel.message
                    // Said here; the Schedule page should not say it again later.
                    ScheduleModel.clearMessage()
                }
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Check in")
            }
            QuickMoodCard {
                objectName: "quickMoodCard"
                Layout.fillWidth: true
                onSafetyPlanRequested: root.safetyPlanRequested()
            }
            QuickGratitudeCard {
                objectName: "quickGratitudeCard"
                Layout.fillWidth: true
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Homework")
            }
            HomeworkDueCard {
                objectName: "homeworkDueCard"
                Layout.fillWidth: true
                items: TodayModel.homeworkDue
                total: TodayModel.homeworkDueCount
                unreadable: TodayModel.homeworkUnreadable
                onOpenRequested: root.homeworkRequested()
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Your goals")
            }
            GoalsGlanceCard {
                objectName: "goalsGlanceCard"
                Layout.fillWidth: true
                onGoalRequested: goalId => root.goalRequested(goalId)
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Last 7 days")
            }
            PracticeWeek {
                objectName: "practiceWeek"
                Layout.fillWidth: true
                days: TodayModel.practiceDays
                summary: TodayModel.practiceSummary
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12

                CountTile {
                    objectName: "journalCount"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    count: TodayModel.journalEntriesThisWeek
                    label: qsTr("journal entries", "", TodayModel.journalEntriesThisWeek)
                }
                CountTile {
                    objectName: "gratitudeCount"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    count: TodayModel.gratitudeEntriesThisWeek
                    // One entry a day holds up to three good things: a count of days.
                    label: qsTr("days with good things", "", TodayModel.gratitudeEntriesThisWeek)
                }
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }

    // The window's header and footer are opaque and stacked above every page,
    // so they already cover whatever scrolls past Today's edges; the view need
    // not cut it off itself. Unclipped, the first frame needs two fewer kinds
    // of drawing state, each of which a software renderer compiles before it
    // can draw (docs/benchmarks.md, app start).
    Binding {
        target: scroll.contentItem
        property: "clip"
        value: false
    }
}
