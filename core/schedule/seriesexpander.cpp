#include "seriesexpander.h"

#include "localtime.h"
#include "repository.h"
#include "store.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace circle::series {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

Error invalid(const QString &what)
{
    return Error::make(Error::Code::Invalid, u"session series: %1"_s.arg(what));
}

void place(v1::GroupSession &s, QDate day, QTime start, int durationMinutes)
{
    const QTimeZone zone(QByteArray::fromStdString(s.time_zone()));
    const qint64 startMs = resolveLocalTime(day, start, zone).toMSecsSinceEpoch();
    s.set_start_ms(startMs);
    // The session lasts its length even when its wall-clock start was moved
    // out of a daylight-saving gap.
    s.set_end_ms(startMs + qint64(durationMinutes) * MinuteMs);
}

int durationMinutes(const v1::GroupSession &s)
{
    return int((s.end_ms() - s.start_ms()) / MinuteMs);
}

} // namespace

Result<std::vector<v1::GroupSession>> expand(const SeriesSpec &spec)
{
    const QTimeZone zone(spec.timeZone);
    if (!zone.isValid())
        return invalid(u"\"%1\" is not a time zone"_s.arg(QString::fromUtf8(spec.timeZone)));
    if (!spec.firstDate.isValid() || !spec.startTime.isValid())
        return invalid(u"the first day and the start time are required"_s);
    if (spec.count < 1 || spec.count > 520 || spec.intervalWeeks < 1 || spec.intervalWeeks > 52)
        return invalid(u"a series has 1 to 520 sessions, 1 to 52 weeks apart"_s);
    if (spec.durationMinutes < 1 || spec.durationMinutes > 24 * 60)
        return invalid(u"a session lasts between 1 minute and 24 hours"_s);

    std::vector<v1::GroupSession> sessions;
    sessions.reserve(size_t(spec.count));
    for (int i = 0; i < spec.count; ++i) {
        v1::GroupSession s;
        s.set_group_id(utf8(spec.groupId));
        s.set_time_zone(spec.timeZone.toStdString());
        place(s, spec.firstDate.addDays(qint64(i) * 7 * spec.intervalWeeks), spec.startTime,
            spec.durationMinutes);
        s.set_place(utf8(spec.place));
        s.set_video_link(utf8(spec.videoLink));
        if (i < spec.topics.size())
            s.set_topic(utf8(spec.topics.at(i)));
        s.set_status(v1::SESSION_STATUS_SCHEDULED);
        s.set_number(i + 1);
        sessions.push_back(std::move(s));
    }
    return sessions;
}

v1::GroupSession moved(v1::GroupSession session, QDate day, QTime start, int durationMinutes)
{
    place(session, day, start,
        durationMinutes < 0 ? series::durationMinutes(session) : durationMinutes);
    session.set_status(v1::SESSION_STATUS_MOVED);
    return session;
}

v1::GroupSession cancelled(v1::GroupSession session)
{
    session.set_status(v1::SESSION_STATUS_CANCELLED);
    return session;
}

v1::GroupSession extra(
    const v1::GroupSession &like, QDate day, QTime start, int durationMinutes, const QString &topic)
{
    v1::GroupSession s;
    s.set_group_id(like.group_id());
    s.set_time_zone(like.time_zone());
    s.set_place(like.place());
    s.set_video_link(like.video_link());
    s.set_topic(utf8(topic));
    s.set_status(v1::SESSION_STATUS_SCHEDULED);
    place(s, day, start, durationMinutes);
    return s;
}

std::vector<v1::GroupSession> renumber(std::vector<v1::GroupSession> &sessions)
{
    std::vector<v1::GroupSession *> order;
    for (auto &s : sessions)
        if (!s.meta().deleted())
            order.push_back(&s);
    std::sort(order.begin(), order.end(), [](const auto *a, const auto *b) {
        return std::make_tuple(a->start_ms(), a->meta().id())
            < std::make_tuple(b->start_ms(), b->meta().id());
    });
    std::vector<v1::GroupSession> changed;
    for (size_t i = 0; i < order.size(); ++i) {
        if (order[i]->number() != int(i) + 1) {
            order[i]->set_number(int(i) + 1);
            changed.push_back(*order[i]);
        }
    }
    return changed;
}

