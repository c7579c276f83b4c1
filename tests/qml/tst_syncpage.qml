import QtQuick
import QtTest
import Circle
import CircleSyncTestSupport

// The clinic sync page against the real server: not enrolled, joining with the
// recovery code shown once, enrolled and synced, then problems (server gone,
// a refused change). The functions run in order and build on each other.
TestCase {
    id: root

    name: "SyncPage"
    width: 360
    // Tall enough that every control of a pane is on screen for mouse clicks.
    height: 1400
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        SyncPage {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: indicatorComponent

        SyncIndicator {
            width: root.width
        }
    }

    function test_1_notEnrolledExplainsAndRefusesAWrongInvite() {
        const page = createTemporaryObject(pageComponent, root)
        const indicator = createTemporaryObject(indicatorComponent, root)
        compare(page.mode, "join")
        verify(!indicator.visible, "no indicator on Today before joining")
        verify(findChild(page, "syncJoinPane").visible)
        verify(!findChild(page, "syncStatusPane").visible)
        verify(findChild(page, "sealedExplanation").text.indexOf("journal") >= 0)

        const join = findChild(page, "joinButton")
        verify(join.height >= 48)
        findChild(page, "inviteField").text = "an invite I made up"
        mouseClick(join)
        const error = findChild(page, "joinError")
        verify(error.visible)
        verify(error.text.indexOf("circle-invite:") >= 0, error.text)
        compare(ClinicSync.enrolled, false)

        // A recovery code with a typo is named before anything is sent.
        findChild(page, "inviteField").text = SyncFixture.invite
        findChild(page, "newPhoneCheck").checked = true
        const recovery = findChild(page, "recoveryField")
        verify(recovery.visible)
        recovery.text = "0000-0000"
        mouseClick(join)
        verify(error.text.indexOf("recovery code") >= 0, error.text)
        compare(ClinicEnrollment.stage, ClinicEnrollment.Entering)
        compare(ClinicSync.enrolled, false)
    }

    function test_2_joiningShowsTheRecoveryCodeUntilItIsWrittenDown() {
        const page = createTemporaryObject(pageComponent, root)
        const indicator = createTemporaryObject(indicatorComponent, root)
        findChild(page, "inviteField").text = SyncFixture.invite
        mouseClick(findChild(page, "joinButton"))
        tryCompare(page, "mode", "code", 20000)
        // The pane just came up: let it be laid out before clicking at its controls.
        waitForRendering(page)
        verify(findChild(page, "syncRecoveryCodePane").visible)
        const code = findChild(page, "recoveryCode")
        compare(code.text.length, 18 * 4 + 17)
        verify(code.Accessible.name.indexOf(code.text) >= 0)

        // No way out before the explicit "I have written it down".
        verify(!findChild(page, "backButton").enabled)
        const done = findChild(page, "codeDoneButton")
        verify(!done.enabled)
        const written = findChild(page, "writtenDownCheck")
        verify(written.height >= 48)
        mouseClick(written)
        verify(written.checked)
        verify(done.enabled)
        mouseClick(done)
        compare(page.mode, "status")
        compare(ClinicEnrollment.recoveryCode, "")
        verify(findChild(page, "backButton").enabled)

        // Joining started a sync; the page and the Today line say so.
        tryCompare(findChild(page, "lastSuccess"), "text", "Synced just now", 20000)
        compare(findChild(page, "serverAddress").text, "Clinic: 127.0.0.1")
        verify(!findChild(page, "syncProblem").visible)
        verify(findChild(page, "notSyncedEmpty").visible)
        verify(indicator.visible)
        compare(indicator.text, "Synced just now")
        compare(ClinicSync.state, ClinicSync.UpToDate)

        SyncFixture.advanceMinutes(5)
        compare(findChild(page, "lastSuccess").text, "Synced 5 min ago")
        const syncNow = findChild(page, "syncNowButton")
        verify(syncNow.height >= 48)
        mouseClick(syncNow)
        tryCompare(findChild(page, "lastSuccess"), "text", "Synced just now", 20000)
    }

    function test_3_problemsAreToldAndRefusedChangesListed() {
        const page = createTemporaryObject(pageComponent, root)
        const indicator = createTemporaryObject(indicatorComponent, root)
        compare(page.mode, "status")
        waitForRendering(page)

        // The server is gone: plain words, and Today stays calm (offline is normal).
        SyncFixture.stopServer()
        mouseClick(findChild(page, "syncNowButton"))
        const problem = findChild(page, "syncProblem")
        tryVerify(() => problem.visible, 20000)
        compare(problem.text, ClinicSync.problem)
        verify(problem.text.indexOf("could not reach") >= 0, problem.text)
        verify(problem.text.indexOf("Connection refused") < 0, "no raw network error")
        compare(ClinicSync.state, ClinicSync.Waiting)

        // Back, with a change the server refuses: listed with its reason.
        verify(SyncFixture.queueRefusedChange())
        verify(SyncFixture.startServer())
        mouseClick(findChild(page, "syncNowButton"))
        tryCompare(ClinicSync, "rejectedCount", 1, 20000)
        tryVerify(() => !problem.visible, 20000)
        const list = findChild(page, "notSyncedList")
        compare(list.count, 1)
        const row = list.itemAt(0)
        compare(findChild(row, "kind").text, "Group")
        verify(findChild(row, "reason").text.length > "The server said: ".length)
        verify(!findChild(page, "notSyncedEmpty").visible)
        compare(ClinicSync.state, ClinicSync.Attention)
        compare(indicator.text, "Not synced: 1")
        verify(indicator.attention)

        const dismiss = findChild(row, "dismissButton")
        verify(dismiss.height >= 48)
        compare(dismiss.Accessible.name, "Dismiss: Group")
        mouseClick(dismiss)
        tryCompare(list, "count", 0)
        compare(ClinicSync.rejectedCount, 0)
        verify(findChild(page, "notSyncedEmpty").visible)
        verify(!indicator.attention)
    }
}
