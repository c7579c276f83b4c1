// The first run as a new patient goes through it by touch: welcome, what
// Circle keeps, every point of the agreement ticked, no passcode for now.
// Shared by the journeys that start on a store that has not been set up.
.pragma library

function finishByTouch(t) {
    t.item("firstRunOverlay")
    t.look("welcome")
    t.tap("firstRunNext")
    t.look("what-circle-keeps")
    t.tap("firstRunNext")
    const list = t.item("agreementList")
    t.tryVerify(() => list.count > 0)
    t.look("agreement")
    for (let i = 0; i < list.count; ++i) {
        // The list builds its rows as they scroll into view.
        list.positionViewAtIndex(i, 4 /* ListView.Contain */)
        const check = t.item("agreementCheck" + i)
        t.tap(check)
        t.verify(check.checked, "point " + (i + 1) + " of the agreement did not tick")
    }
    t.tap("firstRunNext")
    t.look("passcode")
    t.tap("firstRunNext") // Skip for now
    t.gone("firstRunOverlay")
}

// The same by keyboard alone: Tab to each control, Enter to press, Space to tick.
function finishByKeyboard(t) {
    t.item("firstRunOverlay")
    pressByKeyboard(t, "firstRunNext")
    pressByKeyboard(t, "firstRunNext")
    const list = t.item("agreementList")
    t.tryVerify(() => list.count > 0)
    for (let i = 0; i < list.count; ++i) {
        const check = t.tabTo("agreementCheck" + i)
        t.keyClick(Qt.Key_Space)
        t.verify(check.checked, "Space did not tick point " + (i + 1))
    }
    pressByKeyboard(t, "firstRunNext") // Continue
    t.tryVerify(() => t.shows("passcodeNew"))
    pressByKeyboard(t, "firstRunNext") // Skip for now
    t.gone("firstRunOverlay")
}

// Tabs to the control named name, checks the focus ring is around it, and presses Enter.
function pressByKeyboard(t, name) {
    const it = t.tabTo(name)
    t.verify(t.item("focusFrame").visible, "no focus ring around \"" + name + "\"")
    t.keyClick(Qt.Key_Return)
    return it
}
