#include "qmltestfixture.h"

#include "appshell/qmlsingletons.h"
#include "exchange.h"
#include "repository.h"
#include "schedule/icsexport.h"
#include "syncaccount.h"

#include <QAccessible>
#include <QFile>

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
    fixture->m_journal = std::make_unique<JournalListModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_journal->setTimeZone(QTimeZone::utc());
    fixture->m_journalEditor = std::make_unique<JournalEditor>(*fixture->m_store, fixture->m_clock);
    fixture->m_gratitude = std::make_unique<GratitudeModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_gratitude->setTimeZone(QTimeZone::utc());
    fixture->m_mood = std::make_unique<MoodModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_mood->setTimeZone(QTimeZone::utc());
    fixture->m_safetyPlan = std::make_unique<SafetyPlanModel>(*fixture->m_store);
    // The United States' lines, whatever the machine's region: the pages' tests name them.
    fixture->m_safetyPlan->setCountry(u"US"_s);
    // Calls and texts are recorded, never handed to the machine's own programs.
    fixture->m_safetyPlan->setUrlOpener([f = fixture.get()](const QUrl &url) {
        f->m_openedUrls << url;
        return f->m_canDial;
    });
    fixture->m_homework = std::make_unique<HomeworkModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_homework->setTimeZone(QTimeZone::utc());
    fixture->m_goals = std::make_unique<GoalListModel>(*fixture->m_store);
    fixture->m_goalBuilder = std::make_unique<GoalBuilder>(*fixture->m_store, fixture->m_clock);
    fixture->m_goalBuilder->setTimeZone(QTimeZone::utc());
    fixture->m_goalDetail = std::make_unique<GoalDetailModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_goalDetail->setTimeZone(QTimeZone::utc());
    fixture->m_goalShare = std::make_unique<GoalSharePreview>(*fixture->m_store);
    fixture->m_goalShare->setTimeZone(QTimeZone::utc());
    fixture->m_schedule = std::make_unique<ScheduleModel>(*fixture->m_store, fixture->m_clock);
    fixture->m_schedule->setTimeZone(QTimeZone::utc());
    fixture->m_schedule->setExportFolder(fixture->m_dir.filePath(u"calendar"_s));
    fixture->m_schedule->setUrlOpener([f = fixture.get()](const QUrl &url) {
        f->m_openedUrls << url;
        return true;
    });
    fixture->m_reminderSettings = std::make_unique<ReminderSettings>(*fixture->m_store);
    QmlSingletons::setReminderSettings(fixture->m_reminderSettings.get());
    fixture->m_firstRun = std::make_unique<FirstRunModel>(*fixture->m_store);
    fixture->m_appLock = std::make_unique<AppLock>(*fixture->m_store, fixture->m_clock);
    fixture->m_settings = std::make_unique<SettingsModel>(*fixture->m_store);
    fixture->m_settings->setExportFolder(fixture->exportFolder());
    // As in main(): an answer shows on Today at once.
    QObject::connect(fixture->m_schedule.get(), &ScheduleModel::responded, fixture->m_today.get(),
        &TodayModel::refresh);
    // As in main(): the journal's unsaved text is stored before the lock covers it.
    QObject::connect(fixture->m_appLock.get(), &AppLock::aboutToLock,
        fixture->m_journalEditor.get(),
        [editor = fixture->m_journalEditor.get()] { (void)editor->save(); });
    fixture->m_keys = KeyStore::createDefault();
    fixture->m_clinicSync = std::make_unique<ClinicSync>(
        *fixture->m_store, *fixture->m_keys, fixture->m_dir.path(), fixture->m_clock);
    fixture->m_clinicEnrollment = std::make_unique<ClinicEnrollment>(
        *fixture->m_store, *fixture->m_keys, fixture->m_dir.path(), *fixture->m_clinicSync);
    QmlSingletons::setClinicSync(fixture->m_clinicSync.get());
    QmlSingletons::setClinicEnrollment(fixture->m_clinicEnrollment.get());
    QmlSingletons::setTodayModel(fixture->m_today.get());
    QmlSingletons::setJournalListModel(fixture->m_journal.get());
    QmlSingletons::setJournalEditor(fixture->m_journalEditor.get());
    QmlSingletons::setGratitudeModel(fixture->m_gratitude.get());
    QmlSingletons::setMoodModel(fixture->m_mood.get());
    QmlSingletons::setSafetyPlanModel(fixture->m_safetyPlan.get());
    QmlSingletons::setHomeworkModel(fixture->m_homework.get());
    QmlSingletons::setGoalListModel(fixture->m_goals.get());
    QmlSingletons::setGoalBuilder(fixture->m_goalBuilder.get());
    QmlSingletons::setGoalDetailModel(fixture->m_goalDetail.get());
    QmlSingletons::setGoalSharePreview(fixture->m_goalShare.get());
    QmlSingletons::setScheduleModel(fixture->m_schedule.get());
    QmlSingletons::setFirstRunModel(fixture->m_firstRun.get());
    QmlSingletons::setAppLock(fixture->m_appLock.get());
    QmlSingletons::setSettingsModel(fixture->m_settings.get());
    fixture->refreshModels();
    return fixture;
}

