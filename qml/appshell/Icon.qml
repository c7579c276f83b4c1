import QtQuick
import QtQuick.Controls
import Circle

// One of Material's icons, drawn from the Material Icons font that ships with
// the app (Debian's fonts-material-design-icons-iconfont). Named as in the
// font; only the ones Circle uses are listed. Decoration only: the control
// that shows it carries the words a screen reader says.
Label {
    id: root

    /** The icon's name, e.g. "today". */
    property string name

    readonly property var glyphs: ({
        "today": "\ue8df",
        "book": "\ue865",
        "flag": "\ue153",
        "event": "\ue878",
        "more": "\ue5d3",
        "back": "\ue5c4",
        "done": "\ue86c",
        "edit": "\ue3c9",
        "delete": "\ue872",
        "archive": "\ue149",
        "search": "\ue8b6",
        "gratitude": "\ue87d",
        "mood": "\ue813",
        "homework": "\ue85d",
        "safety": "\ue1d5",
        "help": "\uef73",
        "reminders": "\ue7f4",
        "sync": "\ue627",
        "settings": "\ue8b8",
        "lock": "\ue897",
        "call": "\ue0b0",
        "text": "\ue625",
        "calendar": "\uebcc"
    })

    text: root.glyphs[root.name] || ""
    font.family: "Material Icons"
    font.pixelSize: Math.round(24 * SettingsModel.effectiveTextScale)
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
