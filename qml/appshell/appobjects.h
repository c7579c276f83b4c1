#pragma once

#include "firstrun/firstrunmodel.h"
#include "goals/goalbuilder.h"
#include "goals/goaldetailmodel.h"
#include "goals/goallistmodel.h"
#include "goals/goalsharepreview.h"
#include "gratitude/gratitudemodel.h"
#include "homework/homeworkmodel.h"
#include "journal/journaleditor.h"
#include "journal/journallistmodel.h"
#include "lock/applock.h"
#include "mood/moodmodel.h"
#include "reminders/remindersettings.h"
#include "safety/safetyplanmodel.h"
#include "schedule/schedulemodel.h"
#include "settings/settingsmodel.h"
#include "sync/clinicenrollment.h"
#include "sync/clinicsync.h"
#include "today/todaymodel.h"

class QTranslator;

namespace circle {

class Clock;
class KeyStore;
class Store;

/**
 * Every view model the window shows, built over one store and wired to each
 * other the way the app needs them, then handed to QML as its singletons.
 *
 * main() builds one for the app; the journey tests build one over their own
 * store and drive Main.qml on it, so both run the very same wiring.
 */
class AppObjects
{
public:
    /**
     * Builds the models over store (read and written), keys (the clinic's
     * secrets) and dataDir (where the store and the sync state live). When
     * translator is given, a language chosen in Settings replaces it.
     */
    AppObjects(Store &store, const Clock &clock, KeyStore &keys, const QString &dataDir,
        QTranslator *translator = nullptr);
    ~AppObjects();

    AppObjects(const AppObjects &) = delete;
    AppObjects &operator=(const AppObjects &) = delete;

    TodayModel today;
    JournalListModel journal;
    JournalEditor journalEditor;
    GratitudeModel gratitude;
    MoodModel mood;
    SafetyPlanModel safetyPlan;
    HomeworkModel homework;
    GoalListModel goals;
    GoalBuilder goalBuilder;
    GoalDetailModel goalDetail;
    GoalSharePreview goalShare;
    ScheduleModel schedule;
    ReminderSettings reminderSettings;
    FirstRunModel firstRun;
    AppLock appLock;
    SettingsModel settings;
    ClinicSync clinicSync;
    ClinicEnrollment clinicEnrollment;
};

} // namespace circle
