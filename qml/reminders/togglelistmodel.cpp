#include "togglelistmodel.h"

#include <algorithm>

namespace circle {

ToggleListModel::ToggleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ToggleListModel::setOptions(std::vector<Option> options)
{
    beginResetModel();
    const int before = count();
    m_options = std::move(options);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void ToggleListModel::setCheckedValues(const std::vector<int> &values)
{
    for (int row = 0; row < count(); ++row) {
        Option &o = m_options[size_t(row)];
        const bool checked = std::find(values.begin(), values.end(), o.value) != values.end();
        if (checked != o.checked) {
            o.checked = checked;
            Q_EMIT dataChanged(index(row), index(row), { CheckedRole });
        }
    }
}

std::vector<int> ToggleListModel::checkedValues() const
{
    std::vector<int> values;
    for (const Option &o : m_options)
        if (o.checked)
            values.push_back(o.value);
    return values;
}

int ToggleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ToggleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &o = m_options[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return o.label;
    case AccessibleNameRole:
        return o.accessibleName.isEmpty() ? o.label : o.accessibleName;
    case ValueRole:
        return o.value;
    case CheckedRole:
        return o.checked;
    case OwnerRole:
        return m_owner;
    }
    return {};
}

QHash<int, QByteArray> ToggleListModel::roleNames() const
{
    return {
        { LabelRole, "label" },
        { AccessibleNameRole, "accessibleName" },
        { ValueRole, "value" },
        { CheckedRole, "selected" },
        { OwnerRole, "owner" },
    };
}

void ToggleListModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= count() || m_options[size_t(row)].checked == checked)
        return;
    m_options[size_t(row)].checked = checked;
    Q_EMIT dataChanged(index(row), index(row), { CheckedRole });
    Q_EMIT toggled();
}

} // namespace circle
