import QtQuick
import QtQuick.Controls
import QtTest
import Circle
import CircleJourney

// What every journey shares: it opens the whole app (Main.qml) at the
// journey's screen and moves through it as a person does, by tapping what is
// on screen, typing and pressing keys. After each step it looks at the screen
// as a person would: nothing cut off or running over, no English left on a
// Spanish screen, no control a screen reader could not name. Any QML warning
// fails the journey.
TestCase {
    id: root

    /** The app's window, once start() has opened it. */
    property ApplicationWindow app: null
    /** Screenshots are named after the journey and a counter. */
    property int shot: 0

    when: windowShown
    visible: true

    Component {
        id: appComponent

        Main {}
    }

    function init() {
        // Anything the QML engine complains about is a defect on the journey.
        failOnWarning(/.*/)
    }

    function cleanup() {
        if (root.app)
            root.app.destroy()
        root.app = null
    }

    /** Opens the app as a start would, at the journey's size, and waits until it can take input. */
    function start() {
        root.app = appComponent.createObject(null, {
            width: Journey.width,
            height: Journey.height
        })
        verify(root.app, "the app's window did not open")
        root.app.requestActivate()
        tryVerify(() => root.app.active, 5000, "the app's window never became active")
        waitForRendering(root.app.contentItem)
        return root.app
    }

    /** The visible item named name, waiting a little for it to appear (transitions). */
    function item(name, timeout) {
        let found = null
        tryVerify(() => (found = Journey.find(root.app, name)) !== null, timeout === undefined ? 5000 : timeout,
                  "nothing named \"" + name + "\" is on screen (" + Journey.configuration + ")")
        return found
    }

    /** True when something named name is on screen now. */
    function shows(name) {
        return Journey.find(root.app, name) !== null
    }

    /** Waits until nothing named name is on screen. */
    function gone(name) {
        tryVerify(() => Journey.find(root.app, name) === null, 5000,
                  "\"" + name + "\" is still on screen (" + Journey.configuration + ")")
    }

    /** Taps the item named name (or the item itself) where a finger would: its middle, scrolled into view. */
    function tap(target) {
        const it = typeof target === "string" ? item(target) : target
        // A finger lands where the page has come to rest, not on a page still sliding in,
        // and where a list just rebuilt has been laid out again.
        tryVerify(() => Journey.settled(root.app), 3000, "the pages never stopped moving")
        waitForRendering(root.app.contentItem)
        Journey.bringIntoView(it)
        waitForRendering(it)
        verify(it.enabled, "\"" + (it.objectName || it.text) + "\" cannot be tapped: it is disabled")
        mouseClick(it)
        return it
    }

    /** Types text into whatever has focus, key by key. */
    function type(text) {
        Journey.type(root.app, text)
    }

    /** The row of the navigation bar for a tab (0 Today … 4 More). */
    function tab(index) {
        const bar = item("navigationBar")
        const button = bar.itemAt(index)
        verify(button, "no tab " + index)
        mouseClick(button)
        tryCompare(root.app, "currentPage", index)
        return button
    }

    /** Looks at the screen: what a person could not read fails the journey, with where. */
    function look(step) {
        // A person reads the page once it has settled, not while it slides in.
        tryVerify(() => Journey.settled(root.app), 3000, "the pages never stopped moving")
        waitForRendering(root.app.contentItem)
        // A layout still catching up with the last step (a loaded machine lags)
        // gets a moment; what stays unreadable fails.
        let cut = Journey.unreadableTexts(root.app)
        for (let waited = 0; cut.length > 0 && waited < 1500; waited += 100) {
            wait(100)
            cut = Journey.unreadableTexts(root.app)
        }
        verify(cut.length === 0, step + " (" + Journey.configuration + "): " + cut.join("; "))
        const english = Journey.untranslatedTexts(root.app)
        verify(english.length === 0, step + ", English on a Spanish screen (" + Journey.configuration
               + "): " + english.join("; "))
        const unnamed = Journey.unnamedControls(root.app)
        verify(unnamed.length === 0, step + ", controls a screen reader cannot name ("
               + Journey.configuration + "): " + unnamed.join("; "))
        Journey.saveScreenshot(root.app, root.name + "-" + (++root.shot) + "-" + step)
    }

    /** Waits for the window's item that has keyboard focus to be the one named name. */
    function focused(name) {
        tryVerify(() => root.app.activeFocusItem && root.app.activeFocusItem.objectName === name, 3000,
                  "focus is on \"" + (root.app.activeFocusItem ? root.app.activeFocusItem.objectName : "nothing")
                  + "\", not on \"" + name + "\"")
    }

    /** Presses Tab until the item named name has focus (at most limit presses). */
    function tabTo(name, limit) {
        const max = limit === undefined ? 60 : limit
        for (let i = 0; i < max; ++i) {
            if (root.app.activeFocusItem && root.app.activeFocusItem.objectName === name)
                return root.app.activeFocusItem
            keyClick(Qt.Key_Tab)
            // A person pauses between presses long enough for a frame: a list
            // scrolled to the focus builds its next rows then.
            wait(30)
        }
        fail("Tab never reached \"" + name + "\" in " + max + " presses; focus is on \""
             + (root.app.activeFocusItem ? root.app.activeFocusItem.objectName : "nothing") + "\"")
    }
}
