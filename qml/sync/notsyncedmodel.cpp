#include "notsyncedmodel.h"

#include "appshell/timeformat.h"
#include "outbox.h"
#include "store.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace circle {

NotSyncedModel::NotSyncedModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void NotSyncedModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { WhenRole });
}

int NotSyncedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotSyncedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case MutationIdRole:
        return row.mutationId;
    case Qt::DisplayRole:
    case KindRole:
        return kindName(row.recordType);
    case RecordTypeRole:
        return row.recordType;
    case WhenRole: {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.rejectedMs, m_timeZone);
        return tr("%1, %2").arg(
            TimeFormat::dayAndMonth(when.date()), TimeFormat::shortTime(when.time()));
    }
    case ReasonRole:
        return row.reason.isEmpty() ? tr("The server gave no reason.") : row.reason;
    }
    return {};
}

QHash<int, QByteArray> NotSyncedModel::roleNames() const
{
    return {
        { MutationIdRole, "mutationId" },
        { KindRole, "kind" },
        { RecordTypeRole, "recordType" },
        { WhenRole, "when" },
        { ReasonRole, "reason" },
    };
}

QString NotSyncedModel::kindName(const QString &recordType)
{
    // Mirrors RecordTraits<T>::typeName in core/records.h.
    static const struct
    {
        const char16_t *type;
        const char *name;
    } names[] = {
        { u"journal_entry", QT_TR_NOOP("Journal entry") },
        { u"gratitude_entry", QT_TR_NOOP("Gratitude entry") },
        { u"mood_check_in", QT_TR_NOOP("Mood check-in") },
        { u"goal", QT_TR_NOOP("Goal") },
        { u"goal_check_in", QT_TR_NOOP("Goal check-in") },
        { u"group", QT_TR_NOOP("Group") },
        { u"group_session", QT_TR_NOOP("Group session") },
        { u"rsvp", QT_TR_NOOP("Reply to a session invitation") },
        { u"homework_assignment", QT_TR_NOOP("Homework") },
        { u"homework_response", QT_TR_NOOP("Homework answer") },
        { u"reminder_preferences", QT_TR_NOOP("Reminder settings") },
        { u"safety_plan", QT_TR_NOOP("Safety plan") },
        { u"agreement_ack", QT_TR_NOOP("Group agreement") },
    };
    for (const auto &n : names)
        if (recordType == QStringView(n.type))
            return tr(n.name);
    return tr("Other change (%1)").arg(recordType);
}

bool NotSyncedModel::dismiss(int row)
{
    if (row < 0 || row >= count())
        return false;
    if (auto r = Outbox(m_store).dismissRejected(m_rows[size_t(row)].mutationId); !r) {
        setError(r.error().message);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    setError({});
    Q_EMIT countChanged();
    return true;
}

void NotSyncedModel::refresh()
{
    auto rejected = Outbox(m_store).rejected();
    if (!rejected) {
        // Keep what is shown; say why it may be out of date.
        setError(rejected.error().message);
        return;
    }
    const int before = count();
    beginResetModel();
    m_rows.clear();
    for (const RejectedMutation &r : rejected.value())
        m_rows.push_back({ r.mutationId, r.recordType, r.reason, r.rejectedMs });
    endResetModel();
    setError({});
    if (count() != before)
        Q_EMIT countChanged();
}

void NotSyncedModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

} // namespace circle
