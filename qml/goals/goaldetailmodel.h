#pragma once

#include "records.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * One goal in full: what it is, its action steps, its check-ins newest first
 * (the rows), and its progress over time against the target for the chart.
 *
 * A check-in is a value in the goal's unit ("2" meetings this week) with an
 * optional note. The value is read from what the patient typed here, so a
 * word, a negative number or nothing at all gets a message naming the problem
 * and nothing is stored.
 *
 * The chart's points are given in fractions of the plot (0..1 on both axes,
 * time across, value up) so the page only scales them to its size.
 */
class GoalDetailModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString goalId READ goalId NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString why READ why NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(QString targetLabel READ targetLabel NOTIFY changed)
    Q_PROPERTY(QString dueLabel READ dueLabel NOTIFY changed)
    Q_PROPERTY(QStringList actionSteps READ actionSteps NOTIFY changed)
    Q_PROPERTY(bool shared READ shared NOTIFY changed)
    Q_PROPERTY(int checkInCount READ checkInCount NOTIFY changed)
    /** Oldest first: { x, y, label } with x and y in 0..1 of the plot. */
    Q_PROPERTY(QVariantList chartPoints READ chartPoints NOTIFY changed)
    /** Height of the target line in 0..1 of the plot. */
    Q_PROPERTY(double chartTargetY READ chartTargetY NOTIFY changed)
    /** The value at the top of the plot, as text. */
    Q_PROPERTY(QString chartTopLabel READ chartTopLabel NOTIFY changed)
    Q_PROPERTY(QString chartFirstLabel READ chartFirstLabel NOTIFY changed)
    Q_PROPERTY(QString chartLastLabel READ chartLastLabel NOTIFY changed)
    /** The chart in words, for screen readers and for anyone who prefers them. */
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY changed)
    Q_PROPERTY(QString valueError READ valueError NOTIFY errorsChanged)
    Q_PROPERTY(QString noteError READ noteError NOTIFY errorsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ValueRole,
        ValueLabelRole,
        NoteRole,
        WhenLabelRole,
        AtRole,
    };
    Q_ENUM(Role)

    static constexpr int MaxNoteLength = 10000;

    GoalDetailModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString goalId() const { return m_goalId; }
    bool loaded() const { return m_loaded; }
    QString title() const { return qs(m_goal.title()); }
    QString why() const { return qs(m_goal.why()); }
    QString unit() const { return qs(m_goal.unit()); }
    QString targetLabel() const;
    QString dueLabel() const;
    QStringList actionSteps() const;
    bool shared() const { return m_goal.shared_with_therapist(); }
    int checkInCount() const { return int(m_rows.size()); }
    QVariantList chartPoints() const { return m_points; }
    double chartTargetY() const { return m_targetY; }
    QString chartTopLabel() const { return m_topLabel; }
    QString chartFirstLabel() const { return m_firstLabel; }
    QString chartLastLabel() const { return m_lastLabel; }
    QString chartSummary() const { return m_summary; }
    QString valueError() const { return m_valueError; }
    QString noteError() const { return m_noteError; }
    QString errorMessage() const { return m_error; }

    /** Shows the goal with this id and its check-ins; false if it cannot be read. */
    Q_INVOKABLE bool load(const QString &goalId);
    /** Reads the shown goal again (after an edit or a sync). */
    Q_INVOKABLE void refresh();
    /**
     * Stores a check-in now with the value as typed; false, with valueError
     * or noteError saying why, when the value is not a number of 0 or more.
     */
    Q_INVOKABLE bool addCheckIn(const QString &valueText, const QString &note);
    /** Forgets the messages of a failed check-in (the page starts clean). */
    Q_INVOKABLE void clearErrors();

Q_SIGNALS:
    void changed();
    void errorsChanged();

private:
    struct Row
    {
        QString id;
        double value = 0;
        QString note;
        qint64 atMs = 0;
    };

    void buildChart();
    QString valueLabel(double value) const;
    QString dayLabel(qint64 ms) const;

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    QString m_goalId;
    bool m_loaded = false;
    v1::Goal m_goal;
    std::vector<Row> m_rows; // newest first
    QVariantList m_points;
    double m_targetY = 0;
    QString m_topLabel;
    QString m_firstLabel;
    QString m_lastLabel;
    QString m_summary;
    QString m_valueError;
    QString m_noteError;
    QString m_error;
};

} // namespace circle
