import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A mood from 0 (worst) to 10 (best), with the number shown beside the slider.
RowLayout {
    id: root

    property alias value: slider.value

    spacing: 8

    Label {
        text: "0"
        opacity: 0.6
    }
    Slider {
        id: slider

        Layout.fillWidth: true
        Layout.minimumHeight: 48
        from: 0
        to: 10
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: 5
        Accessible.name: qsTr("Mood from 0 to 10")
    }
    Label {
        text: "10"
        opacity: 0.6
    }
    Label {
        objectName: "scoreValue"
        Layout.minimumWidth: 32
        horizontalAlignment: Text.AlignRight
        text: Math.round(slider.value)
        font.pixelSize: 20
        font.weight: Font.Medium
    }
}
