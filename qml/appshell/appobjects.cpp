#include "appobjects.h"

#include "qmlsingletons.h"
#include "store.h"

#include <QGuiApplication>

namespace circle {

AppObjects::AppObjects(Store &store, const Clock &clock, KeyStore &keys, const QString &dataDir,
    QTranslator *translator)
    : today(store, clock)
    , journal(store, clock)
    , journalEditor(store, clock)
    , gratitude(store, clock)
    , mood(store, clock)
    , safetyPlan(store)
    , homework(store, clock)
    , goals(store)
    , goalBuilder(store, clock)
    , goalDetail(store, clock)
    , goalShare(store)
    , schedule(store, clock)
    , reminderSettings(store)
    , firstRun(store)
    , appLock(store, clock)
    , settings(store)
    , clinicSync(store, keys, dataDir, clock)
    , clinicEnrollment(store, keys, dataDir, clinicSync)
{
    // A language chosen in Settings replaces the phone's from here on.
    if (translator)
        settings.adoptTranslator(translator);
    settings.applyStoredLanguage();
    // A language switch rewords what the models wrote in C++ (dates, counts,
    // weekdays), not only what QML retranslates.
    QObject::connect(&settings, &SettingsModel::languageChanged, &today, [this] {
        today.refresh();
        journal.refresh();
        gratitude.refresh();
        mood.refresh();
        homework.refresh();
        goals.refresh();
        schedule.refresh();
        safetyPlan.refresh();
        firstRun.refresh();
    });
    // An answer given on Schedule or on Today itself shows on Today at once.
    QObject::connect(&schedule, &ScheduleModel::responded, &today, &TodayModel::refresh);
    // The lock never costs a word: the journal's unsaved text is stored first.
    QObject::connect(
        &appLock, &AppLock::aboutToLock, &journalEditor, [this] { (void)journalEditor.save(); });
    // A synced group agreement may have a new version: ask again on return.
    QObject::connect(qGuiApp, &QGuiApplication::applicationStateChanged, &firstRun,
        [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                firstRun.refresh();
        });

    QmlSingletons::setClinicSync(&clinicSync);
    QmlSingletons::setClinicEnrollment(&clinicEnrollment);
    QmlSingletons::setTodayModel(&today);
    QmlSingletons::setJournalListModel(&journal);
    QmlSingletons::setJournalEditor(&journalEditor);
    QmlSingletons::setGratitudeModel(&gratitude);
    QmlSingletons::setMoodModel(&mood);
    QmlSingletons::setSafetyPlanModel(&safetyPlan);
    QmlSingletons::setHomeworkModel(&homework);
    QmlSingletons::setGoalListModel(&goals);
    QmlSingletons::setGoalBuilder(&goalBuilder);
    QmlSingletons::setGoalDetailModel(&goalDetail);
    QmlSingletons::setGoalSharePreview(&goalShare);
    QmlSingletons::setScheduleModel(&schedule);
    QmlSingletons::setReminderSettings(&reminderSettings);
    QmlSingletons::setFirstRunModel(&firstRun);
    QmlSingletons::setAppLock(&appLock);
    QmlSingletons::setSettingsModel(&settings);
}

AppObjects::~AppObjects()
{
    // QPointer would forget them anyway; said here so nothing reads a model
    // that is being torn down.
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
}

} // namespace circle
