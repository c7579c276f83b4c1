#include "appreminders.h"

#include "appshell/appobjects.h"
#include "notifier.h"
#include "store.h"

#include <QQuickWindow>

namespace circle {

AppReminders::AppReminders(Store &store, AppObjects &objects, QQuickWindow &window)
    : m_notifier(Notifier::create())
    , m_service(store, *m_notifier, store.clock())
{
    QObject::connect(
        &objects.schedule, &ScheduleModel::responded, &m_service, &ReminderService::requestReplan);
    QObject::connect(&objects.reminderSettings, &ReminderSettings::saved, &m_service,
        &ReminderService::requestReplan);
    QObject::connect(&objects.homework, &QAbstractItemModel::modelReset, &m_service,
        &ReminderService::requestReplan);
    QObject::connect(&objects.homework, &QAbstractItemModel::dataChanged, &m_service,
        &ReminderService::requestReplan);
    QObject::connect(&objects.clinicSync, &ClinicSync::recordsArrived, &m_service,
        &ReminderService::requestReplan);
    QObject::connect(
        &m_service, &ReminderService::openRequested, &window, [&window](const QString &page) {
            QMetaObject::invokeMethod(&window, "openPage", Q_ARG(QVariant, page));
            window.show();
            window.raise();
            window.requestActivate();
        });
    m_service.start();
}

AppReminders::~AppReminders() = default;

} // namespace circle