std::optional<DetectedSeries> detect(const std::vector<v1::GroupSession> &sessions)
{
    // Candidates share zone, weekday, wall-clock start and length. Moved
    // sessions left their slot, so they never define or fill one.
    using Key = std::tuple<std::string, int, int, int>;
    std::map<Key, std::vector<int>> byKey;
    for (int i = 0; i < int(sessions.size()); ++i) {
        const auto &s = sessions[size_t(i)];
        if (s.meta().deleted() || s.status() == v1::SESSION_STATUS_MOVED)
            continue;
        const QTimeZone zone(QByteArray::fromStdString(s.time_zone()));
        if (!zone.isValid())
            continue;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.start_ms(), zone);
        byKey[Key { s.time_zone(), local.date().dayOfWeek(), local.time().msecsSinceStartOfDay(),
                  durationMinutes(s) }]
            .push_back(i);
    }
    const auto earliest = [&sessions](const std::vector<int> &members) {
        qint64 first = std::numeric_limits<qint64>::max();
        for (int i : members)
            first = std::min(first, qint64(sessions[size_t(i)].start_ms()));
        return first;
    };
    const std::vector<int> *best = nullptr;
    for (const auto &[key, members] : byKey)
        if (!best || members.size() > best->size()
            || (members.size() == best->size() && earliest(members) < earliest(*best)))
            best = &members;
    if (!best || best->size() < 2)
        return std::nullopt;

    std::vector<int> members = *best;
    std::sort(members.begin(), members.end(), [&sessions](int a, int b) {
        return sessions[size_t(a)].start_ms() < sessions[size_t(b)].start_ms();
    });
    const auto &first = sessions[size_t(members.front())];
    const QTimeZone zone(QByteArray::fromStdString(first.time_zone()));
    const QDateTime firstLocal = QDateTime::fromMSecsSinceEpoch(first.start_ms(), zone);

    DetectedSeries d;
    d.timeZone = QByteArray::fromStdString(first.time_zone());
    d.firstDate = firstLocal.date();
    d.startTime = firstLocal.time();
    d.durationMinutes = durationMinutes(first);
    // Sessions every other week give an interval of two; a skipped week in a
    // weekly group leaves an empty slot instead.
    qint64 weeks = 0;
    for (int i : members)
        weeks = std::gcd(
            weeks, d.firstDate.daysTo(localDate(sessions[size_t(i)].start_ms(), zone)) / 7);
    d.intervalWeeks = weeks > 0 ? int(weeks) : 1;
    const qint64 lastDays
        = d.firstDate.daysTo(localDate(sessions[size_t(members.back())].start_ms(), zone));
    d.count = int(lastDays / (7 * d.intervalWeeks)) + 1;
    d.slotSession.assign(size_t(d.count), -1);
    for (int i : members) {
        const qint64 days = d.firstDate.daysTo(localDate(sessions[size_t(i)].start_ms(), zone));
        auto &slot = d.slotSession[size_t(days / (7 * d.intervalWeeks))];
        if (slot < 0) // a duplicate on the same slot stays a separate event
            slot = i;
    }
    return d;
}

Result<std::vector<v1::GroupSession>> putSessions(
    Store &store, const std::vector<v1::GroupSession> &sessions)
{
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    Repository<v1::GroupSession> repo(store);
    std::vector<v1::GroupSession> stored;
    stored.reserve(sessions.size());
    for (const auto &s : sessions) {
        auto put = repo.putFromClinic(s);
        if (!put)
            return put.error();
        stored.push_back(std::move(put).value());
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return stored;
}

} // namespace circle::series
