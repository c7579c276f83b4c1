#include "goalsharepreview.h"

#include "appshell/timeformat.h"
#include "goalnumber.h"
#include "goalunits.h"
#include "repository.h"
#include "sharing.h"
#include "store.h"
#include "syncaccount.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGoalShare, "circle.goals.share")

namespace circle {

namespace {

// Words for the kinds of record that never leave the phone readable.
QString privateLabel(const char *typeName)
{
    const QLatin1String type(typeName);
    if (type == "journal_entry"_L1)
        return GoalSharePreview::tr("Your journal");
    if (type == "gratitude_entry"_L1)
        return GoalSharePreview::tr("The good things you write down");
    if (type == "mood_check_in"_L1)
        return GoalSharePreview::tr("Your mood check-ins");
    if (type == "safety_plan"_L1)
        return GoalSharePreview::tr("Your safety plan");
    if (type == "reminder_preferences"_L1)
        return GoalSharePreview::tr("Your reminder settings");
    if (type == "agreement_ack"_L1)
        return GoalSharePreview::tr("When you agreed to the group agreement");
    return QString::fromLatin1(typeName);
}

} // namespace

GoalSharePreview::GoalSharePreview(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_timeZone(QTimeZone::systemTimeZone())
{
}

int GoalSharePreview::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant GoalSharePreview::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case ValueRole:
        return row.value;
    case SectionRole:
        return row.section;
    case FieldRole:
        return row.field;
    }
    return {};
}

QHash<int, QByteArray> GoalSharePreview::roleNames() const
{
    return {
        { LabelRole, "label" },
        { ValueRole, "value" },
        { SectionRole, "section" },
        { FieldRole, "field" },
    };
}

QStringList GoalSharePreview::privateItems() const
{
    QStringList items;
    forEachRecordType([&]<typename T>() {
        if (RecordTraits<T>::authority == Authority::Patient
            && sharing::visibility(QString::fromLatin1(RecordTraits<T>::typeName))
                == sharing::Visibility::Sealed)
            items.append(privateLabel(RecordTraits<T>::typeName));
    });
    items.append(tr("Your other goals, unless you share them too"));
    return items;
}

bool GoalSharePreview::load(const QString &goalId)
{
    m_goalId = goalId;
    rebuild();
    return m_error.isEmpty();
}

bool GoalSharePreview::share()
{
    if (!m_clinicJoined) {
        // Marking it shared would promise a therapist who is not there.
        rebuild();
        m_error = tr("This phone has not joined a clinic, so there is no therapist to share "
                     "with yet. Your goal stays private.");
        Q_EMIT changed();
        return false;
    }
    return setShared(true);
}

bool GoalSharePreview::unshare()
{
    return setShared(false);
}

bool GoalSharePreview::setShared(bool shared)
{
    return storeChange(
        [this, shared](v1::Goal &goal) {
            if (goal.shared_with_therapist() == shared)
                return;
            goal.set_shared_with_therapist(shared);
            // The group it goes to is written down with the choice, so it stays
            // with that group whatever groups the patient joins later.
            if (shared && goal.shared_group_id().empty())
                goal.set_shared_group_id(utf8(sharing::groupForGoal(m_store, goal)));
        },
        shared ? tr("The goal could not be shared: %1")
               : tr("The goal could not be made private: %1"));
}

bool GoalSharePreview::chooseGroup(int index)
{
    if (index < 0 || index >= int(m_groups.size()))
        return false;
    const QString groupId = m_groups[size_t(index)].id;
    return storeChange(
        [&groupId](v1::Goal &goal) {
            if (qs(goal.shared_group_id()) != groupId)
                goal.set_shared_group_id(utf8(groupId));
        },
        tr("The group could not be changed: %1"));
}

bool GoalSharePreview::storeChange(
    const std::function<void(v1::Goal &)> &change, const QString &failure)
{
    auto goal = Repository<v1::Goal>(m_store).get(m_goalId);
    if (goal) {
        v1::Goal changed = goal.value();
        change(changed);
        // The repository re-stamps the check-ins too, so they follow the goal.
        if (changed.SerializeAsString() != goal.value().SerializeAsString())
            if (auto stored = Repository<v1::Goal>(m_store).update(changed); !stored)
                goal = stored.error();
    }
    if (!goal) {
        qCWarning(lcGoalShare) << "Could not change a goal's sharing:" << goal.error().message;
        rebuild();
        m_error = failure.arg(goal.error().message);
        Q_EMIT changed();
        return false;
    }
    rebuild();
    return true;
}

QStringList GoalSharePreview::groupNames() const
{
    QStringList names;
    for (const auto &g : m_groups)
        names.append(g.name);
    return names;
}

int GoalSharePreview::groupIndex() const
{
    for (size_t i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].id == m_groupId)
            return int(i);
    return -1;
}

