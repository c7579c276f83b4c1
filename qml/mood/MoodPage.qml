import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// How the patient feels: a number from 0 to 10, a few words, and how the weeks have gone.
Page {
    id: root

    /** Emotion keys chosen for the next check-in. */
    property var chosen: []

    /** After a low check-in the patient asked for their safety plan. */
    signal safetyPlanRequested()

    header: SubpageHeader {
        title: qsTr("Mood")
        onBackRequested: {
            if (root.StackView.view)
                root.StackView.view.pop()
        }
    }

    Component.onCompleted: MoodModel.refresh()

    /**
     * Scrolls what Circle says after a check-in into sight: below the Save
     * button it is out of view on a small phone or at large text, and after a
     * low score it holds the way to the safety plan.
     */
    function showSavedNote() {
        const flick = scroll.contentItem as Flickable
        const bottom = savedNote.mapToItem(flick.contentItem, 0, savedNote.height).y + 16
        if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height, Math.max(0, flick.contentHeight - flick.height))
    }

    Timer {
        id: revealSaved

        interval: 500
    }

    ScrollView {
        id: scroll

        objectName: "moodScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        // No horizontal bar: unseen, it took the taps on the page's last 16 px.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
        onContentHeightChanged: if (revealSaved.running) root.showSavedNote()

        ColumnLayout {
            x: 16
            width: scroll.availableWidth - 32
            spacing: 8

            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("How are you feeling right now?")
                font.pixelSize: Math.round(18 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            MoodScoreSlider {
                id: score

                objectName: "moodScore"
                Layout.fillWidth: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Words for it (optional)")
                opacity: 0.8
                wrapMode: Text.WordWrap
            }
            // A Flow in a layout reports one long row as its width; this holder gives it the column's.
            Item {
                Layout.fillWidth: true
                implicitHeight: words.implicitHeight

                Flow {
                    id: words

                    width: parent.width
                    spacing: 8

                    Repeater {
                        id: emotionButtons

                        model: MoodModel.emotionKeys

                        Button {
                            required property string modelData

                            objectName: "emotion_" + modelData
                            checkable: true
                            height: Math.max(implicitHeight, 48)
                            text: MoodModel.emotionLabel(modelData)
                            font.capitalization: Font.MixedCase
                            Accessible.name: text
                            onToggled: {
                                const words = root.chosen.filter(w => w !== modelData)
                                if (checked)
                                    words.push(modelData)
                                root.chosen = words
                            }
                        }
                    }
                }
            }
            TextField {
                id: note

                objectName: "moodNote"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                placeholderText: qsTr("A note for yourself (optional)")
                Accessible.name: qsTr("Note")
            }
            Label {
                objectName: "moodError"
                Layout.fillWidth: true
                visible: MoodModel.errorMessage !== ""
                text: MoodModel.errorMessage
                color: Material.color(Material.Red)
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "saveMood"
                Layout.minimumHeight: 48
                text: qsTr("Save check-in")
                highlighted: true
                font.capitalization: Font.MixedCase
                Accessible.name: qsTr("Save mood check-in")
                onClicked: {
                    const chosenScore = Math.round(score.value)
                    if (MoodModel.record(chosenScore, root.chosen, note.text)) {
                        // A fresh start for the next check-in: no words still picked.
                        note.clear()
                        root.chosen = []
                        for (let i = 0; i < emotionButtons.count; ++i)
                            (emotionButtons.itemAt(i) as Button).checked = false
                        savedNote.score = chosenScore
                        // The note takes its place at the next layout; it is followed there.
                        revealSaved.restart()
                        root.showSavedNote()
                    }
                }
            }
            MoodSavedNote {
                id: savedNote

                objectName: "moodSaved"
                Layout.fillWidth: true
                onYChanged: if (revealSaved.running) root.showSavedNote()
                onHeightChanged: if (revealSaved.running) root.showSavedNote()
                onSafetyPlanRequested: root.safetyPlanRequested()
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Last 8 weeks")
            }
            MoodTrendChart {
                objectName: "moodTrend"
                Layout.fillWidth: true
                weeks: MoodModel.weeklyTrend
            }

            PageHeading {
                Layout.fillWidth: true
                Layout.topMargin: 16
                visible: recent.count > 0
                text: qsTr("Recent check-ins")
            }
            Repeater {
                id: recent

                model: MoodModel

                Label {
                    required property int score
                    required property string emotions
                    required property string whenLabel

                    Layout.fillWidth: true
                    text: qsTr("%1: %2/10").arg(whenLabel).arg(score) + (emotions !== "" ? " · " + emotions : "")
                    wrapMode: Text.WordWrap
                }
            }
            Item {
                Layout.preferredHeight: 16
            }
        }
    }
}
