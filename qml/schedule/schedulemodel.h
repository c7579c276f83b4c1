#pragma once

#include "fieldlimits.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * The Schedule page: the group sessions ahead (and one running now), soonest
 * first, or with showPast the sessions that are over, latest first, with what
 * the patient answered for each (their attendance history). Cancelled sessions
 * stay in the list, marked, because "it is not on" is what the patient most
 * needs to learn from a schedule.
 *
 * The patient answers here (attending, or can't attend with an optional note
 * for the facilitator), stored as their Rsvp record so it syncs; opens the link
 * of an online session; and adds one session or the group's whole series to
 * their calendar as an .ics file. Nothing about other members appears: no
 * names, no counts of answers.
 *
 * Clinics publish weeks, not years, ahead, so the list is read whole, up to
 * MaxSessions, rather than page by page.
 */
class ScheduleModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool showPast READ showPast WRITE setShowPast NOTIFY showPastChanged)
    Q_PROPERTY(QString groupName READ groupName NOTIFY groupChanged)
    Q_PROPERTY(QString groupStage READ groupStage NOTIFY groupChanged)
    Q_PROPERTY(QString groupStageDetail READ groupStageDetail NOTIFY groupChanged)
    Q_PROPERTY(QString groupProgress READ groupProgress NOTIFY groupChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    /** The longest note respond() takes, so a form can say so before anything is sent. */
    Q_PROPERTY(int maxReasonLength READ maxReasonLength CONSTANT)
    /**
     * Calendar events carry the group's name (and the session's topic) instead
     * of the discreet title. Off by default: a calendar is often shared with a
     * family or an employer. Kept on this phone only, as calendars are.
     */
    Q_PROPERTY(bool calendarShowsGroupName READ calendarShowsGroupName WRITE
            setCalendarShowsGroupName NOTIFY calendarTitleChanged)
    /** What the events added to a calendar are called, as the patient will see them. */
    Q_PROPERTY(QString calendarTitle READ calendarTitle NOTIFY calendarTitleChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        GroupNameRole,
        StartRole,
        WhenRole,
        PlaceRole,
        StatusRole,
        StatusLabelRole,
        CancelledRole,
        NumberLabelRole,
        JoinLinkRole,
        PastRole,
        RsvpRole,
        RsvpReasonRole,
        RsvpLabelRole,
        CanRespondRole,
        AttendingRole,
        NotAttendingRole,
    };
    Q_ENUM(Role)

    enum class Status { Scheduled, Moved, Cancelled };
    Q_ENUM(Status)

    /** The patient's own answer; what others answered is never on the phone. */
    enum class Rsvp { None, Attending, NotAttending };
    Q_ENUM(Rsvp)

    static constexpr int MaxSessions = 200;

    /** Hands a file or web address to the system; QDesktopServices::openUrl by default. */
    using UrlOpener = std::function<bool(const QUrl &)>;

    ScheduleModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    /** The zone times are shown in; the system's by default. */
    void setTimeZone(const QTimeZone &zone);
    /** Where calendar files go; the Downloads folder (or Documents) by default. */
    void setExportFolder(const QString &folder) { m_exportFolder = folder; }
    QString exportFolder() const;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }
    bool showPast() const { return m_showPast; }
    void setShowPast(bool past);
    QString groupName() const { return m_groupName; }
    QString groupStage() const { return m_groupStage; }
    QString groupStageDetail() const { return m_groupStageDetail; }
    QString groupProgress() const { return m_groupProgress; }
    /** The outcome of the last action (answer, calendar, link), for an inline note. */
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    /** The longest note for the facilitator; the store holds a note to the same limit. */
    int maxReasonLength() const { return int(TextLimits::RsvpReason); }
    bool calendarShowsGroupName() const;
    void setCalendarShowsGroupName(bool show);
    QString calendarTitle() const;
    /** The title events get by default: it says nothing of therapy or of the group. */
    static QString discreetCalendarTitle();

    /** Reads the schedule again at the clock's current time. */
    Q_INVOKABLE void refresh();

    /**
     * Stores the patient's answer for a session that is still ahead and not
     * cancelled, replacing an earlier one. The reason is kept only for "can't
     * attend" and goes to the group's facilitators. False, with message() saying
     * why, when the session is gone, over or cancelled, or the note too long.
     */
    Q_INVOKABLE bool respond(const QString &sessionId, bool attending, const QString &reason = {});
    /** Takes the patient's answer back, so the session has none. */
    Q_INVOKABLE bool withdrawResponse(const QString &sessionId);

    /** Writes the session as an .ics file, checks it reads back, offers it to the system. */
    Q_INVOKABLE bool addSessionToCalendar(const QString &sessionId);
    /** The same for every session of that session's group: one recurring event and its exceptions.
     */
    Q_INVOKABLE bool addSeriesToCalendar(const QString &sessionId);
    /** Opens an online session's link in the browser; only http and https links. */
    Q_INVOKABLE bool openJoinLink(const QString &sessionId);
    /** Clears message(). */
    Q_INVOKABLE void clearMessage();

    /** The last calendar file written; empty before the first. */
    QString lastCalendarFile() const { return m_lastCalendarFile; }

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();
    void showPastChanged();
    void groupChanged();
    void messageChanged();
    void calendarTitleChanged();
    /** The patient answered or withdrew an answer: reminders for it change. */
    void responded(const QString &sessionId);

private:
    struct Row
    {
        QString id;
        QString groupId;
        QString title;
        QString groupName;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString place;
        QString joinLink;
        QString numberLabel;
        Status status = Status::Scheduled;
        Rsvp rsvp = Rsvp::None;
        QString reason;
    };

    QString when(const Row &row) const;
    QString rsvpLabel(const Row &row) const;
    bool past(const Row &row) const { return row.endMs <= m_readAtMs; }
    bool fail(const QString &message);
    bool succeed(const QString &message);
    bool writeCalendar(const QString &fileName, const QByteArray &calendar, const QString &title);
    void readGroupSummary();

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    qint64 m_readAtMs = 0;
    QString m_error;
    bool m_showPast = false;
    QString m_groupName;
    QString m_groupStage;
    QString m_groupStageDetail;
    QString m_groupProgress;
    QString m_message;
    bool m_messageIsError = false;
    QString m_exportFolder;
    QString m_lastCalendarFile;
    UrlOpener m_openUrl;
};

} // namespace circle
