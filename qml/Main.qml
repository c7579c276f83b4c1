import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

ApplicationWindow {
    id: root

    /** Index of the page shown; the navigation bar and the self-test both set it. */
    property alias currentPage: navigationBar.currentIndex
    /** "light" or "dark" to override the system's theme (the app's --theme option). */
    property string theme: ""
    /** Page to open first, by name (the app's --page option); "help" opens crisis help over Today. */
    property string startPage: "today"
    /** False keeps the first run closed (the app's --screenshot of a page other than firstrun). */
    property bool firstRunAllowed: true

    readonly property var pageNames: ["today", "journal", "goals", "schedule", "more"]

    /** Shows a page by name, as --page does; a reminder the patient opens leads here. */
    function openPage(name) {
        const parts = String(name).split("/")
        const index = root.pageNames.indexOf(parts[0])
        if (index < 0)
            return
        root.currentPage = index
        const page = pages.pageAt(index)
        if (parts.length > 1 && page && page.openSubpage)
            page.openSubpage(parts[1], false)
    }

    /** Opens crisis help over the page shown; the dialog is built on its first use. */
    function openHelp() {
        helpLoader.active = true
        const dialog = helpLoader.item as GetHelpDialog
        dialog.open()
    }

    /** Shows a goal on the Goals tab, as a tap in its list does; an empty id shows the list. */
    function openGoal(goalId) {
        root.openPage("goals")
        const page = pages.pageAt(root.pageNames.indexOf("goals"))
        if (page && goalId !== "")
            page.openGoal(goalId)
    }

    /** A second tap on the tab shown: its page back to its list, scrolled to the top. */
    function returnToTop(index) {
        const page = pages.pageAt(index)
        if (page && page.returnToTop)
            page.returnToTop()
    }

    width: 390
    height: 844
    visible: true
    title: qsTr("Circle")

    // The text size from Settings (or the phone's): controls and labels take
    // it from here; sizes set on a label are scaled by the same factor.
    font.pixelSize: Math.round(14 * SettingsModel.effectiveTextScale)
    // Buttons say their words as written: Material's capitals read as shouting
    // and are harder to read for many.
    font.capitalization: Font.MixedCase

    Material.theme: root.theme === "dark" ? Material.Dark : root.theme === "light" ? Material.Light : Material.System
    Material.primary: Material.Teal
    Material.accent: Material.Teal

    Component.onCompleted: {
        // "journal/new": a tab, then a part of it the tab page knows by name.
        const parts = root.startPage.split("/")
        const index = root.pageNames.indexOf(parts[0])
        root.currentPage = index >= 0 ? index : 0
        const page = pages.pageAt(root.currentPage)
        if (parts.length > 1 && page && page.openSubpage)
            page.openSubpage(parts[1])
        // "firstrun/agreement": a step of the first run, over the Today page.
        if (parts[0] === "firstrun" && parts.length > 1 && firstRunLoader.item) {
            const flow = (firstRunLoader.item as FirstRunOverlay).flow
            flow.initialStep = parts[1]
            flow.showStep(parts[1])
        }
        // "help": crisis help, as the header's button opens it, over Today.
        if (parts[0] === "help")
            root.openHelp()
    }

    header: ToolBar {
        // A quiet header in the window's own colours; the help button is the one accent.
        // Opaque, like the footer: Today does not clip what scrolls under them (TodayPage.qml).
        Material.background: root.Material.background
        Material.foreground: root.Material.foreground
        Material.elevation: 0

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8

            Label {
                Layout.fillWidth: true
                text: pages.children[pages.currentIndex] && pages.children[pages.currentIndex].item
                      ? pages.children[pages.currentIndex].item.title : ""
                font.pixelSize: Math.round(22 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }

            Button {
                id: helpButton
                objectName: "getHelpButton"
                text: qsTr("Get help now")
                flat: true
                font.capitalization: Font.MixedCase
                Material.foreground: Material.Red
                Accessible.name: qsTr("Get help now")
                Accessible.description: qsTr("What to do if you are in crisis")
                onClicked: root.openHelp()
            }
        }
    }

    // Each tab's page is built the first time it is shown, not at start: the
    // first frame then costs one page, not five (docs/benchmarks.md, app start).
    // A page once built stays, so it keeps its scroll position and drafts.
    // Pages other than Today are named by file, not by type: a type named in
    // this file is loaded with it, with every type it uses in turn, even in a
    // Loader that never becomes active.
    StackLayout {
        id: pages

        /**
         * The page item of tab \a index, building it if it was never shown. A
         * Loader once made active stays so: it remembers which tabs were shown.
         */
        function pageAt(index) {
            const loader = index >= 0 && index < count ? children[index] as Loader : null
            if (!loader)
                return null
            loader.active = true
            return loader.item
        }

        anchors.fill: parent
        currentIndex: navigationBar.currentIndex
        onCurrentIndexChanged: pageAt(currentIndex)

        // Today, the page the app opens on, is built at start; the others on first visit.
        Loader {
            sourceComponent: TodayPage {
                objectName: "todayPage"
            }
            // Connected here: the page's signals lead outside its component. A goal
            // tapped on the glance card opens through the Goals tab's own route.
            onLoaded: {
                const today = item as TodayPage
                today.syncRequested.connect(() => root.openPage("more/sync"))
                today.goalRequested.connect(goalId => root.openGoal(goalId))
                today.homeworkRequested.connect(() => root.openPage("more/homework"))
                today.safetyPlanRequested.connect(() => root.openPage("more/safety"))
            }
        }
        Loader {
            active: false
            source: "journal/JournalPage.qml"
            onLoaded: item.objectName = "journalPage"
        }
        Loader {
            active: false
            source: "goals/GoalsPage.qml"
            onLoaded: item.objectName = "goalsPage"
        }
        Loader {
            active: false
            source: "schedule/SchedulePage.qml"
            onLoaded: item.objectName = "schedulePage"
        }
        Loader {
            active: false
            source: "more/MorePage.qml"
            onLoaded: {
                const page = item as MorePage
                page.objectName = "morePage"
                page.helpRequested.connect(() => root.openHelp())
            }
        }
    }

    footer: TabBar {
        id: navigationBar

        objectName: "navigationBar"
        Accessible.name: qsTr("Main sections")

        Repeater {
            // Tapping the tab already shown brings its page back to its start.
            onItemAdded: (index, item) => {
                const button = item as TabButton
                let wasShown = false
                // "pressed" is also the property's name: its change tells when a press begins.
                button.pressedChanged.connect(() => {
                    if (button.pressed)
                        wasShown = button.checked
                })
                button.clicked.connect(() => {
                    if (wasShown)
                        root.returnToTop(index)
                })
            }

            model: [
                { name: "today", label: qsTr("Today"), icon: "today" },
                { name: "journal", label: qsTr("Journal"), icon: "book" },
                { name: "goals", label: qsTr("Goals"), icon: "flag" },
                { name: "schedule", label: qsTr("Schedule"), icon: "event" },
                { name: "more", label: qsTr("More"), icon: "more" }
            ]

            TabButton {
                id: tabButton

                required property var modelData
                required property int index

                objectName: "tab-" + tabButton.modelData.name
                text: tabButton.modelData.label
                // Touch targets of at least 48 px, as both platforms' guidelines ask.
                height: Math.max(implicitHeight, 56)
                // Five labels share a phone's width: narrow side padding keeps "Schedule" whole.
                leftPadding: 2
                rightPadding: 2
                topPadding: 6
                bottomPadding: 6
                font.capitalization: Font.MixedCase
                Accessible.name: tabButton.text

                // An icon over a word, as a phone's bottom navigation reads; the word
                // shrinks a little rather than being cut when the text is large.
                contentItem: Column {
                    spacing: 2

                    Icon {
                        anchors.horizontalCenter: parent.horizontalCenter
                        name: tabButton.modelData.icon
                        color: tabButton.checked ? tabButton.Material.accentColor : tabButton.Material.foreground
                        opacity: tabButton.checked ? 1 : 0.7
                    }
                    Label {
                        width: parent.width
                        // One line's height, whatever size the word is drawn at, so
                        // the five words sit on one baseline.
                        height: Math.ceil(tabButton.font.pixelSize * 1.4)
                        text: tabButton.text
                        font: tabButton.font
                        color: tabButton.checked ? tabButton.Material.accentColor : tabButton.Material.foreground
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignBottom
                        // A word too long for the tab is drawn a little smaller, never cut.
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 9
                    }
                }
            }
        }
    }

    // Enter presses the focused button, and the focus ring shows while the
    // patient moves by keyboard; over pages, dialogs and the first run alike.
    KeyboardNavigation {
        id: keyboard

        window: root
    }
    FocusFrame {
        parent: root.Overlay.overlay
        window: root
        keyboardActive: keyboard.active
    }

    // The first run, the lock screen and crisis help are built when they can
    // show, not at start: most starts show none of them (docs/benchmarks.md).
    // Named by file, as the pages are, so a start does not even load them.

    // The first run, while the group agreement waits to be acknowledged.
    Loader {
        id: firstRunLoader

        active: root.firstRunAllowed && FirstRunModel.open
        // Its own allowed stays true: this Loader drops it when the window's is false.
        source: "firstrun/FirstRunOverlay.qml"
    }

    // The lock screen, whenever a lock is possible: it is in place before the
    // app locks, so it covers the pages in the very frame the lock happens.
    Loader {
        active: AppLock.passcodeSet || AppLock.locked
        source: "lock/LockOverlay.qml"
    }

    // Crisis help from the header and the More page, built on its first use.
    Loader {
        id: helpLoader

        active: false
        source: "appshell/GetHelpDialog.qml"
        // Connected here: the dialog's signal leads outside its component. It is
        // centred on the pages, as when it was declared in the window.
        onLoaded: {
            const dialog = item as GetHelpDialog
            dialog.parent = root.contentItem
            dialog.planRequested.connect(() => root.openPage("more/safety"))
        }
    }
}
