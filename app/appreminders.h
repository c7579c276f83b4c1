#pragma once

#include "reminderservice.h"

#include <memory>

class QQuickWindow;

namespace circle {

class AppObjects;
class Notifier;
class Store;

/**
 * The reminder loop of a real start (a self-test or a screenshot never notifies),
 * told whenever the app changed what reminders are planned from, and opening the
 * page a tapped reminder names in the window.
 *
 * The service re-plans on its own at least hourly (a new day, a new zone); these
 * connections make an answer, a setting, finished homework or what sync brought
 * count at once. Requests made in one turn of the event loop plan once.
 */
class AppReminders
{
public:
    AppReminders(Store &store, AppObjects &objects, QQuickWindow &window);
    ~AppReminders();

    AppReminders(const AppReminders &) = delete;
    AppReminders &operator=(const AppReminders &) = delete;

private:
    std::unique_ptr<Notifier> m_notifier;
    ReminderService m_service;
};

} // namespace circle
