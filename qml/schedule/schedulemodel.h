#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * The group sessions still ahead (and one running now), soonest first.
 * Cancelled sessions stay in the list, marked, because "it is not on" is what
 * the patient most needs to learn from a schedule.
 *
 * Clinics publish weeks, not years, ahead, so the list is read whole, up to
 * MaxSessions, rather than page by page.
 */
class ScheduleModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        GroupNameRole,
        StartRole,
        WhenRole,
        PlaceRole,
        StatusRole,
        StatusLabelRole,
        CancelledRole,
    };
    Q_ENUM(Role)

    enum class Status { Scheduled, Moved, Cancelled };
    Q_ENUM(Status)

    static constexpr int MaxSessions = 200;

    ScheduleModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    /** The zone times are shown in; the system's by default. */
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }

    /** Reads the schedule again at the clock's current time. */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString id;
        QString title;
        QString groupName;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString place;
        Status status = Status::Scheduled;
    };

    QString when(const Row &row) const;

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    qint64 m_readAtMs = 0;
    QString m_error;
};

} // namespace circle
