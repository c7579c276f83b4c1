import QtQuick
import QtQuick.Controls
import Circle

// The patient's goals: the list, and above it, while open, a goal, its sharing, or the builder.
// The pages pushed here tell this page what they need through their signals,
// connected as they are pushed, so each page knows nothing of the others.
Page {
    id: root

    title: qsTr("Goals")

    /**
     * Opens a part of the goals by name, the app's --page goals/NAME: "new" the
     * builder; "detail" and "share" the first goal with a check-in (else the
     * first goal), and its sharing preview.
     */
    function openSubpage(name) {
        if (name === "new") {
            root.openBuilder("", StackView.Immediate)
            return
        }
        if (name !== "detail" && name !== "share")
            return
        GoalListModel.refresh()
        let goalId = ""
        for (let row = 0; row < GoalListModel.count; ++row) {
            const index = GoalListModel.index(row, 0)
            const rowId = GoalListModel.data(index, GoalListModel.IdRole)
            if (goalId === "")
                goalId = rowId
            if (GoalListModel.data(index, GoalListModel.ProgressRole) >= 0) {
                goalId = rowId
                break
            }
        }
        if (goalId === "")
            return
        root.openGoal(goalId, StackView.Immediate)
        if (name === "share")
            root.openSharing(goalId, StackView.Immediate)
    }

    /** Shows one goal with its check-ins and chart. */
    function openGoal(goalId, operation) {
        GoalDetailModel.load(goalId)
        const page = stack.push(detailComponent, {}, operation === undefined ? StackView.Transition : operation)
        root.wireDetail(page)
    }

    function wireDetail(page) {
        page.editRequested.connect(() => root.openBuilder(GoalDetailModel.goalId))
        page.shareRequested.connect(() => root.openSharing(GoalDetailModel.goalId))
        page.backRequested.connect(() => {
            GoalListModel.refresh()
            stack.pop()
        })
        page.removed.connect(() => {
            GoalListModel.refresh()
            stack.pop()
        })
    }

    /** The builder for a new goal (empty id) or for changing one. */
    function openBuilder(goalId, operation) {
        if (goalId === "")
            GoalBuilder.startNew()
        else if (!GoalBuilder.startEdit(goalId))
            return
        const page = stack.push(builderComponent, {}, operation === undefined ? StackView.Transition : operation)
        page.cancelled.connect(() => stack.pop())
        page.saved.connect(root.builderSaved)
    }

    /** A new goal opens in place of the builder; a changed one goes back to itself. */
    function builderSaved(goalId) {
        GoalListModel.refresh()
        GoalDetailModel.load(goalId)
        if (stack.depth > 2) {
            stack.pop()
        } else {
            const page = stack.replace(detailComponent)
            root.wireDetail(page)
        }
    }

    function openSharing(goalId, operation) {
        GoalSharePreview.load(goalId)
        const page = stack.push(shareComponent, {}, operation === undefined ? StackView.Transition : operation)
        page.backRequested.connect(() => {
            GoalDetailModel.refresh()
            stack.pop()
        })
    }

    onVisibleChanged: {
        if (root.visible && stack.depth === 1)
            GoalListModel.refresh()
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

        GoalDetailPage {}
    }

    Component {
        id: builderComponent

        GoalBuilderPage {}
    }

    Component {
        id: shareComponent

        GoalSharePage {}
    }
}
