#pragma once

#include "clock.h"
#include "firstrun/firstrunmodel.h"
#include "goals/goalbuilder.h"
#include "goals/goaldetailmodel.h"
#include "goals/goallistmodel.h"
#include "goals/goalsharepreview.h"
#include "gratitude/gratitudemodel.h"
#include "homework/homeworkmodel.h"
#include "journal/journaleditor.h"
#include "journal/journallistmodel.h"
#include "keystore.h"
#include "lock/applock.h"
#include "mood/moodmodel.h"
#include "reminders/remindersettings.h"
#include "safety/safetyplanmodel.h"
#include "schedule/schedulemodel.h"
#include "settings/settingsmodel.h"
#include "store.h"
#include "sync/clinicenrollment.h"
#include "sync/clinicsync.h"
#include "today/todaymodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace circle::test {

/**
 * The world the page tests run in: a real encrypted store in a temporary
 * folder, filled with a known group, sessions and entries, a clock that only
 * moves when a test says so, and the real view models over them.
 *
 * QML reaches it as the singleton `Fixture` (import CircleTestSupport) to move
 * the clock; the view models are handed out as the app's usual singletons.
 */
class QmlTestFixture : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Fixture)
    QML_SINGLETON

public:
    /** Tuesday 12 March 2024, 10:00 UTC: "now" when every test starts. */
    static constexpr qint64 StartMs = 1710237600000LL;

    /** Opens the store and fills it; on failure the reason is in error(). */
    static std::unique_ptr<QmlTestFixture> open();
    ~QmlTestFixture() override;

    static void setInstance(QmlTestFixture *fixture) { s_instance = fixture; }
    static QmlTestFixture *create(QQmlEngine *, QJSEngine *);

    QString error() const { return m_error; }

    /** Moves "now" by hours (may be negative) and lets the models read again. */
    Q_INVOKABLE void advanceHours(double hours);
    /** Puts "now" back to StartMs and lets the models read again. */
    Q_INVOKABLE void reset();
    /** Forgets the acknowledged agreement, so the first run opens again. */
    Q_INVOKABLE void forgetAgreement();
    /**
     * Joins this store to a clinic as enrolling does, address and all, or
     * forgets it. No secret goes to the key store: the pages read only whether
     * a clinic is joined, and nothing syncs here.
     */
    Q_INVOKABLE void setClinicJoined(bool joined);
    /** Where Settings exports in the tests: a folder inside the temporary one. */
    Q_INVOKABLE QString exportFolder() const;
    /** Imports a file into a second, empty store as `circlectl import` does: "" or the reason. */
    Q_INVOKABLE QString importIntoFreshStore(const QString &path) const;
    /** A value from the store's settings table, as the app stored it. */
    Q_INVOKABLE QString storedSetting(const QString &key) const;
    /** The stored answer for a session: {response: "attending"|"not attending"|"", reason}. */
    Q_INVOKABLE QVariantMap rsvpFor(const QString &sessionId) const;
    /** The last address the Schedule or safety plan page handed to the system ("" before any). */
    Q_INVOKABLE QString lastOpenedUrl() const;
    /** Links the store to a clinic (a stored sync account, never contacted) or unlinks it. */
    Q_INVOKABLE void setClinicLinked(bool linked);
    /** Whether calls and texts "work": false is a tablet or computer with no dialer. */
    Q_INVOKABLE void setCanDial(bool can) { m_canDial = can; }
    /** An .ics file read back with libical: {error} or {events, recurring, excluded, cancelled,
     * uids, timeZones}. */
    Q_INVOKABLE QVariantMap calendarFacts(const QString &path) const;
    /** The stored ReminderPreferences record ({} when none was saved). */
    Q_INVOKABLE QVariantMap storedReminderPreferences() const;
    /**
     * The role a screen reader is told for item (a QAccessible::Role; 0 for
     * none). A control's own role and name are not in its Accessible attached
     * property, which only holds what QML set, so the audit asks as a reader does.
     */
    Q_INVOKABLE int accessibleRole(QObject *item) const;
    /** The name a screen reader says for item: its Accessible.name, or else what the control shows.
     */
    Q_INVOKABLE QString accessibleName(QObject *item) const;

private:
    QmlTestFixture() = default;
    bool seed();
    void refreshModels();

    static inline QmlTestFixture *s_instance = nullptr;

    QTemporaryDir m_dir;
    ManualClock m_clock { StartMs };
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TodayModel> m_today;
    std::unique_ptr<JournalListModel> m_journal;
    std::unique_ptr<JournalEditor> m_journalEditor;
    std::unique_ptr<GratitudeModel> m_gratitude;
    std::unique_ptr<MoodModel> m_mood;
    std::unique_ptr<SafetyPlanModel> m_safetyPlan;
    std::unique_ptr<HomeworkModel> m_homework;
    std::unique_ptr<GoalListModel> m_goals;
    std::unique_ptr<GoalBuilder> m_goalBuilder;
    std::unique_ptr<GoalDetailModel> m_goalDetail;
    std::unique_ptr<GoalSharePreview> m_goalShare;
    std::unique_ptr<ScheduleModel> m_schedule;
    std::unique_ptr<ReminderSettings> m_reminderSettings;
    QList<QUrl> m_openedUrls; // what the Schedule page offered the system, instead of opening it
    bool m_canDial = true;
    std::unique_ptr<FirstRunModel> m_firstRun;
    std::unique_ptr<AppLock> m_appLock;
    std::unique_ptr<SettingsModel> m_settings;
    // Never enrolled here, so the key store is never asked; tst_syncpage
    // covers joining and syncing against the real server.
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<ClinicSync> m_clinicSync;
    std::unique_ptr<ClinicEnrollment> m_clinicEnrollment;
    QString m_error;
};

} // namespace circle::test
