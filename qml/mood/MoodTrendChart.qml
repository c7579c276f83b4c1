import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Shapes
import Circle

// Weekly average mood as a line over the last weeks; a week without check-ins leaves a gap.
Item {
    id: root

    /** [{ label, average, count }], oldest week first; average -1 when the week has none. */
    property var weeks: []

    readonly property real plotLeft: 28
    readonly property real plotRight: width - 12
    readonly property real plotTop: 8
    readonly property real plotBottom: height - 24
    readonly property real stepX: root.weeks.length > 1 ? (root.plotRight - root.plotLeft) / (root.weeks.length - 1) : 0

    function xAt(i) { return root.plotLeft + i * root.stepX }
    function yAt(score) { return root.plotTop + (root.plotBottom - root.plotTop) * (1 - score / 10) }

    // Runs of consecutive weeks with check-ins; each run is drawn as one line.
    readonly property var runs: {
        const result = []
        let run = []
        for (let i = 0; i < root.weeks.length; ++i) {
            if (root.weeks[i].average >= 0) {
                run.push(Qt.point(root.xAt(i), root.yAt(root.weeks[i].average)))
            } else if (run.length > 0) {
                result.push(run)
                run = []
            }
        }
        if (run.length > 0)
            result.push(run)
        return result
    }
    // A dot per week with check-ins: a zero-length stroke with round caps.
    readonly property var dots: {
        const result = []
        for (let i = 0; i < root.weeks.length; ++i) {
            if (root.weeks[i].average >= 0) {
                const p = Qt.point(root.xAt(i), root.yAt(root.weeks[i].average))
                result.push([p, Qt.point(p.x + 0.01, p.y)])
            }
        }
        return result
    }
    readonly property var guides: {
        const result = []
        for (const v of [0, 5, 10])
            result.push([Qt.point(root.plotLeft, root.yAt(v)), Qt.point(root.plotRight, root.yAt(v))])
        return result
    }

    implicitHeight: 180
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Mood by week")

    Shape {
        anchors.fill: parent

        ShapePath {
            strokeColor: Qt.rgba(root.Material.foreground.r, root.Material.foreground.g, root.Material.foreground.b, 0.2)
            strokeWidth: 1
            fillColor: "transparent"

            PathMultiline {
                paths: root.guides
            }
        }
        ShapePath {
            strokeColor: root.Material.accent
            strokeWidth: 3
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap

            PathMultiline {
                paths: root.runs
            }
        }
        ShapePath {
            strokeColor: root.Material.accent
            strokeWidth: 10
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap

            PathMultiline {
                paths: root.dots
            }
        }
    }

    Label {
        y: root.yAt(10) - height / 2
        width: root.plotLeft - 6
        horizontalAlignment: Text.AlignRight
        text: "10"
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.6
    }
    Label {
        y: root.yAt(5) - height / 2
        width: root.plotLeft - 6
        horizontalAlignment: Text.AlignRight
        text: "5"
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
    // The first, a middle and the last week: enough to read the time axis on a narrow phone.
    Label {
        x: root.plotLeft
        y: root.plotBottom + 6
        text: root.weeks.length > 0 ? root.weeks[0].label : ""
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.7
    }
    Label {
        readonly property int middle: Math.floor(root.weeks.length / 2)

        x: root.xAt(middle) - width / 2
        y: root.plotBottom + 6
        text: root.weeks.length > 2 ? root.weeks[middle].label : ""
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.7
    }
    Label {
        x: root.plotRight - width
        y: root.plotBottom + 6
        text: root.weeks.length > 1 ? qsTr("This week") : ""
        font.pixelSize: Math.round(11 * SettingsModel.effectiveTextScale)
        opacity: 0.7
    }
}
