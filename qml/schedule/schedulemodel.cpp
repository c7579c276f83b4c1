#include "schedulemodel.h"

#include "answerorder.h"

#include "clock.h"
#include "groupstage.h"
#include "repository.h"
#include "schedule/icsexport.h"
#include "sessiontext.h"
#include "store.h"

#include <QDesktopServices>
#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <limits>
#include <map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSchedule, "circle.schedule")

namespace circle {

namespace {

// A session that began up to this long ago may still be running (see TodayModel).
constexpr qint64 LongestSessionMs = 12 * 60 * 60 * 1000LL;

ScheduleModel::Status statusOf(const v1::GroupSession &s)
{
    return s.status() == v1::SESSION_STATUS_CANCELLED ? ScheduleModel::Status::Cancelled
        : s.status() == v1::SESSION_STATUS_MOVED      ? ScheduleModel::Status::Moved
                                                      : ScheduleModel::Status::Scheduled;
}

/** The patient's latest answer per session; a withdrawn one (tombstone) counts as none. */
std::map<std::string, v1::Rsvp> latestAnswers(Store &store)
{
    std::map<std::string, v1::Rsvp> latest;
    auto all = Repository<v1::Rsvp>(store).listBetween(std::numeric_limits<qint64>::min(),
        std::numeric_limits<qint64>::max(), SortOrder::Ascending, 100000);
    if (!all) {
        qCWarning(lcSchedule) << "Could not read answers:" << all.error().message;
        return latest;
    }
    for (auto &r : all.value()) {
        auto found = latest.find(r.session_id());
        if (found == latest.end() || answeredBefore(found->second, r))
            latest[r.session_id()] = std::move(r);
    }
    return latest;
}

} // namespace

ScheduleModel::ScheduleModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    refresh();
}

void ScheduleModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), { StartRole, WhenRole });
}

QString ScheduleModel::exportFolder() const
{
    if (!m_exportFolder.isEmpty())
        return m_exportFolder;
    // Where a person looks for a file they just saved; phones without a
    // Downloads folder the app may write to have Documents.
    for (auto location : { QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation,
             QStandardPaths::AppDataLocation }) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty())
            return folder;
    }
    return QDir::homePath();
}

void ScheduleModel::setShowPast(bool past)
{
    if (past == m_showPast)
        return;
    m_showPast = past;
    Q_EMIT showPastChanged();
    refresh();
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case GroupNameRole:
        return row.groupName;
    case StartRole:
        return QDateTime::fromMSecsSinceEpoch(row.startMs, m_timeZone);
    case WhenRole:
        return when(row);
    case PlaceRole:
        return row.place;
    case StatusRole:
        return QVariant::fromValue(row.status);
    case StatusLabelRole:
        switch (row.status) {
        case Status::Cancelled:
            return tr("Cancelled");
        case Status::Moved:
            return tr("New time");
        case Status::Scheduled:
            return QString();
        }
        return QString();
    case CancelledRole:
        return row.status == Status::Cancelled;
    case NumberLabelRole:
        return row.numberLabel;
    case JoinLinkRole:
        return past(row) || row.status == Status::Cancelled ? QString() : row.joinLink;
    case PastRole:
        return past(row);
    case RsvpRole:
        return QVariant::fromValue(row.rsvp);
    case RsvpReasonRole:
        return row.reason;
    case RsvpLabelRole:
        return rsvpLabel(row);
    case CanRespondRole:
        return !past(row) && row.status != Status::Cancelled;
    case AttendingRole:
        return row.rsvp == Rsvp::Attending;
    case NotAttendingRole:
        return row.rsvp == Rsvp::NotAttending;
    }
    return {};
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    return {
        { IdRole, "sessionId" },
        { TitleRole, "title" },
        { GroupNameRole, "groupName" },
        { StartRole, "start" },
        { WhenRole, "when" },
        { PlaceRole, "place" },
        { StatusRole, "status" },
        { StatusLabelRole, "statusLabel" },
        { CancelledRole, "cancelled" },
        { NumberLabelRole, "numberLabel" },
        { JoinLinkRole, "joinLink" },
        { PastRole, "past" },
        { RsvpRole, "rsvp" },
        { RsvpReasonRole, "rsvpReason" },
        { RsvpLabelRole, "rsvpLabel" },
        { CanRespondRole, "canRespond" },
        { AttendingRole, "attending" },
        { NotAttendingRole, "notAttending" },
    };
}

