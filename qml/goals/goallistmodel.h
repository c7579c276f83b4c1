#pragma once

#include "repository.h"

#include <QAbstractListModel>
#include <QVariantList>

#include <optional>
#include <vector>

namespace circle {

class Store;

/**
 * The patient's goals, newest first, a page at a time: title, the measurable
 * target, how many action steps are done, its status and whether it is shared
 * with the therapist, and how the latest check-in compares with the target.
 *
 * glance holds the few active goals Today shows, from the same rows.
 */
class GoalListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** Up to GlanceSize active goals, newest first: { goalId, title, progress, progressLabel }. */
    Q_PROPERTY(QVariantList glance READ glance NOTIFY glanceChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TargetRole,
        DueRole,
        StatusRole,
        StatusLabelRole,
        StepsDoneRole,
        StepsTotalRole,
        SharedRole,
        ProgressRole, // latest check-in over the target, 0..1; -1 before the first check-in
        ProgressLabelRole,
    };
    Q_ENUM(Role)

    enum class Status { Unspecified, Active, Paused, Achieved, LetGo };
    Q_ENUM(Status)

    static constexpr int PageSize = 30;
    static constexpr int GlanceSize = 3;

    explicit GoalListModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }
    QVariantList glance() const { return m_glance; }

    /** Starts again from the newest goal. */
    Q_INVOKABLE void refresh();
    /**
     * The patient chose a goal in a list; whoever shows goals opens it. A
     * signal here rather than in the delegate lets the page that owns the
     * navigation hear it without reaching into the list's delegates.
     */
    Q_INVOKABLE void activate(const QString &goalId) { Q_EMIT activated(goalId); }

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();
    void glanceChanged();
    void activated(const QString &goalId);

private:
    struct Row
    {
        QString id;
        QString title;
        QString target;
        QString due;
        Status status = Status::Unspecified;
        int stepsDone = 0;
        int stepsTotal = 0;
        bool shared = false;
        double progress = -1;
        QString progressLabel;
    };

    std::vector<Row> readPage(const std::optional<PageCursor> &after);
    void setError(const QString &error);
    void updateGlance();
    static QString statusLabel(Status status);

    Store &m_store;
    std::vector<Row> m_rows;
    std::optional<PageCursor> m_next;
    bool m_atEnd = false;
    QString m_error;
    QVariantList m_glance;
};

} // namespace circle
