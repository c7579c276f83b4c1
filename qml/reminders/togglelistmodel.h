#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace circle {

/**
 * A short list of choices the patient switches on and off, each standing for a
 * number: reminder leads in minutes, weekdays 1..7. The Reminders page shows
 * one switch per row; ReminderSettings reads the checked values back.
 */
class ToggleListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        AccessibleNameRole,
        ValueRole,
        CheckedRole,
        OwnerRole, // the same for every row: whose choices these are (a group's id)
    };
    Q_ENUM(Role)

    struct Option
    {
        int value = 0;
        QString label;
        QString accessibleName;
        bool checked = false;
    };

    explicit ToggleListModel(QObject *parent = nullptr);

    /** Replaces the options (their order is the order shown). */
    void setOptions(std::vector<Option> options);
    /** Checks exactly the rows whose value is in values, signalling only those that change. */
    void setCheckedValues(const std::vector<int> &values);
    std::vector<int> checkedValues() const;
    /** Tells a delegate whose switches these are, so it needs nothing outside itself. */
    void setOwner(const QString &owner) { m_owner = owner; }

    int count() const { return int(m_options.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The patient flipped a switch. */
    Q_INVOKABLE void setChecked(int row, bool checked);

Q_SIGNALS:
    void countChanged();
    /** A row changed by setChecked(), not by the owner's setCheckedValues(). */
    void toggled();

private:
    std::vector<Option> m_options;
    QString m_owner;
};

} // namespace circle
