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
