#pragma once

#include "records.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <vector>

namespace circle {

class Store;

/**
 * What the therapist will see of one goal if the patient shares it, and
 * sharing or unsharing it.
 *
 * The rows are built from the very rule sync applies (sharing::fieldsInClear
 * in core): the goal as it would be once shared, and each of its check-ins,
 * field by field as they would travel in the clear. A field the preview has
 * no words for is still listed, by its name, so nothing goes unmentioned.
 * privateItems lists what stays sealed whatever is shared, from the same rule.
 */
class GoalSharePreview : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString goalId READ goalId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(bool shared READ shared NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /** The record fields that would travel, by their names in records.proto. */
    Q_PROPERTY(QStringList sharedFields READ sharedFields NOTIFY changed)
    Q_PROPERTY(QStringList privateItems READ privateItems NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    /**
     * Whether this phone has joined a clinic. Without one there is no
     * therapist to share with, so share() refuses and says how to join.
     */
    Q_PROPERTY(bool clinicJoined READ clinicJoined NOTIFY changed)
    /** The patient's groups, first joined first; whose therapists see the goal is one of them. */
    Q_PROPERTY(QStringList groupNames READ groupNames NOTIFY changed)
    /** The row of groupNames whose therapists see the goal while shared; -1 with no group. */
    Q_PROPERTY(int groupIndex READ groupIndex NOTIFY changed)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        ValueRole,
        SectionRole, // "goal" or "check-ins": a heading for the list
        FieldRole, // the field's name in records.proto, or "check_in"
    };
    Q_ENUM(Role)

    explicit GoalSharePreview(Store &store, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString goalId() const { return m_goalId; }
    QString title() const { return qs(m_goal.title()); }
    bool shared() const { return m_goal.shared_with_therapist(); }
    int count() const { return int(m_rows.size()); }
    QStringList sharedFields() const { return m_fields; }
    QStringList privateItems() const;
    QString errorMessage() const { return m_error; }
    bool clinicJoined() const { return m_clinicJoined; }
    QStringList groupNames() const;
    int groupIndex() const;

    /** Builds the preview for this goal; false if it cannot be read. */
    Q_INVOKABLE bool load(const QString &goalId);
    /**
     * Shares the goal and its check-ins; they travel at the next sync. False,
     * with nothing changed, when no clinic is joined.
     */
    Q_INVOKABLE bool share();
    /** Stops sharing; the therapist no longer sees it after the next sync. */
    Q_INVOKABLE bool unshare();
    /**
     * The therapists of the group in that row of groupNames are the ones who
     * see the goal while it is shared (a shared goal moves to them at the next
     * sync); false with errorMessage when it cannot be stored.
     */
    Q_INVOKABLE bool chooseGroup(int index);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString label;
        QString value;
        QString section;
        QString field;
    };

    bool setShared(bool shared);
    /** Stores one change of the goal; false with errorMessage (what failed) when it cannot. */
    bool storeChange(const std::function<void(v1::Goal &)> &change, const QString &failure);
    void rebuild();
    void addGoalField(const std::string &field, const v1::Goal &goal);
    QString dateText(const std::string &isoDate) const;

    Store &m_store;
    QTimeZone m_timeZone;
    QString m_goalId;
    v1::Goal m_goal;
    struct Group
    {
        QString id;
        QString name;
    };
    std::vector<Group> m_groups;
    QString m_groupId; // sharing::groupForGoal() of the goal as shared
    std::vector<Row> m_rows;
    QStringList m_fields;
    QString m_error;
    bool m_clinicJoined = false;
};

} // namespace circle
