import QtQuick
import QtQuick.Controls
import QtTest
import Circle
import CircleTestSupport

// Settings: passcode on, change and off; when to lock; the language switched
// while running; export to a file that import takes; about.
TestCase {
    id: root

    name: "Settings"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        SettingsPage {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: moreComponent

        MorePage {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: menuComponent

        MoreMenuPane {
            width: root.width
            height: root.height
        }
    }

    function cleanup() {
        SettingsModel.language = ""
        if (AppLock.passcodeSet)
            AppLock.removePasscode("1357") || AppLock.removePasscode("2468")
        AppLock.clearError()
        Fixture.reset()
    }

    /** Scrolls the page so item is on screen, as a finger would before tapping it. */
    function reveal(page, item) {
        const flick = findChild(page, "settingsScroll").contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height))
        waitForRendering(page)
    }

    function findText(item, text) {
        if (item.text === text)
            return item
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const found = findText(children[i], text)
            if (found)
                return found
        }
        return null
    }

    function test_reachedFromTheMoreMenu() {
        const more = createTemporaryObject(moreComponent, root)
        const row = findChild(more, "moreSettings")
        verify(row)
        verify(row.height >= 48)
        mouseClick(row)
        const stack = findChild(more, "moreStack")
        tryCompare(stack, "depth", 2)
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "settingsPage")
    }

    function test_passcodeOnChangeAndOff() {
        const page = createTemporaryObject(pageComponent, root)
        const toggle = findChild(page, "passcodeSwitch")
        const form = findChild(page, "settingsPasscodeForm")
        verify(!toggle.checked)
        verify(!form.visible)
        verify(!findChild(page, "autoLock5").enabled)

        mouseClick(toggle)
        verify(form.visible)
        verify(!toggle.checked, "on only once a passcode is saved")
        verify(!findChild(form, "passcodeCurrent").visible)
        findChild(form, "passcodeNew").text = "24"
        findChild(form, "passcodeConfirm").text = "24"
        // The rule is said under the field, where it wraps, before anyone gets it wrong.
        verify(findChild(form, "passcodeHint").text.indexOf("At least 4") === 0)
        reveal(page, findChild(form, "passcodeSubmit"))
        mouseClick(findChild(form, "passcodeSubmit"))
        verify(findChild(form, "passcodeError").text.indexOf("at least 4") >= 0)
        findChild(form, "passcodeNew").text = "2468"
        findChild(form, "passcodeConfirm").text = "2468"
        mouseClick(findChild(form, "passcodeSubmit"))
        verify(AppLock.passcodeSet)
        verify(toggle.checked)
        verify(!form.visible)
        compare(findChild(page, "passcodeDone").text, "The passcode is on.")

        // Change: the current one first.
        mouseClick(findChild(page, "changePasscode"))
        verify(findChild(form, "passcodeCurrent").visible)
        findChild(form, "passcodeCurrent").text = "9999"
        findChild(form, "passcodeNew").text = "1357"
        findChild(form, "passcodeConfirm").text = "1357"
        mouseClick(findChild(form, "passcodeSubmit"))
        verify(findChild(form, "passcodeError").text.indexOf("not right") >= 0)
        findChild(form, "passcodeCurrent").text = "2468"
        mouseClick(findChild(form, "passcodeSubmit"))
        verify(!form.visible)
        compare(findChild(page, "passcodeDone").text, "Your new passcode is saved.")

        // When to lock, now that there is a passcode.
        const fiveMinutes = findChild(page, "autoLock5")
        verify(fiveMinutes.enabled)
        verify(fiveMinutes.height >= 48)
        mouseClick(fiveMinutes)
        compare(AppLock.autoLockMinutes, 5)
        mouseClick(findChild(page, "autoLock0"))
        compare(AppLock.autoLockMinutes, 0)

        // Off: asks for the passcode in use, nothing new.
        mouseClick(toggle)
        verify(form.visible)
        verify(!findChild(form, "passcodeNew").visible)
        findChild(form, "passcodeCurrent").text = "1357"
        mouseClick(findChild(form, "passcodeSubmit"))
        verify(!AppLock.passcodeSet)
        verify(!toggle.checked)
    }

    function test_languageSwitchesWhileRunning() {
        const page = createTemporaryObject(pageComponent, root)
        // Out of the way of the taps: only its words are looked at.
        const menu = createTemporaryObject(menuComponent, root, { visible: false })
        verify(findText(menu, "Exercises"))
        const spanish = findChild(page, "language_es")
        verify(spanish.height >= 48)
        reveal(page, spanish)
        compare(spanish.text, "Español")
        mouseClick(spanish)
        compare(SettingsModel.language, "es")
        compare(Fixture.storedSetting("language"), "es")
        verify(findText(menu, "Ejercicios"), "the menu should now be in Spanish")
        verify(!findText(menu, "Exercises"))
        reveal(page, findChild(page, "language_system"))
        mouseClick(findChild(page, "language_system"))
        compare(SettingsModel.language, "")
        verify(findText(menu, "Exercises"))
    }

    function test_exportWritesAFileImportAccepts() {
        const page = createTemporaryObject(pageComponent, root)
        const button = findChild(page, "exportButton")
        verify(button.height >= 48)
        reveal(page, button)
        mouseClick(button)
        const message = findChild(page, "exportMessage")
        verify(message.visible)
        compare(SettingsModel.exportError, "")
        const path = SettingsModel.lastExportPath
        verify(path.indexOf(Fixture.exportFolder()) === 0, path)
        verify(message.text.indexOf(path) >= 0, message.text)
        compare(Fixture.importIntoFreshStore(path), "")
    }

    function test_aboutNamesVersionsAndLicences() {
        const page = createTemporaryObject(pageComponent, root)
        verify(findChild(page, "settingsVersion").text.indexOf("Version") === 0)
        verify(findText(page, "Qt " + SettingsModel.qtVersion + ": LGPL 3.0"))
    }

    function test_survivesBigFontsOnASmallPhone() {
        const page = createTemporaryObject(pageComponent, root)
        page.width = 360
        page.height = 640
        page.font.pixelSize = page.font.pixelSize * 1.5
        waitForRendering(page)
        for (const name of ["exportButton", "passcodeSwitch", "language_es", "autoLock15"]) {
            const item = findChild(page, name)
            const right = item.mapToItem(page, item.width, 0).x
            verify(right <= 360, name + " runs off the screen: " + right)
        }
    }
}