void GoalSharePreview::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_fields.clear();
    m_goal.Clear();
    m_groups.clear();
    m_groupId.clear();
    m_error.clear();
    auto account = SyncAccount::load(m_store);
    m_clinicJoined = account && account.value().has_value();
    // Read once: the group list and the rule's choice both come from it.
    auto groups = sharing::groupsInJoinOrder(m_store);
    const std::vector<v1::Group> joined
        = groups ? std::move(groups).value() : std::vector<v1::Group> {};
    for (const auto &g : joined)
        m_groups.push_back({ qs(g.meta().id()), qs(g.name()) });
    auto goal = Repository<v1::Goal>(m_store).get(m_goalId);
    auto checkIns = Repository<v1::GoalCheckIn>(m_store).listByParent(m_goalId);
    if (!goal || !checkIns) {
        const Error &error = goal ? checkIns.error() : goal.error();
        qCWarning(lcGoalShare) << "Could not read a goal to preview:" << error.message;
        m_error = tr("This goal could not be read.");
    } else {
        m_goal = goal.value();
        // The goal exactly as it would be stored and sent once shared.
        v1::Goal asShared = m_goal;
        asShared.set_shared_with_therapist(true);
        m_groupId = sharing::groupForGoal(joined, asShared);
        if (asShared.shared_group_id().empty())
            asShared.set_shared_group_id(utf8(m_groupId));
        for (const QString &field : sharing::fieldsInClear(asShared)) {
            m_fields.append(field);
            addGoalField(utf8(field), asShared);
        }
        QStringList checkInFields;
        for (const auto &c : checkIns.value()) {
            const QStringList fields = sharing::fieldsInClear(c, asShared);
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(c.at_ms(), m_timeZone);
            Row row { tr("Check-in, %1").arg(QLocale().toString(at, u"d MMM yyyy, HH:mm"_s)), {},
                u"check-ins"_s, u"check_in"_s };
            QStringList parts;
            for (const QString &field : fields) {
                if (!checkInFields.contains(field))
                    checkInFields.append(field);
                if (field == u"value"_s)
                    parts.prepend(GoalUnits::amount(c.value(), qs(m_goal.unit())));
                else if (field == u"note"_s)
                    parts.append(tr("Note: %1").arg(qs(c.note())));
                else if (field != u"meta"_s && field != u"goal_id"_s && field != u"at_ms"_s)
                    parts.append(tr("%1: included").arg(field));
            }
            row.value = parts.join(u'\n');
            m_rows.push_back(std::move(row));
        }
        for (const QString &field : checkInFields)
            m_fields.append(u"check_in."_s + field);
    }
    endResetModel();
    Q_EMIT changed();
}

void GoalSharePreview::addGoalField(const std::string &field, const v1::Goal &goal)
{
    const QString section = u"goal"_s;
    const QString name = qs(field);
    Row row { {}, {}, section, name };
    if (field == "title") {
        row = { tr("Goal"), qs(goal.title()), section, name };
    } else if (field == "why") {
        row = { tr("Why it matters"), qs(goal.why()), section, name };
    } else if (field == "target_value") {
        row = { tr("Target"), goalNumberText(goal.target_value()), section, name };
    } else if (field == "unit") {
        row = { tr("Unit"), qs(goal.unit()), section, name };
    } else if (field == "start_date") {
        row = { tr("Started"), dateText(goal.start_date()), section, name };
    } else if (field == "due_date") {
        row = { tr("Due"), dateText(goal.due_date()), section, name };
    } else if (field == "steps") {
        QStringList steps;
        for (const auto &step : goal.steps())
            steps.append(step.done() ? tr("%1 (done)").arg(qs(step.text())) : qs(step.text()));
        row = { tr("Action steps"), steps.join(u'\n'), section, name };
    } else if (field == "status") {
        QString status;
        switch (goal.status()) {
        case v1::GOAL_STATUS_ACTIVE:
            status = tr("Active");
            break;
        case v1::GOAL_STATUS_PAUSED:
            status = tr("Paused");
            break;
        case v1::GOAL_STATUS_ACHIEVED:
            status = tr("Achieved");
            break;
        case v1::GOAL_STATUS_LET_GO:
            status = tr("Let go");
            break;
        default:
            break;
        }
        row = { tr("Status"), status, section, name };
    } else if (field == "shared_with_therapist") {
        // The flag itself: the page says above whether the goal is shared, and a
        // "Yes" here under "Not shared" read as a contradiction.
        return;
    } else if (field == "shared_group_id") {
        const int index = groupIndex();
        row = { tr("Seen by"),
            index >= 0 ? tr("The therapists of %1").arg(m_groups[size_t(index)].name)
                       : tr("The therapists of your group"),
            section, name };
    } else if (field == "meta" || field == "field_stamps") {
        // Bookkeeping that sync needs; one line for both.
        for (const Row &existing : m_rows)
            if (existing.field == u"meta"_s || existing.field == u"field_stamps"_s)
                return;
        const auto day = [this](qint64 ms) {
            return TimeFormat::fullDate(QDateTime::fromMSecsSinceEpoch(ms, m_timeZone).date());
        };
        row = { tr("Dates"),
            tr("Set on %1, last changed on %2. A code goes with it so the clinic can tell this "
               "goal from your others; it says nothing about you.")
                .arg(day(goal.meta().created_ms()), day(goal.meta().updated_ms())),
            section, name };
    } else {
        row = { name, tr("Included"), section, name };
    }
    m_rows.push_back(std::move(row));
}

QString GoalSharePreview::dateText(const std::string &isoDate) const
{
    const QDate date = QDate::fromString(qs(isoDate), Qt::ISODate);
    return date.isValid() ? TimeFormat::fullDate(date) : qs(isoDate);
}

} // namespace circle
