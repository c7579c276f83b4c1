#include "storetestbase.h"

#include "repository.h"

#include <QLocale>
#include <QTimeZone>

namespace circle::test {

void StoreTestBase::SetUp()
{
    // Fixed, so tests can compare "18:00" and "Tuesday" word for word.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ASSERT_TRUE(m_dir.isValid());
    StoreOptions options;
    options.dataDir = m_dir.path();
    options.key = testKey();
    options.clock = &m_clock;
    auto store = Store::open(options);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    m_store = std::move(store.value());

    v1::Group group;
    group.set_name("Thursday skills group");
    group.set_time_zone("Europe/London");
    auto stored = Repository<v1::Group>(*m_store).putFromClinic(group);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    m_groupId = stored.value().meta().id();
}

std::string StoreTestBase::addSession(
    qint64 start, v1::SessionStatus status, const char *topic, const char *place, const char *link)
{
    v1::GroupSession s;
    s.set_group_id(m_groupId);
    s.set_start_ms(start);
    s.set_end_ms(start + 90 * 60 * 1000LL);
    s.set_time_zone("Europe/London");
    s.set_topic(topic);
    s.set_place(place);
    s.set_video_link(link);
    s.set_status(status);
    auto r = Repository<v1::GroupSession>(*m_store).putFromClinic(s);
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? r.value().meta().id() : std::string();
}

void StoreTestBase::addJournal(
    qint64 writtenMs, const std::string &text, const std::string &topic, int mood)
{
    v1::JournalEntry e;
    e.set_text(text);
    e.set_topic(topic);
    if (mood >= 0)
        e.set_mood(mood);
    e.set_written_ms(writtenMs);
    auto r = Repository<v1::JournalEntry>(*m_store).create(e);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
}

void StoreTestBase::addGratitude(qint64 writtenMs)
{
    v1::GratitudeEntry e;
    e.add_items("a good thing");
    e.set_day(QDateTime::fromMSecsSinceEpoch(writtenMs, QTimeZone::utc())
                  .date()
                  .toString(Qt::ISODate)
                  .toStdString());
    e.set_written_ms(writtenMs);
    auto r = Repository<v1::GratitudeEntry>(*m_store).create(e);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
}

std::string StoreTestBase::addGoal(
    const std::string &title, v1::GoalStatus status, int stepsDone, int steps)
{
    v1::Goal g;
    g.set_title(title);
    g.set_target_value(3);
    g.set_unit("meetings a week");
    g.set_start_date("2024-03-01");
    g.set_due_date("2024-04-30");
    g.set_status(status);
    for (int i = 0; i < steps; ++i) {
        auto *step = g.add_steps();
        step->set_text("step");
        step->set_done(i < stepsDone);
    }
    auto r = Repository<v1::Goal>(*m_store).create(g);
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? r.value().meta().id() : std::string();
}

} // namespace circle::test
