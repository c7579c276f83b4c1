#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace circle {

class Clock;

enum class ReminderKind {
    Session, // before a group session
    HomeworkEvening, // the evening before homework is due
    HomeworkMorning, // the morning of the day it is due
    Practice, // the patient's daily practice (journal, gratitude)
    SessionSkipped, // a kind note on a session the patient said they can't attend
};

/** One notification to deliver at dueMs. Its text never carries what the patient wrote. */
struct Reminder
{
    /**
     * Stable across re-planning: made from the record id, the time it reminds of
     * and the slot, so a delivered reminder is recognised after a restart, and a
     * moved session or due date yields a new one.
     */
    QString id;
    /** The id it was planned under; differs from id only for a snoozed reminder. */
    QString baseId;
    qint64 dueMs = 0;
    ReminderKind kind = ReminderKind::Practice;
    /** Always the generic line, safe on a lock screen. */
    QString genericText;
    /** "Group session at 18:00"; empty unless the patient opted into detail. */
    QString detailText;
    /** The session or assignment it is about; empty for daily practice. */
    QString relatedId;
    /** The session start or homework due time; 0 for daily practice. */
    qint64 eventMs = 0;
    bool snoozed = false;

    QString displayText() const { return detailText.isEmpty() ? genericText : detailText; }
};

/** A delivered reminder the patient pushed back; the app keeps these (ReminderLog). */
struct SnoozedReminder
{
    QString reminderId; // Reminder::id or Reminder::baseId: snoozing a snoozed one is fine
    qint64 untilMs = 0;
};

enum class SnoozeChoice { TenMinutes, OneHour, Tonight };

/** Everything the planner reads. Records may include tombstones; they are skipped. */
struct ReminderInputs
{
    std::vector<v1::GroupSession> sessions;
    std::vector<v1::Rsvp> rsvps;
    std::vector<v1::HomeworkAssignment> assignments;
    std::vector<v1::HomeworkResponse> responses;
    v1::ReminderPreferences preferences;
    std::vector<SnoozedReminder> snoozes;
    /** Ids (Reminder::id) already shown on this device. */
    QSet<QString> delivered;
};

/**
 * Decides which reminders to deliver, and when, from the schedule, homework,
 * preferences and "now". Pure: no timers, no store, no OS; the platform
 * Notifier delivers what it returns, and the app re-plans whenever the inputs,
 * the phone's time zone or the day change, and after a restart.
 *
 * Time: a session is fixed in its group's zone (its stored UTC instant is the
 * truth), while homework times, daily practice, quiet hours and the daily cap
 * follow the phone's current zone: they are about the patient's own day.
 *
 * Rules, in the order they apply:
 * 1. Sessions: one reminder per lead before the start, the leads being the
 *    group's own (group_leads) when the patient set them, else
 *    session_lead_minutes; none for a cancelled session. For one the patient
 *    answered "not attending", nothing, or with note_when_not_attending a single
 *    kind note at the group's shortest lead (an hour when it has none). Homework: at
 *    19:00 the evening before the due day and 08:00 on it, each only if still
 *    before the due time; none once a response marks it done or when
 *    homework_reminders is off. Practice: practice_minute_of_day on
 *    practice_weekdays (-1 or no weekdays: off).
 * 2. Quiet hours (quiet_start_minute..quiet_end_minute, may wrap midnight;
 *    -1 or equal ends: off): a reminder inside them moves to their end. It is
 *    dropped when that is no longer before what it reminds of, or not before the
 *    next reminder for the same thing: a late "tomorrow" message is noise.
 * 3. Daily cap (0: no cap): per local day, sessions first, then homework, then
 *    practice, earlier first within each. Applied to the whole day regardless
 *    of "now", so re-planning at noon keeps the morning's choices.
 * 4. Snoozes replace their reminder with one at the chosen time (a new id, so
 *    it is delivered once too). They ignore quiet hours and the cap, because the
 *    patient picked the time; they vanish with their reason (cancelled, done).
 * 5. Text: genericText always; detailText only with detail_on_lock_screen, and
 *    then a kind and a time in the phone's zone (what the patient's clock
 *    shows), never a topic, place, title or anything the patient wrote.
 * 6. Out: not delivered yet, due between now - lateGrace (a phone that was off
 *    a few minutes still says it, while what it reminds of lies ahead) and
 *    now + horizon, sorted by due time.
 */
class ReminderPlanner
{
    // The notification text is translated with the app's strings (qml/i18n).
    Q_DECLARE_TR_FUNCTIONS(ReminderPlanner)

public:
    static constexpr int EveningBeforeMinute = 19 * 60;
    static constexpr int MorningOfMinute = 8 * 60;
    static constexpr int TonightMinute = 20 * 60;

    ReminderPlanner(const Clock &clock, const QTimeZone &phoneZone);

    /** The phone's zone now; the app sets it again when the phone travels. */
    void setPhoneZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone phoneZone() const { return m_zone; }
    /** Day and weekday names in detail text. */
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setHorizonDays(int days) { m_horizonDays = days; }
    void setLateGraceMs(qint64 ms) { m_lateGraceMs = ms; }

    std::vector<Reminder> plan(const ReminderInputs &inputs) const;

    /**
     * When a snooze ends: 10 minutes or an hour from now, or "tonight" at 20:00
     * local. Tonight becomes an hour from now when 20:00 is less than 30 minutes
     * away or past, and moves to before quiet hours when they start earlier.
     */
    qint64 snoozeUntil(SnoozeChoice choice, const v1::ReminderPreferences &preferences) const;

    /** The id a reminder was planned under, also when given a snoozed reminder's id. */
    static QString baseIdOf(const QString &reminderId);

    /** What applies before the patient has saved preferences: 24 h and 1 h before sessions. */
    static v1::ReminderPreferences defaultPreferences();

private:
    struct Candidate;
    std::vector<Candidate> candidates(const ReminderInputs &inputs, qint64 nowMs) const;
    void applyQuietHours(std::vector<Candidate> &all, const v1::ReminderPreferences &p) const;
    void applyCap(std::vector<Candidate> &all, int cap, qint64 nowMs) const;
    QString detailFor(const Candidate &c) const;

    const Clock &m_clock;
    QTimeZone m_zone;
    QLocale m_locale;
    int m_horizonDays = 7;
    qint64 m_lateGraceMs = 15 * 60 * 1000;
};

} // namespace circle
