import QtQuick
import QtTest
import CircleJourney
import "FirstRunSteps.js" as FirstRun

// A passcode set in Settings; the app locks when the patient leaves it; wrong
// codes are refused, and after too many a countdown says when to try again
// (the right code is refused meanwhile); once the wait has passed, the right
// code opens Circle.
JourneyTestCase {
    id: root

    name: "PasscodeJourney"

    readonly property string code: "2468"

    function typeInto(name, text) {
        tap(name)
        focused(name)
        type(text)
    }

    function tryCode(text) {
        typeInto("unlockField", text)
        tap("unlockButton")
    }

    function test_passcodeLockoutAndUnlock() {
        start()
        FirstRun.finishByTouch(root)

        // Set in Settings.
        tab(4)
        tap("moreSettings")
        item("settingsPage")
        const toggle = tap("passcodeSwitch")
        item("settingsPasscodeForm")
        typeInto("passcodeNew", root.code)
        typeInto("passcodeConfirm", root.code)
        look("passcode-typed")
        tap("passcodeSubmit")
        tryVerify(() => toggle.checked, 5000, "the passcode switch did not turn on")
        verify(item("passcodeDone").text !== "", "nothing says the passcode was saved")
        look("passcode-set")

        // Leaving the app locks it.
        Journey.leaveAndComeBack()
        item("lockScreen")
        focused("unlockField")
        look("locked")
        tap("forgotPasscode")
        verify(item("forgotPasscodeHelp").text !== "")
        look("forgot-passcode")

        // Wrong codes: refused, each said so; the fifth starts a wait.
        for (let i = 1; i <= 4; ++i) {
            tryCode("1111")
            tryVerify(() => shows("unlockError"), 3000, "wrong code " + i + " was not refused aloud")
            verify(!/\d/.test(item("unlockError").text), "a wait after only " + i + " wrong codes: "
                   + item("unlockError").text)
            item("lockScreen")
        }
        tryCode("1212")
        const error = item("unlockError")
        tryVerify(() => error.text.indexOf("30") >= 0, 3000, "no wait of 30 seconds: " + error.text)
        look("lockout")

        // The countdown moves on its own, second by second.
        const first = error.text
        tryVerify(() => error.text !== first && /2\d/.test(error.text), 3000,
                  "the countdown did not move: " + error.text)
        look("lockout-counting")

        // The right code is not taken during the wait.
        tryCode(root.code)
        item("lockScreen")
        verify(/\d/.test(error.text), "the wait was forgotten: " + error.text)

        // Half a minute later the countdown ends by itself, and the right code opens Circle.
        Journey.passTime(30)
        tryVerify(() => !/\d/.test(error.text), 3000, "the countdown did not end: " + error.text)
        look("lockout-over")
        tryCode(root.code)
        gone("lockScreen")
        item("settingsPage")
        look("unlocked")
    }
}
