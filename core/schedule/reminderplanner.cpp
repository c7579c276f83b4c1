#include "reminderplanner.h"

#include "clock.h"
#include "localtime.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

// Planned ids are made of UUIDs, numbers, ISO dates and words, never this.
constexpr QChar SnoozeSeparator = u'~';

} // namespace

struct ReminderPlanner::Candidate
{
    Reminder r;
    int priority = 0; // lower survives the daily cap first
    QString subject; // reminders about the same thing share it
    qint64 plannedMs = 0; // before quiet hours moved it
    qint64 eventEndMs = 0;
};

ReminderPlanner::ReminderPlanner(const Clock &clock, const QTimeZone &phoneZone)
    : m_clock(clock)
    , m_zone(phoneZone)
{
}

QString ReminderPlanner::baseIdOf(const QString &reminderId)
{
    return reminderId.section(SnoozeSeparator, 0, 0);
}

v1::ReminderPreferences ReminderPlanner::defaultPreferences()
{
    v1::ReminderPreferences p;
    p.add_session_lead_minutes(24 * 60);
    p.add_session_lead_minutes(60);
    p.set_homework_reminders(true);
    p.set_practice_minute_of_day(-1);
    p.set_quiet_start_minute(-1);
    p.set_quiet_end_minute(-1);
    p.set_daily_cap(0);
    p.set_detail_on_lock_screen(false);
    return p;
}

std::vector<ReminderPlanner::Candidate> ReminderPlanner::candidates(
    const ReminderInputs &in, qint64 nowMs) const
{
    const v1::ReminderPreferences &p = in.preferences;
    std::vector<Candidate> out;
    const auto add = [&out](ReminderKind kind, QString id, qint64 due, QString related,
                         qint64 eventMs, qint64 eventEndMs, int priority, QString subject) {
        Candidate c;
        c.r.id = id;
        c.r.baseId = std::move(id);
        c.r.dueMs = due;
        c.r.kind = kind;
        c.r.relatedId = std::move(related);
        c.r.eventMs = eventMs;
        c.plannedMs = due;
        c.eventEndMs = eventEndMs;
        c.priority = priority;
        c.subject = std::move(subject);
        out.push_back(std::move(c));
    };

    // The latest answer per session counts; a withdrawn one (tombstone) is no answer.
    std::map<std::string, const v1::Rsvp *> latestRsvp;
    for (const auto &r : in.rsvps) {
        auto &slot = latestRsvp[r.session_id()];
        if (!slot
            || std::make_tuple(slot->meta().hlc(), slot->meta().updated_ms())
                < std::make_tuple(r.meta().hlc(), r.meta().updated_ms()))
            slot = &r;
    }
    // Positive leads, shortest first, without repeats.
    const auto cleanLeads = [](const auto &minutes) {
        std::vector<int> leads;
        std::copy_if(minutes.begin(), minutes.end(), std::back_inserter(leads),
            [](int lead) { return lead > 0; });
        std::sort(leads.begin(), leads.end());
        leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
        return leads;
    };
    const std::vector<int> usualLeads = cleanLeads(p.session_lead_minutes());
    std::map<std::string, std::vector<int>> groupLeads;
    for (const auto &g : p.group_leads())
        groupLeads[g.group_id()] = cleanLeads(g.lead_minutes());
    for (const auto &s : in.sessions) {
        if (s.meta().deleted() || s.status() == v1::SESSION_STATUS_CANCELLED)
            continue;
        const auto own = groupLeads.find(s.group_id());
        const std::vector<int> &leads = own != groupLeads.end() ? own->second : usualLeads;
        const QString sid = qs(s.meta().id());
        const auto answer = latestRsvp.find(s.meta().id());
        if (answer != latestRsvp.end() && !answer->second->meta().deleted()
            && answer->second->response() == v1::RSVP_RESPONSE_NOT_ATTENDING) {
            if (p.note_when_not_attending()) {
                const int lead = leads.empty() ? 60 : leads.front();
                add(ReminderKind::SessionSkipped, u"skipped:%1:%2"_s.arg(sid).arg(s.start_ms()),
                    s.start_ms() - lead * MinuteMs, sid, s.start_ms(), s.end_ms(), 0, sid);
            }
            continue;
        }
        for (int lead : leads)
            add(ReminderKind::Session, u"session:%1:%2:%3"_s.arg(sid).arg(s.start_ms()).arg(lead),
                s.start_ms() - lead * MinuteMs, sid, s.start_ms(), s.end_ms(), 0, sid);
    }

    if (p.homework_reminders()) {
        std::set<std::string> done;
        for (const auto &r : in.responses)
            if (!r.meta().deleted() && r.done())
                done.insert(r.assignment_id());
        for (const auto &a : in.assignments) {
            if (a.meta().deleted() || done.count(a.meta().id()) > 0 || a.due_ms() <= 0)
                continue;
            const QString aid = qs(a.meta().id());
            const QDate dueDay = localDate(a.due_ms(), m_zone);
            const qint64 evening = localMinuteToMs(dueDay.addDays(-1), EveningBeforeMinute, m_zone);
            const qint64 morning = localMinuteToMs(dueDay, MorningOfMinute, m_zone);
            if (evening < a.due_ms())
                add(ReminderKind::HomeworkEvening,
                    u"homework:%1:%2:evening"_s.arg(aid).arg(a.due_ms()), evening, aid, a.due_ms(),
                    a.due_ms(), 1, aid);
            if (morning < a.due_ms())
                add(ReminderKind::HomeworkMorning,
                    u"homework:%1:%2:morning"_s.arg(aid).arg(a.due_ms()), morning, aid, a.due_ms(),
                    a.due_ms(), 1, aid);
        }
    }

    const int minute = p.practice_minute_of_day();
    if (minute >= 0 && minute < 24 * 60) {
        const QSet<int> weekdays(p.practice_weekdays().begin(), p.practice_weekdays().end());
        const QDate today = localDate(nowMs, m_zone);
        // From yesterday, so a practice reminder snoozed past midnight still has its base.
        for (QDate day = today.addDays(-1); day <= today.addDays(m_horizonDays);
             day = day.addDays(1)) {
            if (!weekdays.contains(day.dayOfWeek()))
                continue;
            // Keyed by the local day: after a flight the same day's practice is
            // not repeated, and each day has one.
            const QString id = u"practice:%1"_s.arg(day.toString(Qt::ISODate));
            add(ReminderKind::Practice, id, localMinuteToMs(day, minute, m_zone), QString(), 0, 0,
                2, id);
        }
    }
    return out;
}

