#include "reminderlog.h"

#include "sqlite.h"
#include "store.h"

namespace circle {

Result<void> reminderLogSchema(sql::Connection &conn)
{
    return conn.exec("CREATE TABLE reminder_deliveries (\n"
                     "  reminder_id TEXT PRIMARY KEY,\n"
                     "  due_ms INTEGER NOT NULL,\n"
                     "  delivered_ms INTEGER NOT NULL\n"
                     ");\n"
                     "CREATE INDEX reminder_deliveries_by_due ON reminder_deliveries (due_ms);\n"
                     "CREATE TABLE reminder_snoozes (\n"
                     "  base_id TEXT PRIMARY KEY,\n"
                     "  until_ms INTEGER NOT NULL\n"
                     ");\n",
        "Creating the reminder log");
}

Result<void> ReminderLog::markDelivered(const Reminder &reminder, qint64 deliveredMs)
{
    sql::Statement st(m_store.connection(),
        "INSERT OR IGNORE INTO reminder_deliveries (reminder_id, due_ms, delivered_ms) "
        "VALUES (?, ?, ?)");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, reminder.id).bindInt64(2, reminder.dueMs).bindInt64(3, deliveredMs);
    return st.run("Recording a shown reminder");
}

Result<QSet<QString>> ReminderLog::delivered(qint64 sinceMs) const
{
    sql::Statement st(
        m_store.connection(), "SELECT reminder_id FROM reminder_deliveries WHERE due_ms >= ?");
    if (!st.valid())
        return st.prepareError();
    st.bindInt64(1, sinceMs);
    QSet<QString> ids;
    for (;;) {
        switch (st.step()) {
        case sql::Statement::Step::Row:
            ids.insert(st.text(0));
            continue;
        case sql::Statement::Step::Done:
            return ids;
        case sql::Statement::Step::Error:
            return st.error("Reading shown reminders");
        }
    }
}

Result<void> ReminderLog::snooze(const QString &reminderId, qint64 untilMs)
{
    sql::Statement st(m_store.connection(),
        "INSERT OR REPLACE INTO reminder_snoozes (base_id, until_ms) VALUES (?, ?)");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, ReminderPlanner::baseIdOf(reminderId)).bindInt64(2, untilMs);
    return st.run("Recording a snooze");
}

Result<std::vector<SnoozedReminder>> ReminderLog::snoozes() const
{
    sql::Statement st(m_store.connection(),
        "SELECT base_id, until_ms FROM reminder_snoozes ORDER BY until_ms, base_id");
    if (!st.valid())
        return st.prepareError();
    std::vector<SnoozedReminder> out;
    for (;;) {
        switch (st.step()) {
        case sql::Statement::Step::Row:
            out.push_back({ st.text(0), st.int64(1) });
            continue;
        case sql::Statement::Step::Done:
            return out;
        case sql::Statement::Step::Error:
            return st.error("Reading snoozes");
        }
    }
}

Result<int> ReminderLog::prune(qint64 beforeMs)
{
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    int removed = 0;
    for (const char *sqlText : { "DELETE FROM reminder_deliveries WHERE due_ms < ?",
             "DELETE FROM reminder_snoozes WHERE until_ms < ?" }) {
        sql::Statement st(m_store.connection(), sqlText);
        if (!st.valid())
            return st.prepareError();
        st.bindInt64(1, beforeMs);
        if (auto r = st.run("Pruning the reminder log"); !r)
            return r.error();
        removed += m_store.connection().changes();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return removed;
}

} // namespace circle
