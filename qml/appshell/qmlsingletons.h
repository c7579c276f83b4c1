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

#include <QPointer>
#include <QQmlEngine>

namespace circle {

/**
 * Hands the view models that main() builds (with their store, clock and other
 * real dependencies) to QML as singletons.
 *
 * Each model gets a small foreign struct whose create() returns the instance
 * set here, owned by C++. Only the QML engine reads these pointers; C++ code
 * passes its objects around explicitly. Setting them after the first engine has
 * asked for a singleton has no effect on that engine.
 */
class QmlSingletons
{
public:
    static void setTodayModel(TodayModel *model) { s_today = model; }
    static void setJournalListModel(JournalListModel *model) { s_journal = model; }
    static void setJournalEditor(JournalEditor *editor) { s_journalEditor = editor; }
    static void setGratitudeModel(GratitudeModel *model) { s_gratitude = model; }
    static void setMoodModel(MoodModel *model) { s_mood = model; }
    static void setSafetyPlanModel(SafetyPlanModel *model) { s_safety = model; }
    static void setHomeworkModel(HomeworkModel *model) { s_homework = model; }
    static void setGoalListModel(GoalListModel *model) { s_goals = model; }
    static void setScheduleModel(ScheduleModel *model) { s_schedule = model; }
    static void setReminderSettings(ReminderSettings *settings) { s_reminderSettings = settings; }
    static void setClinicSync(ClinicSync *sync) { s_clinicSync = sync; }
    static void setClinicEnrollment(ClinicEnrollment *enrollment)
    {
        s_clinicEnrollment = enrollment;
    }
    static void setGoalBuilder(GoalBuilder *builder) { s_goalBuilder = builder; }
    static void setGoalDetailModel(GoalDetailModel *model) { s_goalDetail = model; }
    static void setGoalSharePreview(GoalSharePreview *preview) { s_goalShare = preview; }
    static void setFirstRunModel(FirstRunModel *model) { s_firstRun = model; }
    static void setAppLock(AppLock *lock) { s_appLock = lock; }
    static void setSettingsModel(SettingsModel *model) { s_settings = model; }

private:
    friend struct TodayModelSingleton;
    friend struct JournalListModelSingleton;
    friend struct JournalEditorSingleton;
    friend struct GratitudeModelSingleton;
    friend struct MoodModelSingleton;
    friend struct SafetyPlanModelSingleton;
    friend struct HomeworkModelSingleton;
    friend struct GoalListModelSingleton;
    friend struct ScheduleModelSingleton;
    friend struct ReminderSettingsSingleton;
    friend struct ClinicSyncSingleton;
    friend struct ClinicEnrollmentSingleton;
    friend struct GoalBuilderSingleton;
    friend struct GoalDetailModelSingleton;
    friend struct GoalSharePreviewSingleton;
    friend struct FirstRunModelSingleton;
    friend struct AppLockSingleton;
    friend struct SettingsModelSingleton;

    template<typename T> static T *hand(const QPointer<T> &instance)
    {
        // A null here means main() or the test setup forgot to build the model;
        // QML then reports that the singleton could not be created.
        if (instance)
            QQmlEngine::setObjectOwnership(instance.data(), QQmlEngine::CppOwnership);
        return instance.data();
    }

    static inline QPointer<TodayModel> s_today;
    static inline QPointer<JournalListModel> s_journal;
    static inline QPointer<JournalEditor> s_journalEditor;
    static inline QPointer<GratitudeModel> s_gratitude;
    static inline QPointer<MoodModel> s_mood;
    static inline QPointer<SafetyPlanModel> s_safety;
    static inline QPointer<HomeworkModel> s_homework;
    static inline QPointer<GoalListModel> s_goals;
    static inline QPointer<ScheduleModel> s_schedule;
    static inline QPointer<ReminderSettings> s_reminderSettings;
    static inline QPointer<ClinicSync> s_clinicSync;
    static inline QPointer<ClinicEnrollment> s_clinicEnrollment;
    static inline QPointer<GoalBuilder> s_goalBuilder;
    static inline QPointer<GoalDetailModel> s_goalDetail;
    static inline QPointer<GoalSharePreview> s_goalShare;
    static inline QPointer<FirstRunModel> s_firstRun;
    static inline QPointer<AppLock> s_appLock;
    static inline QPointer<SettingsModel> s_settings;
};

struct ClinicSyncSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::ClinicSync)
    QML_NAMED_ELEMENT(ClinicSync)
    QML_SINGLETON

