#pragma once

#include <QAbstractListModel>
#include <QTimeZone>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * "Three good things": today's list, the days before it newest first, and a
 * gentle count of the days practised lately.
 *
 * The count is a gentle streak: while the patient notes good things on days
 * in a row it says how many ("5 days in a row"), counting up to yesterday
 * while today is still open. After a day without, it names only days that
 * happened ("4 of the last 7 days"), never a run that was lost, so nothing
 * here can read as a reproach.
 */
class GratitudeModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY todayChanged)
    Q_PROPERTY(QStringList todayItems READ todayItems NOTIFY todayChanged)
    Q_PROPERTY(QString practiceText READ practiceText NOTIFY todayChanged)
    Q_PROPERTY(int daysThisWeek READ daysThisWeek NOTIFY todayChanged)
    /** Days in a row with good things, up to today or, while today is open, yesterday. */
    Q_PROPERTY(int daysInARow READ daysInARow NOTIFY todayChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DayRole, // ISO date
        DayLabelRole,
        ItemsRole, // QStringList, one to three
        ConflictCopyRole,
    };
    Q_ENUM(Role)

    static constexpr int MaxItems = 3;
    /** Days of history read; a year of good things is plenty to scroll. */
    static constexpr int HistoryDays = 366;

    GratitudeModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QStringList todayItems() const { return m_todayItems; }
    QString practiceText() const;
    int daysThisWeek() const { return m_daysThisWeek; }
    int daysInARow() const { return m_daysInARow; }
    QString errorMessage() const { return m_error; }

    /**
     * Stores today's good things (blank ones dropped, at most three), replacing
     * what today had. False with errorMessage when none is left or the store refused.
     */
    Q_INVOKABLE bool saveToday(const QStringList &items);
    /** Adds one good thing to today's list (the one-tap card on Today). */
    Q_INVOKABLE bool addToday(const QString &item);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void todayChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString id;
        QString day;
        QStringList items;
        bool conflictCopy = false;
    };

    QDate today() const;
    void setError(const QString &error);

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    QString m_todayId;
    QStringList m_todayItems;
    int m_daysThisWeek = 0;
    int m_daysInARow = 0;
    QString m_error;
};

} // namespace circle
