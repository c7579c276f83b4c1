#pragma once

#include "groupleadsmodel.h"
#include "records.h"
#include "togglelistmodel.h"

#include <QObject>
#include <QString>

namespace circle {

class Store;

/**
 * The Reminders settings page: when Circle reminds the patient of sessions,
 * homework and daily practice, when it stays quiet, how many reminders a day
 * at most, and whether the lock screen may say what a reminder is about.
 *
 * Kept as the patient's ReminderPreferences record through the repository, so
 * it syncs to their other devices and merges field by field. Every change is
 * saved at once, as a phone's settings are; a time that cannot be read is
 * refused with a message naming it and changes nothing that was stored.
 */
class ReminderSettings : public QObject
{
    Q_OBJECT
    // Item models handed to QML as plain objects (Qt 6.4's qmllint knows no
    // QAbstractItemModel); the page flips rows through the invokables below.
    Q_PROPERTY(QObject *sessionLeadModel READ sessionLeadModel CONSTANT)
    Q_PROPERTY(QObject *practiceDayModel READ practiceDayModel CONSTANT)
    /** The patient's groups, each following the usual leads or with its own (GroupLeadsModel). */
    Q_PROPERTY(QObject *groupModel READ groupModel CONSTANT)
    Q_PROPERTY(bool noteWhenNotAttending READ noteWhenNotAttending WRITE setNoteWhenNotAttending
            NOTIFY changed)
    Q_PROPERTY(
        bool homeworkReminders READ homeworkReminders WRITE setHomeworkReminders NOTIFY changed)
    Q_PROPERTY(bool practiceEnabled READ practiceEnabled WRITE setPracticeEnabled NOTIFY changed)
    Q_PROPERTY(QString practiceTime READ practiceTime NOTIFY changed)
    Q_PROPERTY(
        bool quietHoursEnabled READ quietHoursEnabled WRITE setQuietHoursEnabled NOTIFY changed)
    Q_PROPERTY(QString quietStart READ quietStart NOTIFY changed)
    Q_PROPERTY(QString quietEnd READ quietEnd NOTIFY changed)
    Q_PROPERTY(int dailyCap READ dailyCap WRITE setDailyCap NOTIFY changed)
    Q_PROPERTY(
        bool detailOnLockScreen READ detailOnLockScreen WRITE setDetailOnLockScreen NOTIFY changed)
    Q_PROPERTY(QString practiceTimeError READ practiceTimeError NOTIFY errorsChanged)
    Q_PROPERTY(QString quietHoursError READ quietHoursError NOTIFY errorsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorsChanged)

public:
    static constexpr int MaxDailyCap = 20;
    /** When daily practice starts out once the patient switches it on. */
    static constexpr int DefaultPracticeMinute = 20 * 60;
    static constexpr int DefaultQuietStart = 22 * 60;
    static constexpr int DefaultQuietEnd = 7 * 60;

    explicit ReminderSettings(Store &store, QObject *parent = nullptr);

    ToggleListModel *sessionLeads() { return &m_leads; }
    ToggleListModel *practiceDays() { return &m_days; }
    QObject *sessionLeadModel() { return &m_leads; }
    QObject *practiceDayModel() { return &m_days; }
    GroupLeadsModel *groups() { return &m_groups; }
    QObject *groupModel() { return &m_groups; }
    /** The patient switched the session reminder in that row of sessionLeadModel. */
    Q_INVOKABLE void setSessionLeadChecked(int row, bool on) { m_leads.setChecked(row, on); }
    /** The patient switched the weekday in that row of practiceDayModel. */
    Q_INVOKABLE void setPracticeDayChecked(int row, bool on) { m_days.setChecked(row, on); }
    /**
     * The group in that row of groupModel follows the usual session reminders
     * (usual), or gets its own, starting as a copy of the usual ones.
     */
    Q_INVOKABLE void setGroupUsesUsualLeads(int row, bool usual);
    /** The patient switched lead leadRow of the group with that id (its lead model's owner). */
    Q_INVOKABLE void setGroupLeadChecked(const QString &groupId, int leadRow, bool on);

    bool homeworkReminders() const { return m_prefs.homework_reminders(); }
    void setHomeworkReminders(bool on);
    bool practiceEnabled() const { return m_prefs.practice_minute_of_day() >= 0; }
    void setPracticeEnabled(bool on);
    QString practiceTime() const;
    bool quietHoursEnabled() const;
    void setQuietHoursEnabled(bool on);
    QString quietStart() const;
    QString quietEnd() const;
    int dailyCap() const { return m_prefs.daily_cap(); }
    void setDailyCap(int cap);
    bool detailOnLockScreen() const { return m_prefs.detail_on_lock_screen(); }
    void setDetailOnLockScreen(bool on);
    bool noteWhenNotAttending() const { return m_prefs.note_when_not_attending(); }
    void setNoteWhenNotAttending(bool on);

    QString practiceTimeError() const { return m_practiceTimeError; }
    QString quietHoursError() const { return m_quietHoursError; }
    QString errorMessage() const { return m_error; }

    /** The preferences as they now stand (the planner's defaults before the first save). */
    const v1::ReminderPreferences &preferences() const { return m_prefs; }

    /** "7:30", "07:30" or "19:05"; false, with practiceTimeError(), for anything else. */
    Q_INVOKABLE bool setPracticeTime(const QString &text);
    /** Both ends at once, so a half-typed pair is never stored. */
    Q_INVOKABLE bool setQuietHours(const QString &start, const QString &end);
    /** Reads the stored preferences again (after sync brought a change). */
    Q_INVOKABLE void reload();
    /** Reads the patient's groups again (after sync brought one), keeping the preferences. */
    void reloadGroups();

    /** Minutes after midnight for "H:MM"/"HH:MM", or -1. */
    static int parseTime(const QString &text);

Q_SIGNALS:
    void changed();
    void errorsChanged();
    /** A change reached the store: reminders should be planned again. */
    void saved();

private:
    bool save();
    void syncToggles();
    void watchToggles(ToggleListModel *model);
    void fromToggles();
    void setErrors(const QString &practice, const QString &quiet, const QString &general);
    QString timeText(int minute) const;

    Store &m_store;
    v1::ReminderPreferences m_prefs;
    ToggleListModel m_leads;
    ToggleListModel m_days;
    GroupLeadsModel m_groups;
    QString m_practiceTimeError;
    QString m_quietHoursError;
    QString m_error;
};

} // namespace circle
