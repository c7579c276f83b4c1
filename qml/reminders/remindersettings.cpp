#include "remindersettings.h"

#include "repository.h"
#include "schedule/reminderplanner.h"
#include "store.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReminderSettings, "circle.reminders.settings")

namespace circle {

namespace {

/** The leads offered, longest first; a stored lead not among them is shown too. */
constexpr int OfferedLeads[] = { 2 * 24 * 60, 24 * 60, 2 * 60, 60, 15 };

/** The group's own leads in the preferences, or null when it follows the usual ones. */
v1::GroupReminderLeads *groupLeadsOf(v1::ReminderPreferences &prefs, const QString &groupId)
{
    for (auto &entry : *prefs.mutable_group_leads())
        if (qs(entry.group_id()) == groupId)
            return &entry;
    return nullptr;
}

QString leadLabel(int minutes)
{
    // Spelled out per case: these read right before a plural translation exists.
    if (minutes % (24 * 60) == 0) {
        const int days = minutes / (24 * 60);
        return days == 1 ? ReminderSettings::tr("1 day before")
                         : ReminderSettings::tr("%1 days before").arg(days);
    }
    if (minutes % 60 == 0) {
        const int hours = minutes / 60;
        return hours == 1 ? ReminderSettings::tr("1 hour before")
                          : ReminderSettings::tr("%1 hours before").arg(hours);
    }
    return ReminderSettings::tr("%1 minutes before").arg(minutes);
}

} // namespace

ReminderSettings::ReminderSettings(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    const QLocale locale;
    std::vector<ToggleListModel::Option> days;
    // The week as the patient's locale starts it.
    for (int i = 0; i < 7; ++i) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        days.push_back(
            { day, locale.dayName(day, QLocale::ShortFormat), locale.dayName(day), false });
    }
    m_days.setOptions(std::move(days));
    watchToggles(&m_leads);
    watchToggles(&m_days);
    reload();
}

void ReminderSettings::watchToggles(ToggleListModel *model)
{
    connect(model, &ToggleListModel::toggled, this, [this] {
        fromToggles();
        save();
    });
}

