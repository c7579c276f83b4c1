#include "groupleadsmodel.h"

namespace circle {

GroupLeadsModel::GroupLeadsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

std::vector<ToggleListModel *> GroupLeadsModel::setGroups(
    const std::vector<std::pair<QString, QString>> &groups)
{
    std::vector<ToggleListModel *> made;
    bool same = groups.size() == m_rows.size();
    for (size_t i = 0; same && i < groups.size(); ++i)
        same = groups[i].first == m_rows[i].groupId && groups[i].second == m_rows[i].name;
    if (same)
        return made;
    const int before = count();
    beginResetModel();
    m_rows.clear();
    for (const auto &[id, name] : groups) {
        Row row { id, name, true, std::make_unique<ToggleListModel>() };
        row.leads->setOwner(id);
        made.push_back(row.leads.get());
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
    return made;
}

void GroupLeadsModel::setUsesUsualLeads(int row, bool usual)
{
    if (row < 0 || row >= count() || m_rows[size_t(row)].usesUsualLeads == usual)
        return;
    m_rows[size_t(row)].usesUsualLeads = usual;
    Q_EMIT dataChanged(index(row), index(row), { UsesUsualLeadsRole });
}

int GroupLeadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant GroupLeadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case GroupIdRole:
        return r.groupId;
    case UsesUsualLeadsRole:
        return r.usesUsualLeads;
    case LeadModelRole:
        return QVariant::fromValue<QObject *>(r.leads.get());
    }
    return {};
}

QHash<int, QByteArray> GroupLeadsModel::roleNames() const
{
    return {
        { GroupIdRole, "groupId" },
        { NameRole, "name" },
        { UsesUsualLeadsRole, "usesUsualLeads" },
        { LeadModelRole, "leadModel" },
    };
}

} // namespace circle
