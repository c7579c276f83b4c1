#pragma once

#include "togglelistmodel.h"

#include <QAbstractListModel>
#include <QString>

#include <memory>
#include <vector>

namespace circle {

/**
 * The patient's groups on the Reminders page, each either following the usual
 * session reminders or with its own leads (a ToggleListModel per group, shown
 * as switches under the group's name). ReminderSettings fills it from the
 * stored groups and preferences and reads the switches back.
 */
class GroupLeadsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
        UsesUsualLeadsRole,
        LeadModelRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString groupId;
        QString name;
        bool usesUsualLeads = true;
        std::unique_ptr<ToggleListModel> leads;
    };

    explicit GroupLeadsModel(QObject *parent = nullptr);

    /**
     * Replaces the groups when their ids or names changed, keeping each row's
     * lead model otherwise, so a switch the patient holds is not rebuilt under them.
     * Returns the rows' lead models that were made anew (to connect to).
     */
    std::vector<ToggleListModel *> setGroups(
        const std::vector<std::pair<QString, QString>> &groups);
    /** Whether the group in that row follows the usual leads; signals only a change. */
    void setUsesUsualLeads(int row, bool usual);

    const Row &row(int index) const { return m_rows[size_t(index)]; }
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<Row> m_rows;
};

} // namespace circle
