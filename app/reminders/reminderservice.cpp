#include "reminderservice.h"

#include "clock.h"
#include "repository.h"
#include "schedule/reminderlog.h"
#include "store.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReminders, "circle.reminders")

namespace circle {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;
// Far enough back for a session still running and a reminder shown late.
constexpr qint64 LookBackMs = 2 * DayMs;
// The log keeps what was shown for a while after it stops mattering, then forgets it.
constexpr qint64 KeepLogMs = 30 * DayMs;

/** Logs a failed read or write by its message, which never holds record content. */
template<typename T> bool check(const Result<T> &result, const char *what)
{
    if (result)
        return true;
    qCWarning(lcReminders) << what << result.error().message;
    return false;
}

} // namespace

ReminderService::ReminderService(
    Store &store, Notifier &notifier, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_planner(clock, QTimeZone::systemTimeZone())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::replan);
    m_replanSoon.setSingleShot(true);
    m_replanSoon.setInterval(0);
    connect(&m_replanSoon, &QTimer::timeout, this, &ReminderService::replan);
    connect(&m_notifier, &Notifier::shown, this, &ReminderService::onShown);
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderService::onAction);
    connect(&m_notifier, &Notifier::failed, this, &ReminderService::onFailed);
}

void ReminderService::setPhoneZone(const QTimeZone &zone)
{
    m_planner.setPhoneZone(zone);
    if (m_started)
        replan();
}

void ReminderService::start()
{
    m_started = true;
    check(ReminderLog(m_store).prune(m_clock.nowMs() - KeepLogMs),
        "Could not prune the reminder log:");
    replan();
}

QString ReminderService::pageFor(const QString &reminderId)
{
    if (reminderId.startsWith(u"session:") || reminderId.startsWith(u"skipped:"))
        return u"schedule"_s;
    if (reminderId.startsWith(u"homework:"))
        return u"more/homework"_s;
    return u"journal"_s;
}

v1::ReminderPreferences ReminderService::preferences() const
{
    // One record per patient; should two devices each have made one before
    // syncing, the one changed last speaks.
    auto stored = Repository<v1::ReminderPreferences>(m_store).list({ 1, std::nullopt, false });
    if (check(stored, "Could not read reminder preferences:") && !stored.value().items.empty())
        return stored.value().items.front();
    return ReminderPlanner::defaultPreferences();
}

void ReminderService::requestReplan()
{
    if (m_started && !m_replanSoon.isActive())
        m_replanSoon.start();
}

void ReminderService::replan()
{
    if (!m_started)
        return;
    m_replanSoon.stop(); // this plan already answers a pending request
    const qint64 now = m_clock.nowMs();
    ReminderInputs in;
    in.preferences = preferences();
    // A little past the planner's horizon, so a homework evening before is not cut off.
    const qint64 until = now + 9 * DayMs;

    auto sessions = Repository<v1::GroupSession>(m_store).listBetween(
        now - LookBackMs, until, SortOrder::Ascending);
    if (check(sessions, "Could not read sessions:")) {
        in.sessions = std::move(sessions.value());
        for (const auto &s : in.sessions) {
            auto answers = Repository<v1::Rsvp>(m_store).listByParent(qs(s.meta().id()));
            if (check(answers, "Could not read RSVPs:"))
                in.rsvps.insert(in.rsvps.end(), answers.value().begin(), answers.value().end());
        }
    }
    auto assignments = Repository<v1::HomeworkAssignment>(m_store).listBetween(
        now - LookBackMs, until, SortOrder::Ascending);
    if (check(assignments, "Could not read homework:")) {
        in.assignments = std::move(assignments.value());
        for (const auto &a : in.assignments) {
            auto responses
                = Repository<v1::HomeworkResponse>(m_store).listByParent(qs(a.meta().id()));
            if (check(responses, "Could not read homework responses:"))
                in.responses.insert(
                    in.responses.end(), responses.value().begin(), responses.value().end());
        }
    }

    ReminderLog log(m_store);
    auto snoozes = log.snoozes();
    if (check(snoozes, "Could not read snoozes:"))
        in.snoozes = std::move(snoozes.value());
    auto delivered = log.delivered(now - LookBackMs);
    if (!check(delivered, "Could not read shown reminders:")) {
        // Without the log nothing is known to be new: better silent than repeated.
        m_planned.clear();
        m_timer.stop();
        m_nextWakeMs = 0;
        return;
    }
    in.delivered = std::move(delivered.value());
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        in.delivered.insert(it.key());
    in.delivered.unite(m_refused);

    m_planned = m_planner.plan(in);
    Q_EMIT replanned(int(m_planned.size()));
    deliverDue();
}

void ReminderService::deliverDue()
{
    const qint64 now = m_clock.nowMs();
    const auto due = std::partition(
        m_planned.begin(), m_planned.end(), [now](const Reminder &r) { return r.dueMs <= now; });
    std::vector<Reminder> toShow(m_planned.begin(), due);
    m_planned.erase(m_planned.begin(), due);
    for (const Reminder &r : toShow) {
        m_inFlight.insert(r.id, r);
        // Only the lock-screen-safe text leaves the app (see ReminderPlanner, rule 5).
        m_notifier.show({ r.id, now, tr("Circle"), r.displayText() });
    }
    std::sort(m_planned.begin(), m_planned.end(),
        [](const Reminder &a, const Reminder &b) { return a.dueMs < b.dueMs; });
    arm();
}

void ReminderService::arm()
{
    const qint64 now = m_clock.nowMs();
    qint64 wake = now + MaxSleepMs;
    if (!m_planned.empty())
        wake = std::min(wake, m_planned.front().dueMs);
    m_nextWakeMs = wake;
    m_timer.start(int(std::clamp<qint64>(wake - now, 0, MaxSleepMs)));
}

void ReminderService::onShown(const QString &key, qint64)
{
    const auto it = m_inFlight.constFind(key);
    if (it == m_inFlight.cend())
        return; // shown for someone else, or already recorded
    const Reminder reminder = it.value();
    if (!check(ReminderLog(m_store).markDelivered(reminder, m_clock.nowMs()),
            "Could not record a shown reminder:"))
        m_refused.insert(key); // not in the log: at least this run does not repeat it
    m_inFlight.remove(key);
    Q_EMIT delivered(key);
    replan();
}

void ReminderService::onAction(const QString &key, Notifier::Action action)
{
    SnoozeChoice choice = SnoozeChoice::TenMinutes;
    switch (action) {
    case Notifier::Action::Open:
        Q_EMIT openRequested(pageFor(key));
        return;
    case Notifier::Action::Snooze10Minutes:
        choice = SnoozeChoice::TenMinutes;
        break;
    case Notifier::Action::Snooze1Hour:
        choice = SnoozeChoice::OneHour;
        break;
    case Notifier::Action::SnoozeTonight:
        choice = SnoozeChoice::Tonight;
        break;
    }
    const qint64 until = m_planner.snoozeUntil(choice, preferences());
    if (check(ReminderLog(m_store).snooze(key, until), "Could not record a snooze:"))
        replan();
}

void ReminderService::onFailed(const QString &key, const QString &reason)
{
    // The reason comes from the notifier and never holds the reminder's text.
    qCWarning(lcReminders) << "A reminder could not be shown:" << reason;
    if (m_inFlight.remove(key) > 0)
        m_refused.insert(key);
}

} // namespace circle