public:
    static ClinicSync *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_clinicSync);
    }
};

struct ClinicEnrollmentSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::ClinicEnrollment)
    QML_NAMED_ELEMENT(ClinicEnrollment)
    QML_SINGLETON

public:
    static ClinicEnrollment *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_clinicEnrollment);
    }
};

struct TodayModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::TodayModel)
    QML_NAMED_ELEMENT(TodayModel)
    QML_SINGLETON

public:
    static TodayModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_today);
    }
};

struct JournalListModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::JournalListModel)
    QML_NAMED_ELEMENT(JournalListModel)
    QML_SINGLETON

public:
    static JournalListModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_journal);
    }
};

struct JournalEditorSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::JournalEditor)
    QML_NAMED_ELEMENT(JournalEditor)
    QML_SINGLETON

public:
    static JournalEditor *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_journalEditor);
    }
};

struct GratitudeModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::GratitudeModel)
    QML_NAMED_ELEMENT(GratitudeModel)
    QML_SINGLETON

public:
    static GratitudeModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_gratitude);
    }
};

struct MoodModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::MoodModel)
    QML_NAMED_ELEMENT(MoodModel)
    QML_SINGLETON

public:
    static MoodModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_mood);
    }
};

struct SafetyPlanModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::SafetyPlanModel)
    QML_NAMED_ELEMENT(SafetyPlanModel)
    QML_SINGLETON

public:
    static SafetyPlanModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_safety);
    }
};

struct HomeworkModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::HomeworkModel)
    QML_NAMED_ELEMENT(HomeworkModel)
    QML_SINGLETON

public:
    static HomeworkModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_homework);
    }
};

struct GoalListModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::GoalListModel)
    QML_NAMED_ELEMENT(GoalListModel)
    QML_SINGLETON

public:
    static GoalListModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_goals);
    }
};

struct GoalBuilderSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::GoalBuilder)
    QML_NAMED_ELEMENT(GoalBuilder)
    QML_SINGLETON

public:
    static GoalBuilder *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_goalBuilder);
    }
};

struct GoalDetailModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::GoalDetailModel)
    QML_NAMED_ELEMENT(GoalDetailModel)
    QML_SINGLETON

public:
    static GoalDetailModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_goalDetail);
    }
};

struct GoalSharePreviewSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::GoalSharePreview)
    QML_NAMED_ELEMENT(GoalSharePreview)
    QML_SINGLETON

public:
    static GoalSharePreview *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_goalShare);
    }
};

struct ScheduleModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::ScheduleModel)
    QML_NAMED_ELEMENT(ScheduleModel)
    QML_SINGLETON

public:
    static ScheduleModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_schedule);
    }
};

/** Known to QML by name, so pages can call setChecked() on the settings' lists. */
struct ToggleListModelForeign
{
    Q_GADGET
    QML_FOREIGN(circle::ToggleListModel)
    QML_NAMED_ELEMENT(ToggleListModel)
    QML_UNCREATABLE("Made by the settings that own the choices")
};

struct ReminderSettingsSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::ReminderSettings)
    QML_NAMED_ELEMENT(ReminderSettings)
    QML_SINGLETON

public:
    static ReminderSettings *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_reminderSettings);
    }
};

struct FirstRunModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::FirstRunModel)
    QML_NAMED_ELEMENT(FirstRunModel)
    QML_SINGLETON

public:
    static FirstRunModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_firstRun);
    }
};

struct AppLockSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::AppLock)
    QML_NAMED_ELEMENT(AppLock)
    QML_SINGLETON

public:
    static AppLock *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_appLock);
    }
};

struct SettingsModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::SettingsModel)
    QML_NAMED_ELEMENT(SettingsModel)
    QML_SINGLETON

public:
    // The engine that asks is the one a language switch must retranslate.
    static SettingsModel *create(QQmlEngine *engine, QJSEngine *)
    {
        if (QmlSingletons::s_settings)
            QmlSingletons::s_settings->setEngine(engine);
        return QmlSingletons::hand(QmlSingletons::s_settings);
    }
};

} // namespace circle