void ReminderPlanner::applyQuietHours(
    std::vector<Candidate> &all, const v1::ReminderPreferences &p) const
{
    const int start = p.quiet_start_minute();
    const int end = p.quiet_end_minute();
    if (start < 0 || end < 0 || start == end)
        return;
    for (auto &c : all) {
        const int m = localMinuteOfDay(c.r.dueMs, m_zone);
        const QDate day = localDate(c.r.dueMs, m_zone);
        if (start < end) {
            if (m >= start && m < end)
                c.r.dueMs = localMinuteToMs(day, end, m_zone);
        } else if (m >= start) {
            c.r.dueMs = localMinuteToMs(day.addDays(1), end, m_zone);
        } else if (m < end) {
            c.r.dueMs = localMinuteToMs(day, end, m_zone);
        }
    }
    // Per subject, latest planned first: drop a moved reminder that no longer
    // comes before its event or before the next reminder about the same thing.
    std::sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.subject, b.plannedMs) < std::tie(b.subject, a.plannedMs);
    });
    std::vector<Candidate> kept;
    kept.reserve(all.size());
    const QString *subject = nullptr;
    qint64 nextDue = 0;
    for (auto &c : all) {
        if (!subject || *subject != c.subject)
            nextDue = std::numeric_limits<qint64>::max();
        subject = &c.subject;
        const bool late = c.r.eventMs > 0 && c.r.dueMs >= c.r.eventMs;
        if (late || c.r.dueMs >= nextDue)
            continue;
        nextDue = c.r.dueMs;
        kept.push_back(std::move(c));
    }
    all = std::move(kept);
}

void ReminderPlanner::applyCap(std::vector<Candidate> &all, int cap, qint64 nowMs) const
{
    const QDate today = localDate(nowMs, m_zone);
    std::erase_if(all, [&](const Candidate &c) { return localDate(c.r.dueMs, m_zone) < today; });
    if (cap <= 0)
        return;
    std::sort(all.begin(), all.end(), [this](const Candidate &a, const Candidate &b) {
        return std::make_tuple(localDate(a.r.dueMs, m_zone), a.priority, a.r.dueMs, a.r.id)
            < std::make_tuple(localDate(b.r.dueMs, m_zone), b.priority, b.r.dueMs, b.r.id);
    });
    QHash<QDate, int> perDay;
    std::vector<Candidate> kept;
    for (auto &c : all)
        if (++perDay[localDate(c.r.dueMs, m_zone)] <= cap)
            kept.push_back(std::move(c));
    all = std::move(kept);
}

