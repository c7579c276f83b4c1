#pragma once

#include <QAbstractListModel>
#include <QTimeZone>

#include <vector>

namespace circle {

class Clock;
class Store;

/**
 * The group's homework, latest due first, each with the patient's answer: a
 * written response, a journal entry attached, and whether it is done.
 *
 * Assignments come from the clinic and are read-only; only the response is
 * the patient's. A missed due date is named plainly and kindly: it is never
 * too late to do the exercise.
 */
class HomeworkModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        AssignmentIdRole = Qt::UserRole + 1,
        TitleRole,
        InstructionsRole,
        DueTextRole,
        OverdueRole, // past due and not done
        ResponseRole,
        AttachedRole, // a journal entry is attached
        DoneRole,
    };
    Q_ENUM(Role)

    HomeworkModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }

    /** Stores the written answer of the assignment on that row. */
    Q_INVOKABLE bool saveResponse(int row, const QString &text);
    /** Attaches the newest journal entry as the answer; false when there is none. */
    Q_INVOKABLE bool attachLatestJournalEntry(int row);
    Q_INVOKABLE bool setDone(int row, bool done);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString assignmentId;
        QString title;
        QString instructions;
        qint64 dueMs = 0;
        QString responseId;
        QString response;
        QString journalEntryId;
        bool done = false;
    };

    template<typename Edit> bool writeResponse(int row, Edit edit);
    void setError(const QString &error);

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    QString m_error;
};

} // namespace circle
