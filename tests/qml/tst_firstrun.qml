import QtQuick
import QtQuick.Controls
import QtTest
import Circle
import CircleTestSupport

// First run: welcome, what Circle keeps, the agreement point by point (stored
// with its version), an optional passcode; once done it stays closed.
TestCase {
    id: root

    name: "FirstRun"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: flowComponent

        FirstRunFlow {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: overlayComponent

        FirstRunOverlay {}
    }

    function init() {
        Fixture.forgetAgreement()
    }

    function cleanup() {
        if (AppLock.passcodeSet)
            verify(AppLock.removePasscode("2468"), AppLock.errorMessage)
    }

    function tickEveryPoint(flow) {
        const list = findChild(flow, "agreementList")
        verify(list)
        tryCompare(list, "count", 7)
        for (let i = 0; i < list.count; ++i) {
            // Its bottom, where the tick is, in view even when the text is large.
            list.positionViewAtIndex(i, ListView.End)
            let check = null
            tryVerify(() => (check = findChild(list, "agreementCheck" + i)) !== null)
            waitForRendering(list)
            verify(check.height >= 48, "touch target too small: " + check.height)
            verify(check.Accessible.name.indexOf("I agree") === 0)
            mouseClick(check)
            verify(check.checked)
        }
        compare(FirstRunModel.acknowledgedCount, 7)
    }

    function test_mainFlowStoresTheAgreementWithItsVersion() {
        verify(FirstRunModel.needed)
        verify(FirstRunModel.open)
        const flow = createTemporaryObject(flowComponent, root)
        compare(flow.step, "welcome")
        const next = findChild(flow, "firstRunNext")
        mouseClick(next)
        compare(flow.step, "keeps")
        verify(findChild(flow, "firstRunKeeps").text.indexOf("journal entries") >= 0)
        verify(findChild(flow, "firstRunEncrypted").text.indexOf("encrypted") >= 0)
        mouseClick(next)
        compare(flow.step, "agreement")

        // Going on without ticking says what is missing and stores nothing.
        mouseClick(next)
        compare(flow.step, "agreement")
        const error = findChild(flow, "agreementError")
        verify(error.visible)
        verify(error.text.indexOf("7 left") >= 0, error.text)
        compare(Fixture.storedSetting("agreement_version"), "")

        tickEveryPoint(flow)
        mouseClick(next)
        compare(flow.step, "passcode")
        verify(!FirstRunModel.needed)
        compare(Fixture.storedSetting("agreement_version"), String(FirstRunModel.agreementVersion))
        verify(Number(Fixture.storedSetting("agreement_acknowledged_ms")) > 0)
        verify(FirstRunModel.open, "the passcode step is still to come")

        // The passcode is optional.
        compare(next.text, "Skip for now")
        mouseClick(next)
        verify(!FirstRunModel.open)
        verify(!AppLock.passcodeSet)

        // Opened again: nothing to ask.
        FirstRunModel.refresh()
        verify(!FirstRunModel.needed)
        const overlay = createTemporaryObject(overlayComponent, root)
        verify(!overlay.visible)
    }

    function test_aPasscodeCanBeSetAtTheEnd() {
        const flow = createTemporaryObject(flowComponent, root)
        flow.showStep("agreement")
        tickEveryPoint(flow)
        mouseClick(findChild(flow, "firstRunNext"))
        compare(flow.step, "passcode")
        const newField = findChild(flow, "passcodeNew")
        const confirmField = findChild(flow, "passcodeConfirm")
        newField.text = "2468"
        confirmField.text = "2486"
        mouseClick(findChild(flow, "passcodeSubmit"))
        const error = findChild(flow, "passcodeError")
        verify(error.visible)
        verify(error.text.indexOf("not the same") >= 0, error.text)
        verify(FirstRunModel.open)
        confirmField.text = "2468"
        mouseClick(findChild(flow, "passcodeSubmit"))
        verify(AppLock.passcodeSet)
        verify(!AppLock.locked)
        verify(!FirstRunModel.open)
    }

    function test_theOverlayShowsUntilDoneAndKeepsHelpAtHand() {
        const overlay = createTemporaryObject(overlayComponent, root)
        tryCompare(overlay, "visible", true)
        verify(overlay.width >= root.width - 1)
        const help = findChild(overlay.flow, "firstRunGetHelp")
        verify(help.visible)
        compare(help.Accessible.name, "Get help now")
        overlay.flow.showStep("agreement")
        tickEveryPoint(overlay.flow)
        verify(FirstRunModel.acknowledge())
        verify(FirstRunModel.finish())
        tryCompare(overlay, "visible", false)
    }

    function test_bigFontsStillFitOnASmallPhone() {
        const flow = createTemporaryObject(flowComponent, root)
        flow.width = 360
        flow.height = 640
        flow.font.pixelSize = flow.font.pixelSize * 1.5
        flow.showStep("agreement")
        const next = findChild(flow, "firstRunNext")
        verify(next.visible)
        waitForRendering(flow)
        const right = next.mapToItem(flow, next.width, 0).x
        verify(right <= 360, "the button runs off the screen: " + right)
        tickEveryPoint(flow)
    }

    Component {
        id: windowComponent

        Main {}
    }

    // On a first start the app opens on the first run, with help at hand, and
    // it goes once done.
    function test_theAppOpensOnTheFirstRunUntilDone() {
        verify(FirstRunModel.open)
        const win = createTemporaryObject(windowComponent, root)
        verify(win)
        const overlay = findChild(win, "firstRunOverlay")
        verify(overlay)
        tryCompare(overlay, "visible", true)
        compare(overlay.width, win.width)

        mouseClick(findChild(overlay.flow, "firstRunGetHelp"))
        const help = findChild(overlay, "getHelpDialog")
        verify(help)
        tryCompare(help, "opened", true)
        verify(help.z > overlay.z)
        help.close()
        tryCompare(help, "visible", false)

        overlay.flow.showStep("agreement")
        tickEveryPoint(overlay.flow)
        verify(FirstRunModel.acknowledge())
        verify(FirstRunModel.finish())
        tryVerify(() => {
            const left = findChild(win, "firstRunOverlay")
            return left === null || !left.visible
        })
    }

    // Get help's "Open my safety plan" works before Circle is set up: the plan
    // opens over the first run and its Back returns to it.
    function test_helpOpensTheSafetyPlanOverTheFirstRun() {
        const overlay = createTemporaryObject(overlayComponent, root)
        tryCompare(overlay, "visible", true)
        mouseClick(findChild(overlay.flow, "firstRunGetHelp"))
        let help = null
        tryVerify(() => (help = findChild(overlay, "getHelpDialog")) !== null)
        tryCompare(help, "opened", true)
        const open = findChild(help.contentItem, "openSafetyPlan")
        open.forceActiveFocus()
        keyClick(Qt.Key_Space)
        const plan = findChild(overlay, "firstRunSafetyPlan")
        verify(plan)
        tryCompare(plan, "opened", true)
        tryCompare(help, "visible", false)
        verify(plan.z > overlay.z)
        compare(plan.width, overlay.width)
        tryVerify(() => plan.contentItem.item !== null)
        const page = plan.contentItem.item
        compare(page.objectName, "safetyPlanPage")
        verify(findChild(page, "safetyContacts").count >= 2)
        const back = findChild(page, "backButton")
        verify(back.height >= 48)
        mouseClick(back)
        tryCompare(plan, "visible", false)
        verify(overlay.visible)
        verify(FirstRunModel.open)
    }

    // Continue on the agreement: not shown as ready until every point is
    // ticked; pressed early it says, by the button, how many are left, shows
    // the first open point, and keeps the count true as points are ticked.
    function test_continueSaysWhatIsLeftAndKeepsItTrue() {
        const flow = createTemporaryObject(flowComponent, root)
        flow.width = 360
        flow.height = 640
        flow.showStep("agreement")
        const next = findChild(flow, "firstRunNext")
        verify(!next.highlighted)
        const list = findChild(flow, "agreementList")
        tryCompare(list, "count", 7)
        for (let i = 0; i < 4; ++i) {
            list.positionViewAtIndex(i, ListView.End)
            let check = null
            tryVerify(() => (check = findChild(list, "agreementCheck" + i)) !== null)
            waitForRendering(list)
            mouseClick(check)
        }
        list.positionViewAtBeginning()
        next.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(flow.step, "agreement")
        const error = findChild(flow, "agreementError")
        tryVerify(() => error.visible)
        verify(error.text.indexOf("3 left") >= 0, error.text)
        // On screen, above the buttons, not under the list.
        const bottom = error.mapToItem(flow, 0, error.height).y
        verify(bottom <= flow.height && bottom > 0, "message off-screen at " + bottom)
        // The first open point is brought into view with its tick.
        let open = null
        tryVerify(() => (open = findChild(list, "agreementCheck4")) !== null)
        waitForRendering(list)
        const y = open.mapToItem(list, 0, 0).y
        verify(y >= 0 && y + open.height <= list.height + 1, "point 5 not in view: " + y)
        mouseClick(open)
        tryVerify(() => error.text.indexOf("2 left") >= 0)
        for (let i = 5; i < 7; ++i) {
            list.positionViewAtIndex(i, ListView.End)
            let check = null
            tryVerify(() => (check = findChild(list, "agreementCheck" + i)) !== null)
            waitForRendering(list)
            mouseClick(check)
        }
        tryVerify(() => !error.visible)
        verify(next.highlighted)
        mouseClick(next)
        compare(flow.step, "passcode")
    }
}
