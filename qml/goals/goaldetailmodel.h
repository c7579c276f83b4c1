#pragma once

#include "records.h"
#include "result.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <optional>
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
 * time across, value up) so the page only scales them to its size. The chart
 * has one point per day, that day's latest check-in: two check-ins on one day
 * are one moment, not a trend.
 *
 * It also keeps the goal up to date (core's goalchanges, one transaction per
 * change): ticking steps, reaching the goal, putting it aside and taking it up
 * again, deleting it, and correcting or deleting a check-in. A check-in far
 * above the target is not stored until the patient confirms it
 * (confirmQuestion says what to ask).
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
    /** The action steps in order: { text, done }. */
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    /** "1 of 2 steps done"; empty without steps. */
    Q_PROPERTY(QString stepsDoneLabel READ stepsDoneLabel NOTIFY changed)
    Q_PROPERTY(Status status READ status NOTIFY changed)
    /** What the status means for the patient, in a sentence; empty for an active goal. */
    Q_PROPERTY(QString statusNote READ statusNote NOTIFY changed)
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
    /**
     * Set when a check-in (new or corrected) was held back because its value
     * is far above the target: the question to put to the patient.
     */
    Q_PROPERTY(QString confirmQuestion READ confirmQuestion NOTIFY errorsChanged)
    /** Why a correction was refused (in the correction dialog). */
    Q_PROPERTY(QString correctionError READ correctionError NOTIFY errorsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ValueRole,
        ValueLabelRole,
        NoteRole,
        WhenLabelRole,
        AtRole,
        ValueTextRole, // the value as the patient would type it, to correct it
    };
    Q_ENUM(Role)

    /** Where the goal stands; Paused is what the pages call "put aside". */
    enum class Status { Active, Reached, PutAside };
    Q_ENUM(Status)

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
    QVariantList steps() const;
    QString stepsDoneLabel() const;
    Status status() const;
    QString statusNote() const;
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
    QString confirmQuestion() const { return m_confirmQuestion; }
    QString correctionError() const { return m_correctionError; }

    /** Shows the goal with this id and its check-ins; false if it cannot be read. */
    Q_INVOKABLE bool load(const QString &goalId);
    /** Reads the shown goal again (after an edit or a sync). */
    Q_INVOKABLE void refresh();
    /**
     * Stores a check-in now with the value as typed; false, with valueError
     * or noteError saying why, when the value is not a number of 0 or more.
     */
    Q_INVOKABLE bool addCheckIn(
        const QString &valueText, const QString &note, bool confirmed = false);
    /**
     * Replaces a check-in's value and note, keeping when it was taken. False
     * with correctionError, or with confirmQuestion when the value is far
     * above the target and confirmed is false.
     */
    Q_INVOKABLE bool correctCheckIn(const QString &checkInId, const QString &valueText,
        const QString &note, bool confirmed = false);
    Q_INVOKABLE bool removeCheckIn(const QString &checkInId);

    /** Ticks or unticks the action step at index. */
    Q_INVOKABLE bool setStepDone(int index, bool done);
    /** The patient reached the goal. */
    Q_INVOKABLE bool markReached();
    /** Put aside for now: off Today, kept with its history, back with takeUpAgain(). */
    Q_INVOKABLE bool putAside();
    Q_INVOKABLE bool takeUpAgain();
    /** Deletes the goal and its check-ins (the page asks first). */
    Q_INVOKABLE bool removeGoal();
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
    /** The value typed, or an empty optional with the problem in *problem. */
    std::optional<double> readValue(const QString &valueText, QString *problem) const;
    QString noteProblem(const QString &trimmedNote) const;
    QString farAboveQuestion(double value) const;
    bool changeStatus(int status);
    /** After a change is stored: read again; on failure say so and return false. */
    bool afterChange(const Error *error, const QString &failure);
    QString valueLabel(double value) const;
    QString dayLabel(const QDate &day) const;

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
    QString m_confirmQuestion;
    QString m_correctionError;
};

} // namespace circle
