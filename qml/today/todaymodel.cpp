#include "todaymodel.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "homework/homeworktext.h"
#include "repository.h"
#include "schedule/answerorder.h"
#include "schedule/sessiontext.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QVariantMap>

#include <algorithm>
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

// What counts as practice on a day (TodayModel's documentation): one count of
// each kind of exercise, over a day's span of their sort keys.
using CountIn = Result<qint64> (*)(Store &, qint64, qint64);
template<typename T> Result<qint64> countIn(Store &store, qint64 from, qint64 to)
{
    return Repository<T>(store).countBetween(from, to);
}
constexpr CountIn PracticeKinds[] = {
    &countIn<v1::JournalEntry>,
    &countIn<v1::GratitudeEntry>,
    &countIn<v1::MoodCheckIn>,
    &countIn<v1::GoalCheckIn>,
    &countIn<v1::HomeworkResponse>,
};

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
    readNextSession(state, now);
    readAnswer(state);
    readHomework(state, nowMs);
    readCounts(state, now);
    readPracticeDays(state, now);

    if (state == m_state)
        return;
    const bool session = !(state.session == m_state.session);
    const bool homework = !(state.homework == m_state.homework);
    const bool practice = !(state.practice == m_state.practice);
    m_state = std::move(state);
    if (session)
        Q_EMIT sessionChanged();
    if (homework)
        Q_EMIT homeworkChanged();
    if (practice)
        Q_EMIT practiceChanged();
    Q_EMIT changed();
}

void TodayModel::readNextSession(State &state, const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
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

    state.session.hasNextSession = true;
    state.session.topic = qs(next->topic());
    auto group = Repository<v1::Group>(m_store).get(qs(next->group_id()));
    if (group)
        state.session.groupName = qs(group.value().name());
    state.session.title = !state.session.topic.isEmpty() ? state.session.topic
        : !state.session.groupName.isEmpty()             ? state.session.groupName
                                                         : tr("Group session");
    state.session.start = QDateTime::fromMSecsSinceEpoch(next->start_ms(), m_timeZone);
    state.session.end = QDateTime::fromMSecsSinceEpoch(next->end_ms(), m_timeZone);
    state.session.inProgress = next->start_ms() <= nowMs;
    state.session.moved = next->status() == v1::SESSION_STATUS_MOVED;
    state.session.place = qs(next->place());
    if (state.session.place.isEmpty() && !next->video_link().empty())
        state.session.place = tr("Online");
    state.session.id = qs(next->meta().id());
    state.session.when = SessionText::when(state.session.start, state.session.end, now);
    state.session.startsIn = SessionText::startsIn(state.session.start, now);
}

void TodayModel::readAnswer(State &state) const
{
    if (state.session.id.isEmpty())
        return;
    auto answers = Repository<v1::Rsvp>(m_store).listByParent(state.session.id);
    if (!answers) {
        qCWarning(lcToday) << "Could not read an answer:" << answers.error().message;
        state.error = tr("Your schedule could not be read.");
        return;
    }
    const auto &all = answers.value();
    const auto latest = std::max_element(all.begin(), all.end(), answeredBefore);
    if (latest == all.end())
        return;
    state.session.attending = latest->response() == v1::RSVP_RESPONSE_ATTENDING;
    state.session.notAttending = latest->response() == v1::RSVP_RESPONSE_NOT_ATTENDING;
    if (state.session.notAttending)
        state.session.reason = qs(latest->reason());
}

