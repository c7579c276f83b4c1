#pragma once

#include "journal/journallistmodel.h"

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
 *
 * Attaching a journal entry goes through a picker: openPicker() lists the
 * patient's entries with the journal page's own model (newest first, a page at
 * a time), choose() marks one and describes it, and attachChosen() stores it.
 * Until then nothing is written, so the patient sees what will be attached
 * before it is.
 *
 * An answer is private until the patient shares it with the group's
 * therapists. Sharing goes through a preview the same way: openSharePreview()
 * stores what is typed and shows exactly what the therapists will read,
 * confirmShare() sets HomeworkResponse.shared (sync then sends it in the
 * clear, sharing::travelsInClear), and unshare() seals it again, which takes it
 * out of the therapists' view.
 */
class HomeworkModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** The journal to pick from; null until the picker first opens, so start-up reads no entries.
     */
    Q_PROPERTY(circle::JournalListModel *journalEntries READ journalEntries NOTIFY pickerChanged)
    /** The assignment row the picker attaches to, or -1. */
    Q_PROPERTY(int pickerRow READ pickerRow NOTIFY pickerChanged)
    /** The assignment's title, for the picker's heading. */
    Q_PROPERTY(QString pickerTitle READ pickerTitle NOTIFY pickerChanged)
    Q_PROPERTY(QString chosenEntryId READ chosenEntryId NOTIFY chosenChanged)
    Q_PROPERTY(QString chosenDay READ chosenDay NOTIFY chosenChanged)
    Q_PROPERTY(QString chosenExcerpt READ chosenExcerpt NOTIFY chosenChanged)
    /** The assignment row whose share preview is open, or -1. */
    Q_PROPERTY(int previewRow READ previewRow NOTIFY previewChanged)
    /** Who would read it: "your therapists in Tuesday evening group". */
    Q_PROPERTY(QString previewAudience READ previewAudience NOTIFY previewChanged)
    Q_PROPERTY(QString previewTitle READ previewTitle NOTIFY previewChanged)
    /** The stored answer as it would be sent, "" when it has no words. */
    Q_PROPERTY(QString previewAnswer READ previewAnswer NOTIFY previewChanged)
    Q_PROPERTY(bool previewDone READ previewDone NOTIFY previewChanged)
    Q_PROPERTY(bool previewAttached READ previewAttached NOTIFY previewChanged)
    /** This phone is linked to a clinic, so a shared answer can reach it. */
    Q_PROPERTY(bool clinicLinked READ clinicLinked NOTIFY previewChanged)
    /**
     * For Today when nothing is due this week: when the next unfinished
     * assignment is due ("Next: Practise saying no, due Friday 22 March"), or "".
     */
    Q_PROPERTY(QString nextDueText READ nextDueText NOTIFY nextDueChanged)

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
        AttachedDayRole, // the day the attached entry was written, "" when none
        AttachedExcerptRole, // its first words on one line
        SharedRole, // the answer is shared with the group's therapists
        AudienceRole, // who reads the answer, in plain words
    };
    Q_ENUM(Role)

    HomeworkModel(Store &store, const Clock &clock, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }
    JournalListModel *journalEntries() const { return m_journal; }
    int pickerRow() const { return m_pickerRow; }
    QString pickerTitle() const;
    QString chosenEntryId() const { return m_chosenId; }
    QString chosenDay() const { return m_chosenDay; }
    QString chosenExcerpt() const { return m_chosenExcerpt; }
    int previewRow() const { return m_previewRow; }
    QString previewAudience() const;
    QString previewTitle() const;
    QString previewAnswer() const;
    bool previewDone() const;
    bool previewAttached() const;
    bool clinicLinked() const { return m_clinicLinked; }
    QString nextDueText() const { return m_nextDue; }

    /** Stores the written answer of the assignment on that row. */
    Q_INVOKABLE bool saveResponse(int row, const QString &text);
    /** Starts picking an entry for the assignment on that row; the current attachment is chosen. */
    Q_INVOKABLE void openPicker(int row);
    /** Marks the entry on that row of journalEntries as the one to attach. */
    Q_INVOKABLE void choose(int journalRow);
    /** Attaches the chosen entry to the picker's assignment; false (with a message) if none is. */
    Q_INVOKABLE bool attachChosen();
    /** Ends picking, attached or not (pickerRow becomes -1). */
    Q_INVOKABLE void closePicker();
    /** Takes the attached entry off the answer; the entry itself stays in the journal. */
    Q_INVOKABLE bool detachJournalEntry(int row);
    Q_INVOKABLE bool setDone(int row, bool done);
    /**
     * Stores text as the row's answer when it differs from the stored one, then
     * opens the share preview of what is stored; false (with a message) when
     * there is nothing to share yet.
     */
    Q_INVOKABLE bool openSharePreview(int row, const QString &text);
    /** Shares the previewed answer with the group's therapists and closes the preview. */
    Q_INVOKABLE bool confirmShare();
    /** Closes the preview without sharing. */
    Q_INVOKABLE void closePreview();
    /** Makes a shared answer private again: the therapists no longer see it. */
    Q_INVOKABLE bool unshare(int row);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();
    void pickerChanged();
    void chosenChanged();
    void previewChanged();
    void nextDueChanged();

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
        QString attachedDay;
        QString attachedExcerpt;
        bool shared = false;
        QString groupName;
    };

    template<typename Edit> bool writeResponse(int row, Edit edit);
    void setError(const QString &error);
    /** Reads the day and first words of the row's attached entry from the store. */
    void describeAttachment(Row &row) const;
    void setChosen(const QString &id, const QString &day, const QString &excerpt);
    QString audience(const Row &row) const;
    void findNextDue();

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    QString m_error;
    JournalListModel *m_journal = nullptr; // a child, so QML never takes it over
    int m_pickerRow = -1;
    QString m_chosenId;
    QString m_chosenDay;
    QString m_chosenExcerpt;
    int m_previewRow = -1;
    bool m_clinicLinked = false;
    QString m_nextDue;
};

} // namespace circle