QmlTestFixture::~QmlTestFixture()
{
    QmlSingletons::setTodayModel(nullptr);
    QmlSingletons::setJournalListModel(nullptr);
    QmlSingletons::setJournalEditor(nullptr);
    QmlSingletons::setGratitudeModel(nullptr);
    QmlSingletons::setMoodModel(nullptr);
    QmlSingletons::setSafetyPlanModel(nullptr);
    QmlSingletons::setHomeworkModel(nullptr);
    QmlSingletons::setGoalListModel(nullptr);
    QmlSingletons::setGoalBuilder(nullptr);
    QmlSingletons::setGoalDetailModel(nullptr);
    QmlSingletons::setGoalSharePreview(nullptr);
    QmlSingletons::setScheduleModel(nullptr);
    QmlSingletons::setReminderSettings(nullptr);
    QmlSingletons::setFirstRunModel(nullptr);
    QmlSingletons::setAppLock(nullptr);
    QmlSingletons::setSettingsModel(nullptr);
    QmlSingletons::setClinicSync(nullptr);
    QmlSingletons::setClinicEnrollment(nullptr);
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
// the last seven days and one older; two gratitude entries; one goal with one
// of its two steps done.
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
        entry.set_text("Entry from " + std::to_string(daysAgo) + " days ago");
        if (daysAgo == 1) {
            entry.set_topic("boundaries");
            entry.set_mood(7);
        }
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

    for (qint64 dueInDays : { -2, 3 }) {
        v1::HomeworkAssignment homework;
        homework.set_group_id(groupId);
        homework.set_title(dueInDays < 0 ? "List three triggers" : "Practise saying no once");
        homework.set_instructions("Write a few lines before the next session.");
        homework.set_due_ms(StartMs + dueInDays * DayMs);
        if (auto r = Repository<v1::HomeworkAssignment>(*m_store).putFromClinic(homework); !r) {
            m_error = r.error().message;
            return false;
        }
    }

    v1::Goal goal;
    goal.set_title("Go to three meetings a week");
    goal.set_target_value(3);
    goal.set_unit("meetings a week");
    goal.set_start_date("2024-03-01");
    goal.set_due_date("2024-04-30");
    goal.set_status(v1::GOAL_STATUS_ACTIVE);
    for (bool done : { true, false }) {
        auto *step = goal.add_steps();
        step->set_text(done ? "Find meetings nearby" : "Ask a friend to come along");
        step->set_done(done);
    }
    if (auto r = Repository<v1::Goal>(*m_store).create(goal); !r) {
        m_error = r.error().message;
        return false;
    }
    return true;
}

void QmlTestFixture::advanceHours(double hours)
{
    m_clock.advance(qint64(hours * double(HourMs)));
    refreshModels();
}

void QmlTestFixture::setClinicJoined(bool joined)
{
    Result<void> stored;
    if (joined) {
        SyncAccount account;
        account.serverUrl = QUrl(u"https://clinic.example.org"_s);
        account.pinSha256 = QByteArray(32, 'p');
        account.patientId = u"0190f5c2-0000-7000-8000-0000000000aa"_s;
        stored = account.save(*m_store);
    } else {
        // An empty address is how the store says it never joined.
        stored = m_store->setSetting("sync_server_url", QString());
    }
    if (!stored)
        qWarning("The fixture could not change the clinic: %s", qPrintable(stored.error().message));
}

void QmlTestFixture::reset()
{
    m_clock.set(StartMs);
    refreshModels();
}

void QmlTestFixture::refreshModels()
{
    m_today->refresh();
    m_journal->refresh();
    m_gratitude->refresh();
    m_mood->refresh();
    m_homework->refresh();
    m_goals->refresh();
    m_schedule->refresh();
}

