import QtQuick
import QtQuick.Controls
import Circle

// The More tab: a menu of the exercises without a tab of their own, help, and about.
Page {
    id: root

    /** Asks the window to show the "Get help now" dialog. */
    signal helpRequested()

    title: qsTr("More")

    /** Opens a page by name ("gratitude", "mood", "safety", "homework"); the app's --page more/NAME. */
    function openSubpage(name, animated) {
        const pages = { "gratitude": gratitudeComponent, "mood": moodComponent, "safety": safetyComponent,
                        "homework": homeworkComponent }
        pages["reminders"] = remindersComponent
        pages["sync"] = syncComponent
        pages["settings"] = settingsComponent
        if (!pages[name])
            return
        const page = stack.push(pages[name], {}, animated ? StackView.Transition : StackView.Immediate)
        // After a low mood the patient may ask for the safety plan, on top of the mood page.
        if (name === "mood")
            (page as MoodPage).safetyPlanRequested.connect(() => root.openSubpage("safety", true))
    }

    /** Its tab tapped again: back to the menu. */
    function returnToTop() {
        stack.pop(null)
    }

    StackView {
        id: stack

        objectName: "moreStack"
        anchors.fill: parent
        initialItem: menu
    }

    MoreMenuPane {
        id: menu

        onHelpRequested: root.helpRequested()
        onPageRequested: name => root.openSubpage(name, true)
    }

    Component {
        id: gratitudeComponent

        GratitudePage {}
    }

    Component {
        id: homeworkComponent

        HomeworkPage {}
    }

    Component {
        id: safetyComponent

        SafetyPlanPage {}
    }

    Component {
        id: moodComponent

        MoodPage {}
    }

    Component {
        id: remindersComponent

        RemindersPage {}
    }

    Component {
        id: syncComponent

        SyncPage {}
    }

    Component {
        id: settingsComponent

        SettingsPage {}
    }
}
