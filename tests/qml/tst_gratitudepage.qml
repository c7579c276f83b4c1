import QtQuick
import QtTest
import Circle
import CircleTestSupport

// Gratitude over the fixture's store: two earlier days, then today's good things.
TestCase {
    id: root

    name: "GratitudePage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        GratitudePage {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: todayComponent

        TodayPage {
            width: root.width
            height: root.height
        }
    }

    function init() {
        Fixture.reset()
    }

    function test_savesTodaysGoodThingsAndShowsHistory() {
        const page = createTemporaryObject(pageComponent, root)
        const history = findChild(page, "gratitudeHistory")
        tryVerify(() => history.count >= 2)
        const before = history.count
        const practice = findChild(page, "practiceText")
        // Good things yesterday and the day before, and today open or, after
        // an earlier test of this file, written too.
        const run = GratitudeModel.todayItems.length > 0 ? 3 : 2
        compare(practice.text, "You noted good things " + run + " days in a row.")

        waitForItemPolished(page)
        // Nothing written: a kind inline message, nothing stored.
        for (let i = 0; i < 3; ++i)
            findChild(page, "goodThing" + i).text = ""
        mouseClick(findChild(page, "saveGratitude"))
        const error = findChild(page, "gratitudeError")
        verify(error.visible)
        compare(history.count, before)

        findChild(page, "goodThing0").text = "Sun on the walk home"
        findChild(page, "goodThing2").text = "A call from Sam 🙂"
        mouseClick(findChild(page, "saveGratitude"))
        verify(!error.visible)
        tryVerify(() => history.count >= before)
        compare(GratitudeModel.todayItems.length, 2)
        compare(GratitudeModel.todayItems[0], "Sun on the walk home")
        compare(GratitudeModel.todayItems[1], "A call from Sam 🙂")
        tryVerify(() => history.itemAtIndex(0) !== null)
        compare(history.itemAtIndex(0).dayLabel, "Today")
    }

    function test_oneTapFromToday() {
        const page = createTemporaryObject(todayComponent, root)
        const field = findChild(page, "quickGratitude")
        verify(field)
        const before = GratitudeModel.todayItems.length
        field.text = "Good soup"
        const add = findChild(page, "quickGratitudeAdd")
        verify(add.height >= 48)
        mouseClick(add)
        compare(GratitudeModel.todayItems.length, before + 1)
        compare(field.text, "")
    }
}
