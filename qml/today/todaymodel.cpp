#include "todaymodel.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "repository.h"
#include "schedule/sessiontext.h"
#include "store.h"

#include <QLoggingCategory>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcToday, "circle.today")

namespace circle {

namespace {

// A session that started less than this long ago may still be running, so it is
// looked at too: someone opening the app at ten past six wants the room of the
// six o'clock session, not next week's.
constexpr qint64 LongestSessionMs = 12 * 60 * 60 * 1000LL;

// Enough to step over a run of cancelled sessions; a group never has this many
// cancellations in a row ahead of it.
constexpr int SessionLookahead = 100;

} // namespace

TodayModel::TodayModel(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void TodayModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    refresh();
}

void TodayModel::refresh()
{
    const qint64 nowMs = m_clock.nowMs();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, m_timeZone);

    State state;
    state.greeting = greetingFor(now.time());
    state.dateLabel = TimeFormat::dayAndMonth(now.date());
    readNextSession(state, nowMs);
    readCounts(state, nowMs);

    if (state == m_state)
        return;
    m_state = std::move(state);
    Q_EMIT changed();
}

void TodayModel::readNextSession(State &state, qint64 nowMs) const
{
    auto sessions = Repository<v1::GroupSession>(m_store).listBetween(nowMs - LongestSessionMs,
        std::numeric_limits<qint64>::max(), SortOrder::Ascending, SessionLookahead);
    if (!sessions) {
        // Only the store's own message: it names the failure, never record content.
        qCWarning(lcToday) << "Could not read sessions:" << sessions.error().message;
        state.error = tr("Your schedule could not be read.");
        return;
    }
    const v1::GroupSession *next = nullptr;
    for (const auto &session : sessions.value()) {
        if (session.status() != v1::SESSION_STATUS_CANCELLED && session.end_ms() > nowMs) {
            next = &session;
            break;
        }
    }
    if (!next)
        return;

    state.hasNextSession = true;
    state.sessionTopic = qs(next->topic());
    auto group = Repository<v1::Group>(m_store).get(qs(next->group_id()));
    if (group)
        state.sessionGroupName = qs(group.value().name());
    state.sessionTitle = !state.sessionTopic.isEmpty() ? state.sessionTopic
        : !state.sessionGroupName.isEmpty()            ? state.sessionGroupName
                                                       : tr("Group session");
    state.sessionStart = QDateTime::fromMSecsSinceEpoch(next->start_ms(), m_timeZone);
    state.sessionEnd = QDateTime::fromMSecsSinceEpoch(next->end_ms(), m_timeZone);
    state.sessionInProgress = next->start_ms() <= nowMs;
    state.sessionMoved = next->status() == v1::SESSION_STATUS_MOVED;
    state.sessionPlace = qs(next->place());
    if (state.sessionPlace.isEmpty() && !next->video_link().empty())
        state.sessionPlace = tr("Online");
    state.sessionWhen = SessionText::when(
        state.sessionStart, state.sessionEnd, QDateTime::fromMSecsSinceEpoch(nowMs, m_timeZone));
}

void TodayModel::readCounts(State &state, qint64 nowMs) const
{
    // The window ends just after now: toKey is exclusive, and an entry written
    // this very millisecond belongs to this week.
    const qint64 from = nowMs - WeekMs;
    const qint64 to = nowMs + 1;
    auto journal = Repository<v1::JournalEntry>(m_store).countBetween(from, to);
    auto gratitude = Repository<v1::GratitudeEntry>(m_store).countBetween(from, to);
    if (!journal || !gratitude) {
        const Error &error = !journal ? journal.error() : gratitude.error();
        qCWarning(lcToday) << "Could not count entries:" << error.message;
        state.error = tr("Your entries could not be counted.");
        return;
    }
    state.journalCount = int(journal.value());
    state.gratitudeCount = int(gratitude.value());
}

QString TodayModel::greetingFor(const QTime &time)
{
    const int hour = time.hour();
    if (hour >= 5 && hour < 12)
        return tr("Good morning");
    if (hour >= 12 && hour < 18)
        return tr("Good afternoon");
    if (hour >= 18)
        return tr("Good evening");
    // Between midnight and five "good morning" rings false; a plain hello fits.
    return tr("Hello");
}

} // namespace circle