QString ReminderPlanner::detailFor(const Candidate &c) const
{
    if (c.r.kind == ReminderKind::Practice)
        return tr("Time for your daily practice");
    const QDateTime event = QDateTime::fromMSecsSinceEpoch(c.r.eventMs, m_zone);
    const QString time = m_locale.toString(event.time(), QLocale::ShortFormat);
    const qint64 days = localDate(c.r.dueMs, m_zone).daysTo(event.date());
    if (c.r.kind == ReminderKind::SessionSkipped) {
        // Never "you missed": the patient told the group, which is what the group asks.
        if (days <= 0)
            return tr("Your group meets today at %1. You let them know you can't come, and you "
                      "are still part of it.")
                .arg(time);
        if (days == 1)
            return tr("Your group meets tomorrow at %1. You let them know you can't come, and "
                      "you are still part of it.")
                .arg(time);
        return tr("Your group meets on %1. You let them know you can't come, and you are still "
                  "part of it.")
            .arg(m_locale.toString(event.date(), QLocale::ShortFormat));
    }
    const bool session = c.r.kind == ReminderKind::Session;
    if (days <= 0)
        return (session ? tr("Group session at %1") : tr("Homework due today at %1")).arg(time);
    if (days == 1)
        return (session ? tr("Group session tomorrow at %1") : tr("Homework due tomorrow at %1"))
            .arg(time);
    const QString day = days < 7 ? m_locale.dayName(event.date().dayOfWeek())
                                 : m_locale.toString(event.date(), QLocale::ShortFormat);
    return (session ? tr("Group session on %1 at %2") : tr("Homework due on %1 at %2"))
        .arg(day, time);
}

std::vector<Reminder> ReminderPlanner::plan(const ReminderInputs &in) const
{
    const qint64 now = m_clock.nowMs();
    std::vector<Candidate> all = candidates(in, now);

    // Snoozes refer to reminders as first planned, before quiet hours or the cap.
    std::vector<Candidate> snoozed;
    QSet<QString> snoozedBases;
    for (const auto &s : in.snoozes) {
        const QString baseId = ReminderPlanner::baseIdOf(s.reminderId);
        const auto base = std::find_if(
            all.begin(), all.end(), [&baseId](const Candidate &c) { return c.r.id == baseId; });
        if (base == all.end())
            continue; // its reason is gone: cancelled, done, answered "not attending"
        snoozedBases.insert(baseId);
        std::erase_if(snoozed, [&baseId](const Candidate &o) { return o.r.baseId == baseId; });
        const bool aboutSession
            = base->r.kind == ReminderKind::Session || base->r.kind == ReminderKind::SessionSkipped;
        if (aboutSession && s.untilMs >= base->eventEndMs)
            continue;
        Candidate c = *base;
        c.r.id = baseId + SnoozeSeparator + QString::number(s.untilMs);
        c.r.dueMs = s.untilMs;
        c.r.snoozed = true;
        snoozed.push_back(std::move(c));
    }

    applyQuietHours(all, in.preferences);
    applyCap(all, in.preferences.daily_cap(), now);
    std::erase_if(all, [&](const Candidate &c) { return snoozedBases.contains(c.r.id); });
    all.insert(all.end(), snoozed.begin(), snoozed.end());

    std::vector<Reminder> out;
    for (auto &c : all) {
        const bool tooLate = c.r.dueMs < now
            && (c.r.dueMs < now - m_lateGraceMs || (c.r.eventMs > 0 && now >= c.r.eventMs));
        if (tooLate || c.r.dueMs > now + m_horizonDays * DayMs || in.delivered.contains(c.r.id))
            continue;
        c.r.genericText = tr("Circle: you have a reminder");
        if (in.preferences.detail_on_lock_screen())
            c.r.detailText = detailFor(c);
        out.push_back(std::move(c.r));
    }
    std::sort(out.begin(), out.end(), [](const Reminder &a, const Reminder &b) {
        return std::tie(a.dueMs, a.id) < std::tie(b.dueMs, b.id);
    });
    return out;
}

qint64 ReminderPlanner::snoozeUntil(
    SnoozeChoice choice, const v1::ReminderPreferences &preferences) const
{
    const qint64 now = m_clock.nowMs();
    switch (choice) {
    case SnoozeChoice::TenMinutes:
        return now + 10 * MinuteMs;
    case SnoozeChoice::OneHour:
        return now + 60 * MinuteMs;
    case SnoozeChoice::Tonight:
        break;
    }
    int minute = TonightMinute;
    const int quietStart = preferences.quiet_start_minute();
    const int quietEnd = preferences.quiet_end_minute();
    if (quietStart >= 0 && quietEnd >= 0 && quietStart != quietEnd) {
        const bool quiet = quietStart < quietEnd ? (minute >= quietStart && minute < quietEnd)
                                                 : (minute >= quietStart || minute < quietEnd);
        if (quiet)
            minute = std::max(0, quietStart - 30);
    }
    const qint64 tonight = localMinuteToMs(localDate(now, m_zone), minute, m_zone);
    return tonight - now >= 30 * MinuteMs ? tonight : now + 60 * MinuteMs;
}

} // namespace circle
