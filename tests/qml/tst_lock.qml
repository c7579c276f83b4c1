import QtQuick
import QtQuick.Controls
import QtTest
import Circle
import CircleTestSupport

// The lock screen: it covers everything, a wrong passcode says so, repeated
// wrong ones must wait, the right one opens, and unsaved writing survives.
TestCase {
    id: root

    name: "LockScreen"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: overlayComponent

        LockOverlay {}
    }

    function init() {
        Fixture.reset()
        verify(AppLock.setPasscode("", "2468", "2468"), AppLock.errorMessage)
    }

    function cleanup() {
        if (AppLock.locked)
            AppLock.unlock("2468")
        verify(AppLock.removePasscode("2468"), AppLock.errorMessage)
        Fixture.reset()
    }

    function test_wrongThenRightPasscode() {
        const overlay = createTemporaryObject(overlayComponent, root)
        verify(!overlay.visible)
        AppLock.lock()
        verify(AppLock.locked)
        tryCompare(overlay, "visible", true)
        compare(overlay.width, root.width)
        compare(overlay.height, root.height)

        const field = findChild(overlay, "unlockField")
        const button = findChild(overlay, "unlockButton")
        const error = findChild(overlay, "unlockError")
        verify(button.height >= 48)
        compare(button.Accessible.name, "Unlock Circle")
        field.text = "1111"
        mouseClick(button)
        verify(AppLock.locked)
        verify(error.visible)
        verify(error.text.indexOf("not right") >= 0, error.text)

        field.text = "2468"
        mouseClick(button)
        verify(!AppLock.locked)
        tryCompare(overlay, "visible", false)
        compare(field.text, "")
    }

    function test_repeatedWrongTriesWait() {
        const overlay = createTemporaryObject(overlayComponent, root)
        AppLock.lock()
        const field = findChild(overlay, "unlockField")
        const error = findChild(overlay, "unlockError")
        for (let i = 0; i < 5; ++i) {
            field.text = "0000"
            mouseClick(findChild(overlay, "unlockButton"))
        }
        verify(error.text.indexOf("Try again in 30 seconds") >= 0, error.text)
        // Even the right passcode waits its turn.
        field.text = "2468"
        mouseClick(findChild(overlay, "unlockButton"))
        verify(AppLock.locked)
        Fixture.advanceHours(0.01)
        field.text = "2468"
        mouseClick(findChild(overlay, "unlockButton"))
        verify(!AppLock.locked, error.text)
    }

    function test_helpIsReachableWhileLocked() {
        const overlay = createTemporaryObject(overlayComponent, root)
        AppLock.lock()
        tryCompare(overlay, "visible", true)
        const help = findChild(overlay, "lockGetHelp")
        verify(help.visible)
        compare(help.Accessible.name, "Get help now")
    }

    function test_unsavedWritingIsStoredBeforeTheLock() {
        JournalEditor.startNew()
        JournalEditor.text = "Words typed just before the phone went into a pocket"
        verify(JournalEditor.dirty)
        AppLock.lock()
        verify(!JournalEditor.dirty, "the lock should have stored the text")
        verify(JournalEditor.entryId !== "")
        verify(AppLock.unlock("2468"))
        compare(JournalEditor.text, "Words typed just before the phone went into a pocket")
        verify(JournalEditor.remove())
    }

    Component {
        id: windowComponent

        Main {
            firstRunAllowed: false
        }
    }

    // In the app the lock screen is built once a passcode exists, not at start;
    // it still covers the window in the same step that locks it, before any
    // frame, and crisis help opens from it.
    function test_theAppIsCoveredTheMomentItLocks() {
        verify(AppLock.removePasscode("2468"), AppLock.errorMessage)
        const win = createTemporaryObject(windowComponent, root)
        verify(win)
        compare(findChild(win, "lockOverlay"), null)
        verify(AppLock.setPasscode("", "2468", "2468"), AppLock.errorMessage)
        const overlay = findChild(win, "lockOverlay")
        verify(overlay)
        verify(!overlay.visible)
        AppLock.lock()
        // No turn of the event loop since the lock: no frame could show the pages.
        verify(overlay.visible)
        compare(overlay.width, win.width)
        compare(overlay.height, win.height)

        mouseClick(findChild(overlay, "lockGetHelp"))
        const help = findChild(overlay, "getHelpDialog")
        verify(help)
        tryCompare(help, "opened", true)
        verify(help.z > overlay.z)
        verify(findChild(help.contentItem, "helpContacts"))
        help.close()
        tryCompare(help, "visible", false)
        verify(AppLock.locked)
    }
}
