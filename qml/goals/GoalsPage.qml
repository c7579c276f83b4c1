import QtQuick
import QtQuick.Controls
import Circle

// The patient's goals: the list, and above it, while open, a goal, its sharing, or the builder.
Page {
    id: root

    title: qsTr("Goals")

    /** Opens a part of the goals by name ("new"); the app's --page goals/NAME. */
    function openSubpage(name) {
        if (name === "new")
            root.openBuilder("", StackView.Immediate)
    }

    /** Shows one goal with its check-ins and chart. */
    function openGoal(goalId, operation) {
        GoalDetailModel.load(goalId)
        stack.push(detailComponent, {}, operation === undefined ? StackView.Transition : operation)
    }

    /** The builder for a new goal (empty id) or for changing one. */
    function openBuilder(goalId, operation) {
        if (goalId === "")
            GoalBuilder.startNew()
        else if (!GoalBuilder.startEdit(goalId))
            return
        stack.push(builderComponent, {}, operation === undefined ? StackView.Transition : operation)
    }

    function openSharing(goalId) {
        GoalSharePreview.load(goalId)
        stack.push(shareComponent)
    }

    onVisibleChanged: {
        if (root.visible && stack.depth === 1)
            GoalListModel.refresh()
    }

    // A saved goal: a new one opens in place of the builder, a changed one goes back to itself.
    Connections {
        target: GoalBuilder

        function onSaved(goalId) {
            GoalListModel.refresh()
            GoalDetailModel.load(goalId)
            if (stack.depth > 2)
                stack.pop()
            else
                stack.replace(detailComponent)
        }
    }

    StackView {
        id: stack

        objectName: "goalsStack"
        anchors.fill: parent
        initialItem: listPane
    }

    GoalListPane {
        id: listPane

        onGoalActivated: goalId => root.openGoal(goalId)
        onNewGoalRequested: root.openBuilder("")
    }

    Component {
        id: detailComponent

        GoalDetailPage {
            onEditRequested: root.openBuilder(GoalDetailModel.goalId)
            onShareRequested: root.openSharing(GoalDetailModel.goalId)
            onBackRequested: {
                GoalListModel.refresh()
                stack.pop()
            }
        }
    }

    Component {
        id: builderComponent

        GoalBuilderPage {
            onCancelled: stack.pop()
        }
    }

    Component {
        id: shareComponent

        GoalSharePage {
            onBackRequested: {
                GoalDetailModel.refresh()
                stack.pop()
            }
        }
    }
}
