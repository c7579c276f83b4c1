#pragma once

#include <QString>

namespace circle {

/**
 * Where a group is in its life, in plain words for the Schedule page's header:
 * a group that meets a planned number of times gets started, works, and then
 * closes; an open-ended group is simply ongoing. Derived from the next
 * session's number and the group's planned count only, so it needs nothing
 * the clinic does not already publish.
 */
struct GroupStage
{
    QString name; // "Getting started"
    QString detail; // one sentence on what that part of a group is for
    QString progress; // "Session 4 of 12", or "Session 4" for an open-ended group

    /**
     * nextNumber: the next session's 1-based number, 0 when none is ahead;
     * lastNumber: the highest number so far (for a group whose sessions are over).
     */
    static GroupStage of(int nextNumber, int lastNumber, int plannedSessions, bool openGroup);
};

} // namespace circle
