#include "demodata.h"

#include <limits>

#include "demodatatext.h"
#include "repository.h"
#include "schedule/seriesexpander.h"
#include "store.h"

#include <QDateTime>
#include <QTimeZone>

#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

/**
 * Places the demo week in time. The patient is taken to live where the group
 * meets, so "a day" and "Tuesday evening" mean the same for both, also across a
 * daylight-saving change.
 */
class DemoCalendar
{
public:
    explicit DemoCalendar(qint64 nowMs)
        : m_zone(QByteArrayLiteral("America/New_York"))
        , m_now(nowMs)
        , m_today(QDateTime::fromMSecsSinceEpoch(nowMs, m_zone).date())
    {
    }

    qint64 nowMs() const { return m_now; }
    QDate today() const { return m_today; }
    std::string zoneName() const { return m_zone.id().toStdString(); }

    qint64 at(QDate day, int hour, int minute = 0) const
    {
        return QDateTime(day, QTime(hour, minute), m_zone).toMSecsSinceEpoch();
    }
    qint64 daysAgo(int days, int hour, int minute = 0) const
    {
        return at(m_today.addDays(-days), hour, minute);
    }
    static std::string isoDay(QDate day) { return day.toString(Qt::ISODate).toStdString(); }

    /** The first Tuesday 18:00 in the group's zone that is still ahead. */
    QDate nextTuesdayEvening() const
    {
        QDate day = m_today.addDays((Qt::Tuesday - m_today.dayOfWeek() + 7) % 7);
        if (at(day, 18) <= m_now)
            day = day.addDays(7);
        return day;
    }

private:
    QTimeZone m_zone;
    qint64 m_now;
    QDate m_today;
};

template<typename T> Result<T> create(Store &store, T record)
{
    return Repository<T>(store).create(std::move(record));
}

template<typename T> Result<T> fromClinic(Store &store, T record)
{
    return Repository<T>(store).putFromClinic(std::move(record));
}

Result<void> seedDiary(Store &store, const DemoCalendar &cal)
{
    for (const auto &row : demo::journalRows) {
        v1::JournalEntry e;
        e.set_text(row.text);
        e.set_prompt_id(row.promptId);
        e.set_topic(row.topic);
        if (row.mood >= 0)
            e.set_mood(row.mood);
        e.set_written_ms(cal.daysAgo(row.daysAgo, row.hour, row.minute));
        if (auto r = create(store, std::move(e)); !r)
            return r.error();
    }
    for (const auto &row : demo::gratitudeRows) {
        v1::GratitudeEntry g;
        for (const char *item : row.items)
            if (item)
                g.add_items(item);
        g.set_day(DemoCalendar::isoDay(cal.today().addDays(-row.daysAgo)));
        g.set_written_ms(cal.daysAgo(row.daysAgo, 22, 30));
        if (auto r = create(store, std::move(g)); !r)
            return r.error();
    }
    for (const auto &row : demo::moodRows) {
        v1::MoodCheckIn m;
        m.set_score(row.score);
        for (const char *emotion : row.emotions)
            if (emotion)
                m.add_emotions(emotion);
        m.set_note(row.note);
        m.set_at_ms(cal.daysAgo(row.daysAgo, row.hour));
        if (auto r = create(store, std::move(m)); !r)
            return r.error();
    }
    return {};
}

struct CheckInRow
{
    int daysAgo;
    double value;
    const char *note;
};

Result<void> seedGoal(Store &store, const DemoCalendar &cal, v1::Goal goal,
    std::initializer_list<CheckInRow> checkIns)
{
    goal.set_start_date(DemoCalendar::isoDay(cal.today().addDays(-8)));
    goal.set_due_date(DemoCalendar::isoDay(cal.today().addDays(8 * 7)));
    goal.set_status(v1::GOAL_STATUS_ACTIVE);
    auto stored = create(store, std::move(goal));
    if (!stored)
        return stored.error();
    for (const auto &row : checkIns) {
        v1::GoalCheckIn c;
        c.set_goal_id(stored.value().meta().id());
        c.set_value(row.value);
        c.set_note(row.note);
        c.set_at_ms(cal.daysAgo(row.daysAgo, 21));
        if (auto r = create(store, std::move(c)); !r)
            return r.error();
    }
    return {};
}

