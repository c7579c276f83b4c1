import QtQuick
import QtQuick.Controls

// A check box whose label wraps onto more lines instead of running off a narrow
// screen or being cut short at large font sizes.
CheckBox {
    id: control

    contentItem: Label {
        leftPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        rightPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        text: control.text
        font: control.font
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
