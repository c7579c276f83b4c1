import QtQuick
import QtTest
import Circle
import CircleTestSupport

// Mood check-ins over the fixture's store: score, words, note, and the trend.
TestCase {
    id: root

    name: "MoodPage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        MoodPage {
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

    function test_recordsACheckInWithWords() {
        const page = createTemporaryObject(pageComponent, root)
        waitForItemPolished(page)
        // Later than the check-in the other test makes, so it is the last one.
        Fixture.advanceHours(1)
        const score = findChild(page, "moodScore")
        score.value = 3
        const word = findChild(page, "emotion_anxious")
        verify(word)
        verify(word.height >= 48)
        const at = word.mapToItem(root, 0, 0)
        verify(at.x + word.width <= root.width, "emotion words must wrap inside the page")
        mouseClick(word)
        verify(word.checked)
        findChild(page, "moodNote").text = "before group"
        // The words take a few rows on a phone: scroll to the button as a person would.
        const save = findChild(page, "saveMood")
        findChild(page, "moodScroll").contentItem.contentY = 300
        waitForItemPolished(page)
        verify(save.mapToItem(root, 0, 0).y + save.height <= root.height)
        mouseClick(save)
        verify(findChild(page, "moodSaved").visible)
        compare(MoodModel.lastScore, 3)
        // A low score is met with a gentle word and the way to the safety plan.
        verify(findChild(page, "moodSavedText").text.indexOf("hard moment") >= 0)
        verify(findChild(page, "moodOpenSafetyPlan").visible)
        // The words picked go, ready for the next check-in.
        verify(!word.checked, "the emotion stayed picked after saving")
        compare(page.chosen.length, 0)
        const trend = MoodModel.weeklyTrend
        compare(trend.length, 8)
        verify(trend[7].average >= 0)
        verify(findChild(page, "moodTrend").height > 100)
    }

    function test_oneTapFromToday() {
        const page = createTemporaryObject(todayComponent, root)
        const save = findChild(page, "quickMoodSave")
        verify(save)
        verify(save.height >= 48)
        // The slider starts where the last check-in left it, or in the middle.
        const before = MoodModel.lastScore >= 0 ? MoodModel.lastScore : 5
        compare(findChild(page, "scoreSlider").value, before)
        mouseClick(save)
        verify(findChild(page, "quickMoodSaved").visible)
        compare(MoodModel.lastScore, before)
        compare(findChild(page, "moodOpenSafetyPlan").visible, before <= 3)
    }
}