void ReminderSettings::reloadGroups()
{
    auto stored = Repository<v1::Group>(m_store).list();
    if (!stored) {
        qCWarning(lcReminderSettings) << "Could not read groups:" << stored.error().message;
        return;
    }
    std::vector<std::pair<QString, QString>> groups;
    for (const auto &g : stored.value().items)
        groups.emplace_back(qs(g.meta().id()), qs(g.name()));
    std::sort(groups.begin(), groups.end(),
        [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    for (ToggleListModel *made : m_groups.setGroups(groups))
        watchToggles(made);
}

void ReminderSettings::reload()
{
    auto stored = Repository<v1::ReminderPreferences>(m_store).list({ 1, std::nullopt, false });
    if (!stored) {
        qCWarning(lcReminderSettings)
            << "Could not read reminder preferences:" << stored.error().message;
        setErrors({}, {}, tr("Your reminder settings could not be read."));
        m_prefs = ReminderPlanner::defaultPreferences();
    } else {
        m_prefs = stored.value().items.empty() ? ReminderPlanner::defaultPreferences()
                                               : stored.value().items.front();
        setErrors({}, {}, {});
    }
    reloadGroups();
    syncToggles();
    Q_EMIT changed();
}

void ReminderSettings::syncToggles()
{
    // The offered leads plus any stored one that is not among them, longest first;
    // the usual switches and every group's show the same choices.
    std::vector<int> leads(std::begin(OfferedLeads), std::end(OfferedLeads));
    const auto offer = [&leads](const auto &minutes) {
        for (int lead : minutes)
            if (lead > 0 && std::find(leads.begin(), leads.end(), lead) == leads.end())
                leads.push_back(lead);
    };
    offer(m_prefs.session_lead_minutes());
    for (const auto &g : m_prefs.group_leads())
        offer(g.lead_minutes());
    std::sort(leads.begin(), leads.end(), std::greater<>());
    // A group's switches carry its name for screen readers.
    const auto showLeads = [&leads](ToggleListModel &model, const auto &checked,
                               const QString &groupName) {
        std::vector<int> shown;
        for (int row = 0; row < model.count(); ++row)
            shown.push_back(model.data(model.index(row), ToggleListModel::ValueRole).toInt());
        if (shown != leads) {
            std::vector<ToggleListModel::Option> options;
            for (int lead : leads)
                options.push_back({ lead, leadLabel(lead),
                    groupName.isEmpty() ? QString()
                                        : tr("%1, reminder %2").arg(groupName, leadLabel(lead)),
                    false });
            model.setOptions(std::move(options));
        }
        model.setCheckedValues({ checked.begin(), checked.end() });
    };
    showLeads(m_leads, m_prefs.session_lead_minutes(), {});
    for (int row = 0; row < m_groups.count(); ++row) {
        const auto *own = groupLeadsOf(m_prefs, m_groups.row(row).groupId);
        m_groups.setUsesUsualLeads(row, own == nullptr);
        showLeads(*m_groups.row(row).leads,
            own ? own->lead_minutes() : m_prefs.session_lead_minutes(), m_groups.row(row).name);
    }
    m_days.setCheckedValues(
        { m_prefs.practice_weekdays().begin(), m_prefs.practice_weekdays().end() });
}

void ReminderSettings::fromToggles()
{
    m_prefs.clear_session_lead_minutes();
    for (int lead : m_leads.checkedValues())
        m_prefs.add_session_lead_minutes(lead);
    for (int row = 0; row < m_groups.count(); ++row) {
        const auto &group = m_groups.row(row);
        if (auto *own = groupLeadsOf(m_prefs, group.groupId)) {
            own->clear_lead_minutes();
            for (int lead : group.leads->checkedValues())
                own->add_lead_minutes(lead);
        }
    }
    std::vector<int> days = m_days.checkedValues();
    std::sort(days.begin(), days.end());
    m_prefs.clear_practice_weekdays();
    for (int day : days)
        m_prefs.add_practice_weekdays(day);
}

bool ReminderSettings::save()
{
    Repository<v1::ReminderPreferences> repo(m_store);
    auto stored = m_prefs.meta().id().empty() ? repo.create(m_prefs) : repo.update(m_prefs);
    if (!stored) {
        qCWarning(lcReminderSettings)
            << "Could not store reminder preferences:" << stored.error().message;
        // Show what is really stored rather than a change that did not happen.
        reload();
        setErrors({}, {}, tr("Your reminder settings could not be saved. Please try again."));
        return false;
    }
    m_prefs = stored.value();
    setErrors({}, {}, {});
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

void ReminderSettings::setErrors(
    const QString &practice, const QString &quiet, const QString &general)
{
    if (practice == m_practiceTimeError && quiet == m_quietHoursError && general == m_error)
        return;
    m_practiceTimeError = practice;
    m_quietHoursError = quiet;
    m_error = general;
    Q_EMIT errorsChanged();
}

QString ReminderSettings::timeText(int minute) const
{
    if (minute < 0)
        return QString();
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

int ReminderSettings::parseTime(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return -1;
    return hour * 60 + minute;
}

void ReminderSettings::setHomeworkReminders(bool on)
{
    if (on == homeworkReminders())
        return;
    m_prefs.set_homework_reminders(on);
    save();
}

void ReminderSettings::setPracticeEnabled(bool on)
{
    if (on == practiceEnabled())
        return;
    m_prefs.set_practice_minute_of_day(on ? DefaultPracticeMinute : -1);
    // Switched on with no day chosen, it starts as every day rather than never.
    if (on && m_prefs.practice_weekdays_size() == 0)
        for (int day = 1; day <= 7; ++day)
            m_prefs.add_practice_weekdays(day);
    syncToggles();
    save();
}

QString ReminderSettings::practiceTime() const
{
    return timeText(m_prefs.practice_minute_of_day());
}

bool ReminderSettings::setPracticeTime(const QString &text)
{
    const int minute = parseTime(text);
    if (minute < 0) {
        setErrors(tr("\"%1\" is not a time of day. Write hours and minutes, like 20:00.")
                      .arg(text.trimmed()),
            m_quietHoursError, m_error);
        return false;
    }
    m_prefs.set_practice_minute_of_day(minute);
    return save();
}

bool ReminderSettings::quietHoursEnabled() const
{
    return m_prefs.quiet_start_minute() >= 0 && m_prefs.quiet_end_minute() >= 0
        && m_prefs.quiet_start_minute() != m_prefs.quiet_end_minute();
}

void ReminderSettings::setQuietHoursEnabled(bool on)
{
    if (on == quietHoursEnabled())
        return;
    m_prefs.set_quiet_start_minute(on ? DefaultQuietStart : -1);
    m_prefs.set_quiet_end_minute(on ? DefaultQuietEnd : -1);
    save();
}

QString ReminderSettings::quietStart() const
{
    return quietHoursEnabled() ? timeText(m_prefs.quiet_start_minute()) : QString();
}

QString ReminderSettings::quietEnd() const
{
    return quietHoursEnabled() ? timeText(m_prefs.quiet_end_minute()) : QString();
}

bool ReminderSettings::setQuietHours(const QString &start, const QString &end)
{
    const int from = parseTime(start);
    const int until = parseTime(end);
    QString problem;
    if (from < 0)
        problem = tr("\"%1\" is not a time of day. Write hours and minutes, like 22:00.")
                      .arg(start.trimmed());
    else if (until < 0)
        problem = tr("\"%1\" is not a time of day. Write hours and minutes, like 07:00.")
                      .arg(end.trimmed());
    else if (from == until)
        problem = tr("Quiet hours need to end at a different time than they start.");
    if (!problem.isEmpty()) {
        setErrors(m_practiceTimeError, problem, m_error);
        return false;
    }
    m_prefs.set_quiet_start_minute(from);
    m_prefs.set_quiet_end_minute(until);
    return save();
}

void ReminderSettings::setDailyCap(int cap)
{
    cap = std::clamp(cap, 0, MaxDailyCap);
    if (cap == dailyCap())
        return;
    m_prefs.set_daily_cap(cap);
    save();
}

void ReminderSettings::setNoteWhenNotAttending(bool on)
{
    if (on == noteWhenNotAttending())
        return;
    m_prefs.set_note_when_not_attending(on);
    save();
}

void ReminderSettings::setGroupUsesUsualLeads(int row, bool usual)
{
    if (row < 0 || row >= m_groups.count() || usual == m_groups.row(row).usesUsualLeads)
        return;
    const QString groupId = m_groups.row(row).groupId;
    if (usual) {
        auto *entries = m_prefs.mutable_group_leads();
        for (int i = entries->size() - 1; i >= 0; --i)
            if (qs(entries->Get(i).group_id()) == groupId)
                entries->DeleteSubrange(i, 1);
    } else {
        auto *own = m_prefs.add_group_leads();
        own->set_group_id(groupId.toStdString());
        *own->mutable_lead_minutes() = m_prefs.session_lead_minutes();
    }
    syncToggles();
    save();
}

void ReminderSettings::setGroupLeadChecked(const QString &groupId, int leadRow, bool on)
{
    for (int row = 0; row < m_groups.count(); ++row)
        if (m_groups.row(row).groupId == groupId && !m_groups.row(row).usesUsualLeads)
            m_groups.row(row).leads->setChecked(leadRow, on);
}

void ReminderSettings::setDetailOnLockScreen(bool on)
{
    if (on == detailOnLockScreen())
        return;
    m_prefs.set_detail_on_lock_screen(on);
    save();
}

} // namespace circle
