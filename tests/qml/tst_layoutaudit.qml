import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T
import QtTest
import Circle
import CircleTestSupport

// Every top-level page, on the smallest and the largest phone we design for and
// with the system font made 1.5 times larger, checked for what breaks first on
// a real phone: text pushed off the edge of the screen, touch targets smaller
// than a fingertip, and controls a screen reader cannot name.
TestCase {
    id: root

    name: "LayoutAudit"
    width: 430
    height: 932
    when: windowShown
    visible: true

    // Controls take their font from the nearest Control or window above them,
    // so scaling this one scales everything on the page, as the phone's
    // accessibility setting would.
    Control {
        id: host

        font.pixelSize: Qt.application.font.pixelSize * 1.5
    }

    // prepare: what the app does before showing the page; popup: a dialog,
    // opened over a window of the phone's size; step: a step of the first run.
    readonly property var pages: [
        { name: "Today", component: "TodayPage" },
        { name: "Journal", component: "JournalPage" },
        { name: "Gratitude", component: "GratitudePage" },
        { name: "Mood", component: "MoodPage" },
        { name: "Safety plan", component: "SafetyPlanPage" },
        { name: "Homework", component: "HomeworkPage" },
        { name: "Homework entry picker", component: "HomeworkEntryPicker" },
        { name: "Goals", component: "GoalsPage" },
        { name: "Goal", component: "GoalDetailPage", prepare: () => GoalDetailModel.load(root.firstGoalId()) },
        { name: "Goal sharing", component: "GoalSharePage", prepare: () => GoalSharePreview.load(root.firstGoalId()) },
        { name: "Goal check-in correction", component: "GoalCheckInEditDialog", popup: true,
          prepare: () => GoalDetailModel.load(root.firstGoalId()) },
        { name: "Schedule", component: "SchedulePage" },
        { name: "Can't come", component: "CannotAttendDialog", popup: true },
        { name: "Reminders", component: "RemindersPage" },
        { name: "Settings", component: "SettingsPage" },
        { name: "Goal builder", component: "GoalBuilderPage" },
        { name: "Goal due-date calendar", component: "GoalBuilderCalendar" },
        { name: "Journal editor", component: "JournalEditorPage" },
        { name: "Journal prompts", component: "JournalPromptsPage" },
        { name: "Lock screen", component: "LockScreen" },
        { name: "First run", component: "FirstRunFlow", step: "welcome" },
        { name: "First run, what Circle keeps", component: "FirstRunFlow", step: "keeps" },
        { name: "First run, agreement", component: "FirstRunFlow", step: "agreement" },
        { name: "First run, passcode", component: "FirstRunFlow", step: "passcode" },
        { name: "Crisis help", component: "GetHelpDialog", popup: true },
        { name: "Clinic sync", component: "SyncPage" },
        { name: "More", component: "MorePage" }
    ]

    function firstGoalId() {
        return GoalListModel.data(GoalListModel.index(0, 0), GoalListModel.IdRole)
    }

    function init() {
        Fixture.reset()
    }

    function isInteractive(item) {
        // The template types: the styled ones derive from them, and only the
        // templates answer instanceof for every control.
        return item instanceof T.AbstractButton || item instanceof T.TextField
            || item instanceof T.TextArea || item instanceof T.ComboBox
            || item instanceof T.Slider || item instanceof T.SpinBox
    }

    // Visible items only, and only those on screen: a list's delegates far
    // below the fold, or a page hidden in a StackView, are not what the patient sees.
    function visit(item, page, problems) {
        if (!item || !item.visible || item.opacity === 0)
            return
        const topLeft = item.mapToItem(page, 0, 0)
        const onScreen = topLeft.y < page.height && topLeft.y + item.height > 0
            && item.width > 0 && item.height > 0
        if (onScreen) {
            if (item instanceof Text && item.text.length > 0)
                problems.textsSeen = (problems.textsSeen || 0) + 1
            check(item, topLeft, page, problems)
        }
        for (let i = 0; i < item.children.length; ++i)
            visit(item.children[i], page, problems)
    }

    function describe(item) {
        const id = item.objectName ? item.objectName : String(item).split("(")[0]
        const text = item.text !== undefined ? " \"" + String(item.text).substring(0, 40) + "\"" : ""
        return id + text
    }

    function check(item, topLeft, page, problems) {
        // Text that neither wraps nor elides must fit inside the screen.
        if (item instanceof Text && item.text.length > 0
                && item.wrapMode === Text.NoWrap && item.elide === Text.ElideNone) {
            const right = topLeft.x + Math.max(item.width, item.contentWidth)
            if (right > page.width + 1)
                problems.push("cut off at the right edge (" + Math.round(right) + " > "
                              + page.width + "): " + describe(item))
        }
        if (!isInteractive(item) || !item.enabled)
            return
        if (item.width < 48 || item.height < 48)
            problems.push("touch target " + Math.round(item.width) + "×" + Math.round(item.height)
                          + ": " + describe(item))
        // Reading the attached property makes the item accessible, as a screen
        // reader starting up does for every control.
        void item.Accessible.role
        if (Fixture.accessibleName(item) === "")
            problems.push("no accessible name: " + describe(item))
        if (Fixture.accessibleRole(item) === Accessible.NoRole)
            problems.push("no accessible role: " + describe(item))
        if (topLeft.x + item.width > page.width + 1 || topLeft.x < -1)
            problems.push("control outside the screen: " + describe(item))
    }

    Component {
        id: windowSized

        Item {}
    }

    function flickablesIn(item, found) {
        if (!item || !item.visible)
            return found
        if (item instanceof Flickable && item.contentHeight > item.height + 1)
            found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            flickablesIn(item.children[i], found)
        return found
    }

    function audit(entry, width, height, scaled) {
        if (entry.prepare)
            entry.prepare()
        // A Component made from the type's name, so the audit reaches pages the
        // way the app does: through the Circle module, not by file path.
        const component = Qt.createQmlObject(
            "import QtQuick; import Circle; Component { " + entry.component + " {} }", root,
            "audit-" + entry.component)
        let page
        let shown
        if (entry.popup) {
            // A dialog centres itself on the window it opens over.
            page = createTemporaryObject(windowSized, scaled ? host : root,
                                         { width: width, height: height })
            const dialog = createTemporaryObject(component, page)
            verify(dialog, "could not create " + entry.name)
            dialog.parent = page
            dialog.open()
            tryCompare(dialog, "opened", true)
            shown = dialog.contentItem.parent
        } else {
            page = createTemporaryObject(component, scaled ? host : root,
                                         { width: width, height: height })
            verify(page, "could not create " + entry.name)
            if (entry.step)
                page.showStep(entry.step)
            shown = page
        }
        // Let lists lay out their first screen.
        wait(50)
        return inspect(shown, page)
    }

    /** The problems on the first screen of shown, then on every further screen of what scrolls. */
    function inspect(shown, page) {
        const problems = []
        visit(shown, page, problems)
        for (const flickable of flickablesIn(shown, [])) {
            const last = flickable.originY + flickable.contentHeight - flickable.height
            for (let y = flickable.originY + flickable.height; y < last + flickable.height; y += flickable.height) {
                flickable.contentY = Math.min(y, last)
                wait(20)
                visit(shown, page, problems)
            }
        }
        // Seen from two scroll positions, a problem is still one problem.
        const unique = Array.from(new Set(problems))
        unique.textsSeen = problems.textsSeen
        return unique
    }

    function test_pages_data() {
        const rows = []
        const sizes = [[360, 640], [430, 932]]
        for (const entry of pages) {
            for (const size of sizes) {
                rows.push({ tag: entry.name + " " + size[0] + "×" + size[1], entry: entry,
                            width: size[0], height: size[1], scaled: false })
                rows.push({ tag: entry.name + " " + size[0] + "×" + size[1] + " font 1.5×",
                            entry: entry, width: size[0], height: size[1], scaled: true })
            }
        }
        return rows
    }

    function test_pages(data) {
        const problems = audit(data.entry, data.width, data.height, data.scaled)
        // A page showing no text at all would mean the audit looked at nothing.
        verify(problems.textsSeen > 0, "no text seen on " + data.entry.name)
        verify(problems.length === 0, problems.length + " problem(s):\n  " + problems.join("\n  "))
    }

    // The audit must be able to fail: a label wider than the screen and an
    // unnamed, tiny button are both reported.
    Component {
        id: badPage

        Item {
            Label {
                text: "A line of text far too long to fit on any phone screen in one single line"
            }
            Button {
                y: 40
                width: 20
                height: 20
                Accessible.name: ""
            }
        }
    }

    // A problem two screens down is found too.
    Component {
        id: longPage

        Flickable {
            contentHeight: 2000

            Label {
                text: "At the top, short"
            }
            Label {
                y: 1500
                text: "Far down the page, a line of text far too long to fit on any phone screen"
            }
        }
    }

    function test_auditScrollsEveryPage() {
        const page = createTemporaryObject(longPage, root, { width: 360, height: 640 })
        const problems = inspect(page, page)
        compare(problems.length, 1, problems.join("; "))
        verify(problems[0].startsWith("cut off") && problems[0].includes("Far down"), problems[0])
    }

    function test_auditCatchesProblems() {
        const page = createTemporaryObject(badPage, root, { width: 360, height: 640 })
        const problems = []
        visit(page, page, problems)
        verify(problems.some(p => p.startsWith("cut off")), problems.join("; "))
        verify(problems.some(p => p.startsWith("touch target")), problems.join("; "))
        verify(problems.some(p => p.startsWith("no accessible name")), problems.join("; "))
    }
}
