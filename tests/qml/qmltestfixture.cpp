#include "qmltestfixture.h"

#include "appshell/qmlsingletons.h"
#include "repository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace circle::test {

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000LL;
constexpr qint64 DayMs = 24 * HourMs;

} // namespace

std::unique_ptr<QmlTestFixture> QmlTestFixture::open()
{
    std::unique_ptr<QmlTestFixture> fixture(new QmlTestFixture);
    if (!fixture->m_dir.isValid()) {
        fixture->m_error = u"no temporary folder"_s;
        return fixture;
    }
    StoreOptions options;
    options.dataDir = fixture->m_dir.path();
    options.key = QByteArray(Store::KeySize, 'q');
    options.clock = &fixture->m_clock;
    auto store = Store::open(options);
    if (!store) {
        fixture->m_error = store.error().message;
        return fixture;
    }
    fixture->m_store = std::move(store.value());
    if (!fixture->seed())
        return fixture;
    fixture->m_today = std::make_unique<TodayModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_today->setTimeZone(QTimeZone::utc());
    QmlSingletons::setTodayModel(fixture->m_today.get());
    return fixture;
}

QmlTestFixture::~QmlTestFixture()
{
    QmlSingletons::setTodayModel(nullptr);
    if (s_instance == this)
        s_instance = nullptr;
}

QmlTestFixture *QmlTestFixture::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance)
        QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

// Relative to StartMs (Tuesday 10:00 UTC): one session yesterday, one cancelled
// this afternoon, the next one tomorrow 18:00-19:30; three journal entries in
// the last seven days and one older; two gratitude entries.
bool QmlTestFixture::seed()
{
    v1::Group group;
    group.set_name("Tuesday recovery group");
    group.set_time_zone("Europe/London");
    auto storedGroup = Repository<v1::Group>(*m_store).putFromClinic(group);
    if (!storedGroup) {
        m_error = storedGroup.error().message;
        return false;
    }
    const std::string groupId = storedGroup.value().meta().id();

    struct SessionSpec
    {
        qint64 start;
        v1::SessionStatus status;
        const char *topic;
    };
    const SessionSpec sessions[] = {
        { StartMs - 16 * HourMs, v1::SESSION_STATUS_SCHEDULED, "Check-in and goals" },
        { StartMs + 5 * HourMs, v1::SESSION_STATUS_CANCELLED, "Cancelled one" },
        { StartMs + 32 * HourMs, v1::SESSION_STATUS_SCHEDULED, "Setting boundaries" },
    };
    for (const auto &spec : sessions) {
        v1::GroupSession session;
        session.set_group_id(groupId);
        session.set_start_ms(spec.start);
        session.set_end_ms(spec.start + 90 * 60 * 1000LL);
        session.set_time_zone("Europe/London");
        session.set_place("Room 3, Riverside Clinic");
        session.set_topic(spec.topic);
        session.set_status(spec.status);
        if (auto r = Repository<v1::GroupSession>(*m_store).putFromClinic(session); !r) {
            m_error = r.error().message;
            return false;
        }
    }

    for (qint64 daysAgo : { 1, 3, 6, 10 }) {
        v1::JournalEntry entry;
        entry.set_text("A test entry");
        entry.set_written_ms(StartMs - daysAgo * DayMs);
        if (auto r = Repository<v1::JournalEntry>(*m_store).create(entry); !r) {
            m_error = r.error().message;
            return false;
        }
    }
    for (qint64 hoursAgo : { 12, 48 }) {
        v1::GratitudeEntry entry;
        entry.add_items("Something good");
        const QDateTime written
            = QDateTime::fromMSecsSinceEpoch(StartMs - hoursAgo * HourMs, QTimeZone::utc());
        entry.set_day(written.date().toString(Qt::ISODate).toStdString());
        entry.set_written_ms(written.toMSecsSinceEpoch());
        if (auto r = Repository<v1::GratitudeEntry>(*m_store).create(entry); !r) {
            m_error = r.error().message;
            return false;
        }
    }
    return true;
}

void QmlTestFixture::advanceHours(double hours)
{
    m_clock.advance(qint64(hours * double(HourMs)));
    m_today->refresh();
}

void QmlTestFixture::reset()
{
    m_clock.set(StartMs);
    m_today->refresh();
}

} // namespace circle::test
