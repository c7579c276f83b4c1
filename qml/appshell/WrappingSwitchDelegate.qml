import QtQuick
import QtQuick.Controls

// A switch row whose label wraps onto more lines instead of being cut short:
// at large font sizes a sentence that ends in "…" no longer says what it turns on.
SwitchDelegate {
    id: control

    contentItem: Label {
        leftPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        text: control.text
        font: control.font
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