QVariantMap QmlTestFixture::rsvpFor(const QString &sessionId) const
{
    auto answers = Repository<v1::Rsvp>(*m_store).listByParent(sessionId);
    if (!answers || answers.value().empty())
        return { { u"response"_s, QString() }, { u"reason"_s, QString() } };
    const v1::Rsvp &r = answers.value().front();
    return { { u"response"_s,
                 r.response() == v1::RSVP_RESPONSE_ATTENDING           ? u"attending"_s
                     : r.response() == v1::RSVP_RESPONSE_NOT_ATTENDING ? u"not attending"_s
                                                                       : QString() },
        { u"reason"_s, qs(r.reason()) } };
}

void QmlTestFixture::setClinicLinked(bool linked)
{
    if (linked) {
        SyncAccount account;
        account.serverUrl = QUrl(u"https://clinic.example"_s);
        account.pinSha256 = QByteArray(32, 'p');
        account.patientId = u"patient"_s;
        if (auto saved = account.save(*m_store); !saved)
            qWarning("Could not link the test store: %s", qPrintable(saved.error().message));
    } else if (auto cleared = m_store->setSetting("sync_server_url", {}); !cleared) {
        qWarning("Could not unlink the test store: %s", qPrintable(cleared.error().message));
    }
    m_homework->refresh();
}

QString QmlTestFixture::lastOpenedUrl() const
{
    return m_openedUrls.isEmpty() ? QString() : m_openedUrls.last().toString();
}

QVariantMap QmlTestFixture::calendarFacts(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { { u"error"_s, u"cannot read %1"_s.arg(path) } };
    const auto facts = ics::readBack(file.readAll());
    if (!facts)
        return { { u"error"_s, facts.error().message } };
    return { { u"events"_s, facts.value().events }, { u"recurring"_s, facts.value().recurring },
        { u"excluded"_s, facts.value().excluded }, { u"cancelled"_s, facts.value().cancelled },
        { u"uids"_s, facts.value().uids }, { u"timeZones"_s, facts.value().timeZones } };
}

QVariantMap QmlTestFixture::storedReminderPreferences() const
{
    auto all = Repository<v1::ReminderPreferences>(*m_store).list();
    if (!all || all.value().items.empty())
        return {};
    const v1::ReminderPreferences &p = all.value().items.front();
    QVariantList leads;
    for (int lead : p.session_lead_minutes())
        leads << lead;
    QVariantList days;
    for (int day : p.practice_weekdays())
        days << day;
    // Per group: its own leads, keyed by the group's name.
    QVariantMap groupLeads;
    for (const auto &entry : p.group_leads()) {
        auto group = Repository<v1::Group>(*m_store).get(qs(entry.group_id()));
        QVariantList own;
        for (int lead : entry.lead_minutes())
            own << lead;
        groupLeads.insert(group ? qs(group.value().name()) : qs(entry.group_id()), own);
    }
    return { { u"records"_s, int(all.value().items.size()) }, { u"sessionLeads"_s, leads },
        { u"homework"_s, p.homework_reminders() },
        { u"practiceMinute"_s, p.practice_minute_of_day() }, { u"practiceDays"_s, days },
        { u"quietStart"_s, p.quiet_start_minute() }, { u"quietEnd"_s, p.quiet_end_minute() },
        { u"dailyCap"_s, p.daily_cap() }, { u"detail"_s, p.detail_on_lock_screen() },
        { u"groupLeads"_s, groupLeads },
        { u"noteWhenNotAttending"_s, p.note_when_not_attending() } };
}

void QmlTestFixture::forgetAgreement()
{
    (void)m_store->setSetting(FirstRunModel::AcknowledgedVersionKey, QString());
    (void)m_store->setSetting(FirstRunModel::AcknowledgedAtKey, QString());
    m_firstRun->refresh();
}

QString QmlTestFixture::storedSetting(const QString &key) const
{
    const auto value = m_store->setting(key.toUtf8().constData());
    return value ? value.value() : u"error: "_s + value.error().message;
}

QString QmlTestFixture::exportFolder() const
{
    return m_dir.filePath(u"exports"_s);
}

QString QmlTestFixture::importIntoFreshStore(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read %1"_s.arg(path);
    QTemporaryDir dir;
    StoreOptions options;
    options.dataDir = dir.path();
    options.key = QByteArray(Store::KeySize, 'i');
    auto store = Store::open(options);
    if (!store)
        return store.error().message;
    auto imported = DataExchange(*store.value()).importJson(file.readAll());
    if (!imported)
        return imported.error().message;
    if (imported.value().inserted == 0)
        return u"the file held nothing to import"_s;
    return {};
}

int QmlTestFixture::accessibleRole(QObject *item) const
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? int(iface->role()) : int(QAccessible::NoRole);
}

QString QmlTestFixture::accessibleName(QObject *item) const
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

} // namespace circle::test