Result<void> seedGoals(Store &store, const DemoCalendar &cal)
{
    v1::Goal meetings;
    meetings.set_title("Go to three support meetings a week");
    meetings.set_why("Meetings are where I stop feeling like the only one. When I skip them the "
                     "week gets loud in my head.");
    meetings.set_target_value(3);
    meetings.set_unit("meetings a week");
    meetings.set_shared_with_therapist(true);
    auto *calendar = meetings.add_steps();
    calendar->set_text("Put the Tuesday, Thursday and Sunday meetings in my calendar");
    calendar->set_done(true);
    meetings.add_steps()->set_text("Ask Dana to text me on Sunday afternoons");
    meetings.add_steps()->set_text("Find one meeting I can walk to");
    if (auto r = seedGoal(store, cal, std::move(meetings),
            { { 6, 1, "Thursday meeting, sat in the back but stayed" },
                { 4, 2, "Sunday, walked there" },
                { 1, 2, "Meant to go tonight, too tired. Next week." } });
        !r)
        return r;

    v1::Goal walks;
    walks.set_title("Take a 20-minute walk most days");
    walks.set_why("Walking is the one thing that reliably takes the edge off an afternoon.");
    walks.set_target_value(5);
    walks.set_unit("walks a week");
    walks.add_steps()->set_text("Leave my shoes by the door");
    return seedGoal(store, cal, std::move(walks),
        { { 5, 1, "Around the block after the phone call" }, { 3, 2, "River path before work" },
            { 2, 3, "" }, { 1, 4, "Short one, but it counts" } });
}

Result<void> seedGroup(Store &store, const DemoCalendar &cal)
{
    const QDate next = cal.nextTuesdayEvening();
    const QDate first = next.addDays(-4 * 7); // four sessions already behind us

    v1::Group group;
    group.mutable_meta()->set_created_ms(cal.at(first.addDays(-21), 10));
    group.set_name("Tuesday evening process group");
    group.set_description(demo::groupDescription);
    group.set_kind(v1::GROUP_KIND_PROCESS);
    group.set_open(false);
    group.set_time_zone(cal.zoneName());
    group.set_facilitators("Dr. Renee Alvarez, PsyD and Marcus Bell, LCSW");
    group.set_agreement_version(1);
    group.set_agreement_text(demo::agreementText);
    group.set_planned_sessions(12);
    auto stored = fromClinic(store, std::move(group));
    if (!stored)
        return stored.error();
    const std::string groupId = stored.value().meta().id();

    // Twelve Tuesdays at 18:00 for 90 minutes in the group's zone, as the clinic
    // would state the series.
    SeriesSpec spec;
    spec.groupId = qs(groupId);
    spec.timeZone = QByteArray::fromStdString(cal.zoneName());
    spec.firstDate = first;
    spec.startTime = QTime(18, 0);
    spec.durationMinutes = 90;
    spec.count = 12;
    spec.place = u"Riverside Counseling Center, room 204"_s;
    for (const char *topic : demo::sessionTopics)
        spec.topics << QString::fromUtf8(topic);
    auto sessions = series::expand(spec);
    if (!sessions)
        return sessions.error();

    const qint64 nextStartMs = cal.at(next, 18);
    std::string nextSessionId;
    for (auto &s : sessions.value()) {
        if (s.number() == demo::cancelledSessionNumber)
            s = series::cancelled(std::move(s));
        auto session = fromClinic(store, std::move(s));
        if (!session)
            return session.error();
        if (session.value().start_ms() == nextStartMs)
            nextSessionId = session.value().meta().id();
    }

    v1::HomeworkAssignment homework;
    homework.set_group_id(groupId);
    homework.set_title(demo::homeworkTitle);
    homework.set_instructions(demo::homeworkInstructions);
    homework.set_due_ms(cal.at(cal.today().addDays(3), 20));
    if (auto r = fromClinic(store, std::move(homework)); !r)
        return r.error();

    v1::Rsvp rsvp;
    rsvp.set_session_id(nextSessionId);
    rsvp.set_response(v1::RSVP_RESPONSE_ATTENDING);
    if (auto r = create(store, std::move(rsvp)); !r)
        return r.error();
    return {};
}

