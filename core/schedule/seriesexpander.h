#pragma once

#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace circle {

class Store;

/**
 * A weekly series as a clinic states it: "Tuesdays 18:00-19:30 for 12 weeks in
 * America/New_York". The wall-clock time holds in the group's zone all year, so
 * the UTC instants move by an hour across daylight-saving changes.
 */
struct SeriesSpec
{
    QString groupId;
    QByteArray timeZone; // IANA id, e.g. "America/New_York"
    QDate firstDate; // the first session's day; its weekday is the series' weekday
    QTime startTime; // wall clock in timeZone
    int durationMinutes = 90;
    int count = 12;
    int intervalWeeks = 1;
    QString place;
    QString videoLink;
    QStringList topics; // topics[i] is session i+1's topic; a short list leaves the rest empty
};

/**
 * What a list of stored sessions says about their weekly pattern: the inverse of
 * expandSeries(), used to write one recurring calendar event instead of many.
 * A slot is on the series when a non-moved session starts at exactly the
 * pattern's wall-clock time in its zone and lasts the pattern's length.
 */
struct DetectedSeries
{
    QByteArray timeZone;
    QDate firstDate;
    QTime startTime;
    int durationMinutes = 0;
    int intervalWeeks = 1;
    int count = 0;
    /** Per slot, the index in the input of the session on it, or -1 for an empty slot. */
    std::vector<int> slotSession;

    QDate slotDate(int slot) const { return firstDate.addDays(qint64(slot) * 7 * intervalWeeks); }
};

/**
 * Pure functions that build and change a group's sessions as records. Numbers
 * are 1-based positions in time order; a cancelled session keeps its number
 * (its slot still happened on the calendar), and an extra session takes its
 * place in the order, so the sessions after it move up by one (renumber()).
 * Sessions come back without ids; putSessions() stores them as clinic data.
 */
namespace series {

/** The sessions of a series, numbered from 1, in the spec's zone. */
Result<std::vector<v1::GroupSession>> expand(const SeriesSpec &spec);

/**
 * The session at a new day and wall-clock time in its own zone, marked moved.
 * durationMinutes < 0 keeps its length. Id and number stay.
 */
v1::GroupSession moved(v1::GroupSession session, QDate day, QTime start, int durationMinutes = -1);

/** The session marked cancelled; it keeps its slot, number and times. */
v1::GroupSession cancelled(v1::GroupSession session);

/**
 * A one-off session of the same group, zone, place and link as `like`, with no
 * id and number 0 until renumber() places it.
 */
v1::GroupSession extra(const v1::GroupSession &like, QDate day, QTime start, int durationMinutes,
    const QString &topic);

/**
 * Numbers live sessions 1..n by start time (ties by id) and returns those whose
 * number changed, so only they need storing again.
 */
std::vector<v1::GroupSession> renumber(std::vector<v1::GroupSession> &sessions);

/** The weekly pattern most of the sessions follow; empty when fewer than two do. */
std::optional<DetectedSeries> detect(const std::vector<v1::GroupSession> &sessions);

/**
 * Stores sessions through Repository::putFromClinic in one transaction (they are
 * clinic-authored): for circlectl and the demo until sync delivers them.
 */
Result<std::vector<v1::GroupSession>> putSessions(
    Store &store, const std::vector<v1::GroupSession> &sessions);

} // namespace series

} // namespace circle
