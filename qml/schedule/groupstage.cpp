#include "groupstage.h"

#include <QCoreApplication>

#include <algorithm>

namespace circle {

namespace {

// The context lupdate gives these strings: the qualified name they are written in.
QString tr(const char *text)
{
    return QCoreApplication::translate("circle::GroupStage", text);
}

} // namespace

GroupStage GroupStage::of(int nextNumber, int lastNumber, int plannedSessions, bool openGroup)
{
    GroupStage stage;
    if (plannedSessions <= 0) {
        // Open-ended: no beginning or end to speak of, only the count so far.
        stage.name = tr("Ongoing group");
        stage.detail = openGroup
            ? tr("New members can join at any time, so every session welcomes someone.")
            : tr("The group meets without a set number of sessions.");
        if (nextNumber > 0)
            stage.progress = tr("Session %1").arg(nextNumber);
        return stage;
    }
    if (nextNumber <= 0) {
        if (lastNumber >= plannedSessions) {
            stage.name = tr("Completed");
            stage.detail = tr("All planned sessions of this group are over.");
            stage.progress = tr("%1 sessions in all").arg(plannedSessions);
        }
        return stage;
    }
    stage.progress = tr("Session %1 of %2").arg(nextNumber).arg(plannedSessions);
    // The first quarter (at least two sessions) to settle in, the last two to close.
    const int opening = std::max(2, plannedSessions / 4);
    if (nextNumber > plannedSessions - 2 && plannedSessions > opening + 1) {
        stage.name = tr("Closing sessions");
        stage.detail
            = tr("A time to look back on what changed and plan what comes after the group.");
    } else if (nextNumber <= opening) {
        stage.name = tr("Getting started");
        stage.detail = tr("Members get to know each other and the group's agreement.");
    } else {
        stage.name = tr("Working together");
        stage.detail
            = tr("The middle of the group: practising skills and giving each other feedback.");
    }
    return stage;
}

} // namespace circle