template<typename List>
void addContacts(const List &rows, google::protobuf::RepeatedPtrField<v1::Contact> *out)
{
    for (const auto &row : rows) {
        auto *c = out->Add();
        c->set_name(row.name);
        c->set_phone(row.phone);
        c->set_note(row.note);
    }
}

Result<void> seedSettings(Store &store)
{
    v1::ReminderPreferences prefs;
    prefs.add_session_lead_minutes(24 * 60);
    prefs.add_session_lead_minutes(60);
    prefs.set_homework_reminders(true);
    prefs.set_practice_minute_of_day(20 * 60 + 30);
    for (int day = 1; day <= 7; ++day)
        prefs.add_practice_weekdays(day);
    prefs.set_quiet_start_minute(22 * 60);
    prefs.set_quiet_end_minute(7 * 60);
    prefs.set_daily_cap(4);
    prefs.set_detail_on_lock_screen(false);
    if (auto r = create(store, std::move(prefs)); !r)
        return r.error();

    v1::SafetyPlan plan;
    for (const char *line : demo::warningSigns)
        plan.add_warning_signs(line);
    for (const char *line : demo::copingSteps)
        plan.add_coping_steps(line);
    addContacts(demo::peopleAndPlaces, plan.mutable_people_and_places());
    addContacts(demo::professionalContacts, plan.mutable_professional_contacts());
    addContacts(demo::crisisContacts, plan.mutable_crisis_contacts());
    plan.set_reasons_to_live(demo::reasonsToLive);
    plan.set_safe_environment(demo::safeEnvironment);
    if (auto r = create(store, std::move(plan)); !r)
        return r.error();
    return {};
}

// An RSVP to the next session of the group the clinic put in the store.
Result<void> seedRsvpForNextSession(Store &store, const DemoCalendar &)
{
    auto upcoming = Repository<v1::GroupSession>(store).listBetween(
        store.clock().nowMs(), std::numeric_limits<qint64>::max(), SortOrder::Ascending, 20);
    if (!upcoming)
        return upcoming.error();
    for (const auto &session : upcoming.value()) {
        if (session.status() == v1::SESSION_STATUS_CANCELLED)
            continue;
        v1::Rsvp rsvp;
        rsvp.set_session_id(session.meta().id());
        rsvp.set_response(v1::RSVP_RESPONSE_ATTENDING);
        if (auto r = create(store, std::move(rsvp)); !r)
            return r.error();
        break;
    }
    return {};
}

Result<bool> isEmpty(Store &store, bool patientRecordsOnly = false)
{
    bool empty = true;
    std::optional<Error> failure;
    forEachRecordType([&]<typename T>() {
        if (!empty || failure)
            return;
        if (patientRecordsOnly && RecordTraits<T>::authority == Authority::Clinic)
            return;
        auto n = Repository<T>(store).count(true);
        if (!n)
            failure = n.error();
        else if (n.value() > 0)
            empty = false;
    });
    if (failure)
        return *failure;
    return empty;
}

} // namespace

Result<void> seedDemoData(Store &store)
{
    // Demo content never mixes with a person's own entries.
    auto empty = isEmpty(store);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error::make(Error::Code::Invalid,
            u"The store already holds records; demo data only goes into an empty store."_s);

    const DemoCalendar cal(store.clock().nowMs());
    // One transaction: a demo store is either complete or untouched.
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    for (auto step : { &seedDiary, &seedGoals, &seedGroup }) {
        if (auto r = step(store, cal); !r)
            return r;
    }
    if (auto r = seedSettings(store); !r)
        return r;
    return tx.commit();
}

Result<void> seedDemoPatientData(Store &store)
{
    auto empty = isEmpty(store, true);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error::make(Error::Code::Invalid,
            u"The store already holds the patient's records; demo data only goes into an empty store."_s);
    const DemoCalendar cal(store.clock().nowMs());
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    for (auto step : { &seedDiary, &seedGoals, &seedRsvpForNextSession }) {
        if (auto r = step(store, cal); !r)
            return r;
    }
    if (auto r = seedSettings(store); !r)
        return r;
    return tx.commit();
}

} // namespace circle
