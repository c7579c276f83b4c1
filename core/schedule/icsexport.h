#pragma once

#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace circle {

/**
 * "Add to calendar": a group's sessions as iCalendar (RFC 5545) text that
 * common calendar apps import. Written with libical.
 *
 * Every file carries a VTIMEZONE for each zone it uses, built from the same
 * time-zone data the app uses, and times are written as wall-clock times with
 * TZID, so a calendar shows the session where the group meets even after the
 * phone travels. UIDs come from record ids, so importing again updates rather
 * than duplicates. Summaries name the group and topic only: nothing about the
 * patient or other members. A calendar is often shared (a family or work
 * account), so callers pass a discreet title, which then replaces the group's
 * name and the topic in every event; an empty title keeps them.
 */
namespace ics {

/** One session; a cancelled one keeps its slot with STATUS:CANCELLED. */
QByteArray sessionCalendar(const v1::Group &group, const v1::GroupSession &session, qint64 stampMs,
    const QString &title = {});

/**
 * A group's sessions: the weekly pattern most of them follow (series::detect)
 * as one event with RRULE, with EXDATE for each slot that is cancelled or left
 * empty, and every other session (moved, extra, off the pattern) as an event of
 * its own. A session whose wall-clock start had to leave a daylight-saving gap
 * is written on its own too, so no calendar has to guess where it lands.
 */
QByteArray seriesCalendar(const v1::Group &group, const std::vector<v1::GroupSession> &sessions,
    qint64 stampMs, const QString &title = {});

/** UIDs, exposed so tests and the Schedule page can find an event again. */
QString sessionUid(const v1::GroupSession &session);
QString seriesUid(const v1::Group &group);

/** Writes a calendar atomically (the old file stays until the new one is complete). */
Result<void> writeFile(const QString &path, const QByteArray &calendar);

/** What a calendar holds, as libical's parser reads it back. */
struct CalendarFacts
{
    int events = 0;
    int recurring = 0; // events with an RRULE
    int excluded = 0; // EXDATE values over all events
    int cancelled = 0; // events with STATUS:CANCELLED
    QStringList uids;
    QStringList timeZones; // TZIDs of the VTIMEZONE components
};

/**
 * Reads a calendar with libical's parser, as a calendar app would. The
 * Schedule page checks every file this way before offering it, so a file that
 * would not import is reported instead of handed on.
 */
Result<CalendarFacts> readBack(const QByteArray &calendar);

} // namespace ics

} // namespace circle
