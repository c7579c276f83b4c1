#pragma once

#include "reminderplanner.h"
#include "result.h"

#include <QSet>
#include <QString>

#include <vector>

namespace circle {

class Store;
namespace sql {
class Connection;
}

/**
 * The schema step that adds the reminder log's tables. It belongs in
 * core/migrations.cpp as the next version; it lives here until then so the
 * tables and the code that uses them are read together. Frozen once released.
 *
 * Both tables hold only reminder ids (record UUIDs, times and slot names), never
 * record content, and they are local to this phone: what was shown here says
 * nothing about another device, so they never enter the outbox.
 */
Result<void> reminderLogSchema(sql::Connection &conn);

/**
 * What this phone has already shown and what the patient snoozed, kept in the
 * encrypted store so that re-planning after a restart neither repeats a
 * delivered reminder nor forgets a snooze. Feeds ReminderInputs::delivered and
 * ReminderInputs::snoozes.
 */
class ReminderLog
{
public:
    explicit ReminderLog(Store &store)
        : m_store(store)
    {
    }

    /** Records a shown reminder. Showing it again changes nothing. */
    Result<void> markDelivered(const Reminder &reminder, qint64 deliveredMs);
    /** Ids of reminders due at or after sinceMs that were shown. */
    Result<QSet<QString>> delivered(qint64 sinceMs) const;

    /**
     * Pushes a reminder to untilMs, kept under its base id (a snoozed reminder's
     * id works too), so a later snooze of the same reminder replaces this one.
     */
    Result<void> snooze(const QString &reminderId, qint64 untilMs);
    Result<std::vector<SnoozedReminder>> snoozes() const;

    /** Forgets deliveries due and snoozes ending before beforeMs; returns how many rows went. */
    Result<int> prune(qint64 beforeMs);

private:
    Store &m_store;
};

} // namespace circle