void ScheduleModel::refresh()
{
    const qint64 nowMs = m_clock.nowMs();
    Repository<v1::GroupSession> repo(m_store);
    auto sessions = m_showPast
        ? repo.listBetween(
            std::numeric_limits<qint64>::min(), nowMs, SortOrder::Descending, MaxSessions)
        : repo.listBetween(nowMs - LongestSessionMs, std::numeric_limits<qint64>::max(),
            SortOrder::Ascending, MaxSessions);
    QString error;
    std::vector<Row> rows;
    if (!sessions) {
        // The store's message names the failure, never a session's content.
        qCWarning(lcSchedule) << "Could not read sessions:" << sessions.error().message;
        error = tr("Your schedule could not be read.");
    } else {
        QHash<QString, v1::Group> groups;
        const auto answers = latestAnswers(m_store);
        for (const auto &s : sessions.value()) {
            if ((s.end_ms() <= nowMs) != m_showPast)
                continue;
            const QString groupId = qs(s.group_id());
            if (!groups.contains(groupId)) {
                auto group = Repository<v1::Group>(m_store).get(groupId);
                groups.insert(groupId, group ? group.value() : v1::Group());
            }
            const v1::Group &group = groups[groupId];
            Row row;
            row.id = qs(s.meta().id());
            row.groupId = groupId;
            row.groupName = qs(group.name());
            row.title = !s.topic().empty() ? qs(s.topic())
                : !row.groupName.isEmpty() ? row.groupName
                                           : tr("Group session");
            row.startMs = s.start_ms();
            row.endMs = s.end_ms();
            row.place = qs(s.place());
            row.joinLink = qs(s.video_link());
            if (row.place.isEmpty() && !row.joinLink.isEmpty())
                row.place = tr("Online");
            if (s.number() > 0)
                row.numberLabel = group.planned_sessions() > 0
                    ? tr("Session %1 of %2").arg(s.number()).arg(group.planned_sessions())
                    : tr("Session %1").arg(s.number());
            row.status = statusOf(s);
            const auto answer = answers.find(s.meta().id());
            if (answer != answers.end() && !answer->second.meta().deleted()) {
                row.rsvp = answer->second.response() == v1::RSVP_RESPONSE_ATTENDING
                    ? Rsvp::Attending
                    : answer->second.response() == v1::RSVP_RESPONSE_NOT_ATTENDING
                    ? Rsvp::NotAttending
                    : Rsvp::None;
                row.reason = qs(answer->second.reason());
            }
            rows.push_back(std::move(row));
        }
    }

    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_readAtMs = nowMs;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorMessageChanged();
    }
    readGroupSummary();
}

void ScheduleModel::readGroupSummary()
{
    // The group the patient meets next; with none ahead, the one they met last.
    const qint64 nowMs = m_readAtMs;
    Repository<v1::GroupSession> repo(m_store);
    auto ahead = repo.listBetween(nowMs - LongestSessionMs, std::numeric_limits<qint64>::max(),
        SortOrder::Ascending, MaxSessions);
    const v1::GroupSession *next = nullptr;
    if (ahead)
        for (const auto &s : ahead.value())
            if (s.end_ms() > nowMs && s.status() != v1::SESSION_STATUS_CANCELLED) {
                next = &s;
                break;
            }
    std::string groupId;
    if (next) {
        groupId = next->group_id();
    } else {
        auto before
            = repo.listBetween(std::numeric_limits<qint64>::min(), nowMs, SortOrder::Descending, 1);
        if (before && !before.value().empty())
            groupId = before.value().front().group_id();
    }
    GroupStage stage;
    QString name;
    if (!groupId.empty()) {
        auto group = Repository<v1::Group>(m_store).get(qs(groupId));
        auto all = repo.listByParent(qs(groupId));
        if (group && all) {
            int last = 0;
            for (const auto &s : all.value())
                if (s.end_ms() <= nowMs && s.status() != v1::SESSION_STATUS_CANCELLED)
                    last = std::max(last, s.number());
            name = qs(group.value().name());
            stage = GroupStage::of(next ? next->number() : 0, last,
                group.value().planned_sessions(), group.value().open());
        }
    }
    if (name != m_groupName || stage.name != m_groupStage || stage.detail != m_groupStageDetail
        || stage.progress != m_groupProgress) {
        m_groupName = name;
        m_groupStage = stage.name;
        m_groupStageDetail = stage.detail;
        m_groupProgress = stage.progress;
        Q_EMIT groupChanged();
        Q_EMIT calendarTitleChanged(); // it may be the group's name
    }
}

