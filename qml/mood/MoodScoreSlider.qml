import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Circle

// A mood from 0 (worst) to 10 (best): the slider has the whole width to
// itself, the number chosen shows large beside the question, and words under
// the ends say what 0 and 10 mean. It starts where the last check-in left it.
ColumnLayout {
    id: root

    property alias value: slider.value

    spacing: 0

    Label {
        objectName: "scoreValue"
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("%1 of 10").arg(Math.round(slider.value))
        font.pixelSize: Math.round(20 * SettingsModel.effectiveTextScale)
        font.weight: Font.Medium
        Accessible.ignored: true
    }
    Slider {
        id: slider

        objectName: "scoreSlider"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        from: 0
        to: 10
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: MoodModel.lastScore >= 0 ? MoodModel.lastScore : 5
        Accessible.name: qsTr("Mood from 0, very low, to 10, very good")
        Accessible.description: qsTr("%1 of 10").arg(Math.round(slider.value))
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        Label {
            objectName: "scoreLowAnchor"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("0\u00a0·\u00a0very low")
            opacity: 0.7
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
        Label {
            objectName: "scoreHighAnchor"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            horizontalAlignment: Text.AlignRight
            text: qsTr("very good\u00a0·\u00a010")
            opacity: 0.7
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }
    }
}
