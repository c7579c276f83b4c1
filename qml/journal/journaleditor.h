#pragma once

#include <QObject>
#include <QTimer>

namespace circle {

class Clock;
class Store;

/**
 * One journal entry being written or edited, saved to the store as the
 * patient types.
 *
 * A save happens at most AutosaveDelayMs after the first unsaved keystroke,
 * however long the typing goes on, so killing the app loses at most that much
 * plus the save itself: the promise is one second, and the rest of it is the
 * margin the kill test allows (tests/reliability/autosavetest.cpp).
 * A blank entry is never stored: the page shows emptyMessage instead, and the
 * text already stored stays as it was.
 */
class JournalEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString entryId READ entryId NOTIFY entryIdChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QString promptId READ promptId NOTIFY promptChanged)
    Q_PROPERTY(QString promptText READ promptText NOTIFY promptChanged)
    Q_PROPERTY(QString topic READ topic NOTIFY promptChanged)
    Q_PROPERTY(bool conflictCopy READ isConflictCopy NOTIFY entryIdChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)

public:
    static constexpr int AutosaveDelayMs = 750;

public:
    JournalEditor(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~JournalEditor() override;

    QString entryId() const { return m_id; }
    QString text() const { return m_text; }
    void setText(const QString &text);
    QString promptId() const { return m_promptId; }
    QString promptText() const;
    QString topic() const { return m_topic; }
    bool isConflictCopy() const { return !m_conflictOf.isEmpty(); }
    bool isDirty() const { return m_dirty; }
    QString statusText() const { return m_status; }
    QString errorMessage() const { return m_error; }

    /** A new, empty entry; promptId may be empty (free writing). Saves what was open first. */
    Q_INVOKABLE void startNew(const QString &promptId = {});
    /** Opens a stored entry; false (with errorMessage) when it cannot be read. */
    Q_INVOKABLE bool open(const QString &id);
    /** Stores what is unsaved now; false when nothing could be stored (see errorMessage). */
    Q_INVOKABLE bool save();
    /**
     * Leaving the editor: stores what is unsaved unless it is blank. A blank new
     * entry is simply dropped and a blanked stored one keeps its stored text
     * (Delete removes it). False only when the store refused the text.
     */
    Q_INVOKABLE bool close();
    /** Deletes the open entry (a tombstone, so the deletion syncs) and starts over. */
    Q_INVOKABLE bool remove();

Q_SIGNALS:
    void entryIdChanged();
    void textChanged();
    void promptChanged();
    void dirtyChanged();
    void statusChanged();
    /** startNew() or open() made an entry ready to edit, so the journal shows the editor. */
    void started();
    /** A new entry was stored or a stored one changed, so lists can read again. */
    void saved();

private:
    void setDirty(bool dirty);
    void setStatus(const QString &status, const QString &error);
    void clear();

    Store &m_store;
    const Clock &m_clock;
    QTimer m_autosave;
    QString m_id;
    QString m_text;
    QString m_promptId;
    QString m_topic;
    QString m_conflictOf;
    qint64 m_writtenMs = 0;
    bool m_dirty = false;
    QString m_status;
    QString m_error;
};

} // namespace circle