void TodayModel::readHomework(State &state, qint64 nowMs) const
{
    auto assignments = Repository<v1::HomeworkAssignment>(m_store).listBetween(
        nowMs - HomeworkMissedDays * DayMs, nowMs + HomeworkAheadDays * DayMs + 1,
        SortOrder::Ascending);
    if (!assignments) {
        qCWarning(lcToday) << "Could not read homework:" << assignments.error().message;
        state.error = tr("Your homework could not be read.");
        state.homework = HomeworkState { {}, 0, true };
        return;
    }
    Repository<v1::HomeworkResponse> responses(m_store);
    for (const auto &assignment : assignments.value()) {
        const QString id = qs(assignment.meta().id());
        auto answers = responses.listByParent(id);
        if (!answers) {
            qCWarning(lcToday) << "Could not read a homework answer:" << answers.error().message;
            state.error = tr("Your homework could not be read.");
            state.homework = HomeworkState { {}, 0, true };
            return;
        }
        // Newest first: if two phones each answered before they synced, the
        // latest answer says whether it is done.
        if (!answers.value().empty() && answers.value().front().done())
            continue;
        ++state.homework.count;
        if (state.homework.items.size() >= MaxHomeworkShown)
            continue;
        state.homework.items.append(QVariantMap {
            { u"assignmentId"_s, id },
            { u"title"_s, qs(assignment.title()) },
            { u"dueText"_s, HomeworkText::due(assignment.due_ms(), false, nowMs, m_timeZone) },
            { u"overdue"_s, assignment.due_ms() < nowMs },
        });
    }
}

void TodayModel::readCounts(State &state, const QDateTime &now) const
{
    // The same days as the practice row: from midnight six days ago up to now.
    // toKey is exclusive, and an entry written this very millisecond counts.
    const qint64 from = weekStart(now);
    const qint64 to = now.toMSecsSinceEpoch() + 1;
    auto journal = Repository<v1::JournalEntry>(m_store).countBetween(from, to);
    auto gratitude = Repository<v1::GratitudeEntry>(m_store).countBetween(from, to);
    if (!journal || !gratitude) {
        const Error &error = !journal ? journal.error() : gratitude.error();
        qCWarning(lcToday) << "Could not count entries:" << error.message;
        state.error = tr("Your entries could not be counted.");
        return;
    }
    state.practice.journalCount = int(journal.value());
    state.practice.gratitudeCount = int(gratitude.value());
}

qint64 TodayModel::weekStart(const QDateTime &now) const
{
    return now.date().addDays(-(DaysShown - 1)).startOfDay(m_timeZone).toMSecsSinceEpoch();
}

void TodayModel::readPracticeDays(State &state, const QDateTime &now) const
{
    const QLocale locale;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (int back = DaysShown - 1; back >= 0; --back) {
        const QDate day = now.date().addDays(-back);
        // Days as the patient lives them: midnight to midnight in their zone,
        // and today only up to now.
        const qint64 from = day.startOfDay(m_timeZone).toMSecsSinceEpoch();
        const qint64 to
            = back == 0 ? nowMs + 1 : day.addDays(1).startOfDay(m_timeZone).toMSecsSinceEpoch();
        bool practiced = false;
        for (const CountIn count : PracticeKinds) {
            const Result<qint64> counted = count(m_store, from, to);
            if (!counted) {
                qCWarning(lcToday) << "Could not count practice:" << counted.error().message;
                state.error = tr("Your entries could not be counted.");
                state.practice.daysPracticed = 0;
                state.practice.practiceDays.clear();
                return;
            }
            if (counted.value() > 0) {
                practiced = true;
                break;
            }
        }
        state.practice.daysPracticed += practiced ? 1 : 0;
        state.practice.practiceDays.append(QVariantMap {
            { u"day"_s, locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) },
            { u"dayName"_s, locale.dayName(day.dayOfWeek()) },
            { u"practiced"_s, practiced },
            { u"today"_s, back == 0 },
        });
    }
}

QString TodayModel::nextSessionAnswer() const
{
    // Once it runs, the answer no longer asks for anything.
    if (m_state.session.inProgress)
        return {};
    return SessionText::answer(m_state.session.attending, m_state.session.notAttending);
}

QString TodayModel::practiceSummary() const
{
    if (m_state.practice.practiceDays.isEmpty())
        return {};
    const int days = m_state.practice.daysPracticed;
    if (days == 0)
        return tr(
            "Nothing logged in the last 7 days yet. Any small step counts, whenever you're ready.");
    if (days == DaysShown)
        return tr("You practiced on each of the last 7 days.");
    return tr("You practiced on %n of the last 7 days.", nullptr, days);
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