QString ScheduleModel::when(const Row &row) const
{
    // Relative words ("Tomorrow") are as of the last refresh, like the rest of the list.
    return SessionText::when(QDateTime::fromMSecsSinceEpoch(row.startMs, m_timeZone),
        QDateTime::fromMSecsSinceEpoch(row.endMs, m_timeZone),
        QDateTime::fromMSecsSinceEpoch(m_readAtMs, m_timeZone));
}

QString ScheduleModel::rsvpLabel(const Row &row) const
{
    if (!past(row))
        return SessionText::answer(row.rsvp == Rsvp::Attending, row.rsvp == Rsvp::NotAttending);
    switch (row.rsvp) {
    case Rsvp::Attending:
        return tr("You planned to go");
    case Rsvp::NotAttending:
        return tr("You let the group know you couldn't go");
    case Rsvp::None:
        break;
    }
    return row.status != Status::Cancelled ? tr("No answer given") : QString();
}

bool ScheduleModel::fail(const QString &message)
{
    m_message = message;
    m_messageIsError = true;
    Q_EMIT messageChanged();
    return false;
}

bool ScheduleModel::succeed(const QString &message)
{
    m_message = message;
    m_messageIsError = false;
    Q_EMIT messageChanged();
    return true;
}

void ScheduleModel::clearMessage()
{
    if (m_message.isEmpty())
        return;
    m_message.clear();
    m_messageIsError = false;
    Q_EMIT messageChanged();
}

bool ScheduleModel::respond(const QString &sessionId, bool attending, const QString &reason)
{
    auto session = Repository<v1::GroupSession>(m_store).get(sessionId);
    if (!session)
        return fail(tr("This session is no longer in your schedule."));
    if (session.value().status() == v1::SESSION_STATUS_CANCELLED)
        return fail(tr("This session is cancelled, so there is nothing to answer."));
    if (session.value().end_ms() <= m_clock.nowMs())
        return fail(tr("This session is over, so it can no longer be answered."));
    const QString note = attending ? QString() : reason.trimmed();
    if (note.size() > TextLimits::RsvpReason)
        return fail(tr("The note for your facilitator is too long: it can have %1 characters, "
                       "this one has %2.")
                        .arg(TextLimits::RsvpReason)
                        .arg(note.size()));

    Repository<v1::Rsvp> repo(m_store);
    auto earlier = repo.listByParent(sessionId);
    if (!earlier) {
        qCWarning(lcSchedule) << "Could not read an answer:" << earlier.error().message;
        return fail(tr("Your answer could not be saved. Please try again."));
    }
    v1::Rsvp rsvp = earlier.value().empty() ? v1::Rsvp() : earlier.value().front();
    rsvp.set_session_id(utf8(sessionId));
    rsvp.set_response(attending ? v1::RSVP_RESPONSE_ATTENDING : v1::RSVP_RESPONSE_NOT_ATTENDING);
    rsvp.set_reason(utf8(note));
    auto stored = earlier.value().empty() ? repo.create(rsvp) : repo.update(rsvp);
    if (!stored) {
        qCWarning(lcSchedule) << "Could not store an answer:" << stored.error().message;
        return fail(tr("Your answer could not be saved. Please try again."));
    }
    refresh();
    Q_EMIT responded(sessionId);
    return succeed(attending ? tr("Saved: you're going.")
                             : tr("Saved: your facilitator will see that you can't come."));
}

bool ScheduleModel::withdrawResponse(const QString &sessionId)
{
    Repository<v1::Rsvp> repo(m_store);
    auto earlier = repo.listByParent(sessionId);
    if (!earlier)
        return fail(tr("Your answer could not be changed. Please try again."));
    for (const auto &r : earlier.value())
        if (auto removed = repo.remove(qs(r.meta().id())); !removed) {
            qCWarning(lcSchedule) << "Could not withdraw an answer:" << removed.error().message;
            return fail(tr("Your answer could not be changed. Please try again."));
        }
    refresh();
    Q_EMIT responded(sessionId);
    return succeed(tr("Your answer is withdrawn."));
}

namespace {
// A setting of this phone (the store's settings table), not a synced preference:
// which calendar a phone adds to, and who sees it, is the phone's own affair.
constexpr const char *CalendarGroupNameKey = "calendar_shows_group_name";
} // namespace

bool ScheduleModel::calendarShowsGroupName() const
{
    auto value = m_store.setting(CalendarGroupNameKey);
    return value && value.value() == u"1"_s;
}

