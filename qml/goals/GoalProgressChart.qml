import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Shapes
import Circle

// Check-in values over time against the target line. The points come from
// GoalDetailModel in fractions of the plot; this only scales them.
Item {
    id: root

    /** [{ x, y, label }], oldest first, x and y in 0..1. */
    property var points: []
    /** Height of the target in 0..1. */
    property real targetY: 0
    property string topLabel
    property string firstLabel
    property string lastLabel
    /** The chart in words; what a screen reader says. */
    property string summary

    readonly property real plotLeft: 36
    readonly property real plotRight: width - 12
    readonly property real plotTop: 8
    readonly property real plotBottom: height - 24
    readonly property color lineColor: root.Material.accent
    readonly property color targetColor: root.Material.theme === Material.Dark ? "#ffb74d" : "#b45309"

    function xAt(f) { return root.plotLeft + f * (root.plotRight - root.plotLeft) }
    function yAt(f) { return root.plotBottom - f * (root.plotBottom - root.plotTop) }

    readonly property var line: {
        const result = []
        for (const p of root.points)
            result.push(Qt.point(root.xAt(p.x), root.yAt(p.y)))
        return result
    }
    // A dot per check-in: a zero-length stroke with round caps.
    readonly property var dots: {
        const result = []
        for (const p of root.line)
            result.push([p, Qt.point(p.x + 0.01, p.y)])
        return result
    }

    implicitHeight: 180
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Progress towards the target")
    Accessible.description: root.summary

    Shape {
        anchors.fill: parent

        ShapePath {
            strokeColor: Qt.rgba(root.Material.foreground.r, root.Material.foreground.g, root.Material.foreground.b, 0.25)
            strokeWidth: 1
            fillColor: "transparent"

            PathMultiline {
                paths: [[Qt.point(root.plotLeft, root.plotBottom), Qt.point(root.plotRight, root.plotBottom)],
                        [Qt.point(root.plotLeft, root.plotTop), Qt.point(root.plotLeft, root.plotBottom)]]
            }
        }
        // The target, dashed, so it reads as a line to reach rather than data.
        ShapePath {
            strokeColor: root.targetColor
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            dashPattern: [4, 3]
            fillColor: "transparent"

            PathMultiline {
                paths: [[Qt.point(root.plotLeft, root.yAt(root.targetY)), Qt.point(root.plotRight, root.yAt(root.targetY))]]
            }
        }
        ShapePath {
            strokeColor: root.lineColor
            strokeWidth: 3
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap

            PathPolyline {
                path: root.line
            }
        }
        ShapePath {
            strokeColor: root.lineColor
            strokeWidth: 10
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap

            PathMultiline {
                paths: root.dots
            }
        }
    }

    Label {
        y: root.yAt(1) - height / 2
        width: root.plotLeft - 6
        horizontalAlignment: Text.AlignRight
        text: root.topLabel
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.6
    }
    Label {
        y: root.yAt(0) - height / 2
        width: root.plotLeft - 6
        horizontalAlignment: Text.AlignRight
        text: "0"
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.6
    }
    Label {
        objectName: "targetCaption"
        x: root.plotRight - width
        y: root.yAt(root.targetY) - height - 2
        text: qsTr("target")
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        color: root.targetColor
    }
    Label {
        x: root.plotLeft
        y: root.plotBottom + 6
        text: root.firstLabel
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.7
    }
    Label {
        x: root.plotRight - width
        y: root.plotBottom + 6
        text: root.lastLabel
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.7
    }
}