void ScheduleModel::setCalendarShowsGroupName(bool show)
{
    if (show == calendarShowsGroupName())
        return;
    if (auto saved = m_store.setSetting(CalendarGroupNameKey, show ? u"1"_s : u"0"_s); !saved) {
        qCWarning(lcSchedule) << "Could not store the calendar title choice:"
                              << saved.error().message;
        fail(tr("Your choice could not be saved. Please try again."));
        return;
    }
    Q_EMIT calendarTitleChanged();
}

QString ScheduleModel::discreetCalendarTitle()
{
    return tr("Circle: session");
}

QString ScheduleModel::calendarTitle() const
{
    if (!calendarShowsGroupName())
        return discreetCalendarTitle();
    return m_groupName.isEmpty() ? tr("the group's name") : m_groupName;
}

bool ScheduleModel::writeCalendar(
    const QString &fileName, const QByteArray &calendar, const QString &title)
{
    // Read back as a calendar app would before anything is handed on.
    auto facts = ics::readBack(calendar);
    if (!facts) {
        qCWarning(lcSchedule) << "A calendar file did not read back:" << facts.error().message;
        return fail(tr("The calendar file could not be made. Please try again."));
    }
    const QString folder = exportFolder();
    // The folder by its name ("Downloads"): a whole path is noise to a patient,
    // and breaks mid-word on a phone's width.
    const QString folderName = QDir(folder).dirName();
    if (!QDir().mkpath(folder))
        return fail(
            tr("Your %1 folder could not be used to save the calendar file.").arg(folderName));
    const QString path = QDir(folder).filePath(fileName);
    if (auto written = ics::writeFile(path, calendar); !written)
        return fail(tr("The calendar file could not be saved in your %1 folder.").arg(folderName));
    m_lastCalendarFile = path;
    if (m_openUrl && m_openUrl(QUrl::fromLocalFile(path)))
        return succeed(tr("Sent to your calendar app, where it is called “%1”. Check it there and "
                          "save it.")
                           .arg(title));
    return succeed(tr("Saved in your %1 folder as %2. Open that file to add it to your calendar, "
                      "where it is called “%3”.")
                       .arg(folderName, fileName, title));
}

bool ScheduleModel::addSessionToCalendar(const QString &sessionId)
{
    auto session = Repository<v1::GroupSession>(m_store).get(sessionId);
    if (!session)
        return fail(tr("This session is no longer in your schedule."));
    auto group = Repository<v1::Group>(m_store).get(qs(session.value().group_id()));
    if (!group)
        return fail(tr("The group of this session could not be read."));
    const QDate day = QDateTime::fromMSecsSinceEpoch(session.value().start_ms(), m_timeZone).date();
    // File names say "Circle" and a date, not the group: Downloads is seen by others.
    const bool named = calendarShowsGroupName();
    const QString title = named ? QString() : discreetCalendarTitle();
    return writeCalendar(u"circle-session-%1.ics"_s.arg(day.toString(Qt::ISODate)),
        ics::sessionCalendar(group.value(), session.value(), m_clock.nowMs(), title),
        named ? qs(group.value().name()) : title);
}

bool ScheduleModel::addSeriesToCalendar(const QString &sessionId)
{
    auto session = Repository<v1::GroupSession>(m_store).get(sessionId);
    if (!session)
        return fail(tr("This session is no longer in your schedule."));
    const QString groupId = qs(session.value().group_id());
    auto group = Repository<v1::Group>(m_store).get(groupId);
    auto sessions = Repository<v1::GroupSession>(m_store).listByParent(groupId);
    if (!group || !sessions)
        return fail(tr("The group of this session could not be read."));
    const bool named = calendarShowsGroupName();
    const QString title = named ? QString() : discreetCalendarTitle();
    return writeCalendar(u"circle-group-sessions.ics"_s,
        ics::seriesCalendar(group.value(), sessions.value(), m_clock.nowMs(), title),
        named ? qs(group.value().name()) : title);
}

bool ScheduleModel::openJoinLink(const QString &sessionId)
{
    auto session = Repository<v1::GroupSession>(m_store).get(sessionId);
    if (!session || session.value().video_link().empty())
        return fail(tr("This session has no link to join."));
    const QUrl url(qs(session.value().video_link()), QUrl::StrictMode);
    // Only web links: a link from anywhere else could start any program.
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || url.host().isEmpty())
        return fail(tr("The link for this session does not look like a web address, so it was "
                       "not opened. Please ask your facilitator for it."));
    if (!m_openUrl || !m_openUrl(url))
        return fail(tr("No browser opened the link. It is: %1").arg(url.toDisplayString()));
    return succeed(tr("The session opened in your browser."));
}

} // namespace circle
