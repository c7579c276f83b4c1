#include "journaleditor.h"

#include "appshell/storetext.h"
#include "clock.h"
#include "journalpromptmodel.h"
#include "repository.h"
#include "store.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournalEditor, "circle.journal.editor")

namespace circle {

namespace {

} // namespace

JournalEditor::JournalEditor(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    // Not restarted by later keystrokes: steady typing still saves every
    // AutosaveDelayMs. Precise, as a coarse timer may fire 5% late.
    m_autosave.setSingleShot(true);
    m_autosave.setTimerType(Qt::PreciseTimer);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(); });
}

JournalEditor::~JournalEditor()
{
    // Closing the app normally keeps the last keystrokes too.
    if (m_dirty)
        save();
}

void JournalEditor::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    setDirty(true);
    if (!m_autosave.isActive())
        m_autosave.start();
}

QString JournalEditor::promptText() const
{
    return JournalPromptModel::promptText(m_promptId);
}

void JournalEditor::startNew(const QString &promptId)
{
    if (m_dirty)
        save();
    clear();
    m_promptId = promptId;
    m_topic = JournalPromptModel::topicOf(promptId);
    Q_EMIT promptChanged();
    Q_EMIT started();
}

bool JournalEditor::open(const QString &id)
{
    if (m_dirty)
        save();
    auto entry = Repository<v1::JournalEntry>(m_store).get(id);
    if (!entry) {
        qCWarning(lcJournalEditor) << "Could not read a journal entry:" << entry.error().message;
        clear();
        setStatus({}, tr("This entry could not be opened."));
        return false;
    }
    clear();
    const v1::JournalEntry &e = entry.value();
    m_id = qs(e.meta().id());
    m_text = qs(e.text());
    m_promptId = qs(e.prompt_id());
    m_topic = qs(e.topic());
    m_conflictOf = qs(e.conflict_of());
    m_writtenMs = e.written_ms();
    Q_EMIT entryIdChanged();
    Q_EMIT textChanged();
    Q_EMIT promptChanged();
    Q_EMIT started();
    return true;
}

bool JournalEditor::save()
{
    m_autosave.stop();
    if (!m_dirty)
        return true;
    if (m_text.trimmed().isEmpty()) {
        // Never store a blank entry; what was stored before stays as it was.
        setStatus({}, tr("Write something first: an empty entry is not saved."));
        return false;
    }
    Repository<v1::JournalEntry> journal(m_store);
    Result<v1::JournalEntry> stored = Error {};
    if (m_id.isEmpty()) {
        v1::JournalEntry entry;
        entry.set_text(utf8(m_text));
        entry.set_prompt_id(utf8(m_promptId));
        entry.set_topic(utf8(m_topic));
        m_writtenMs = m_clock.nowMs();
        entry.set_written_ms(m_writtenMs);
        stored = journal.create(entry);
    } else {
        auto current = journal.get(m_id);
        if (!current) {
            stored = current.error();
        } else {
            v1::JournalEntry entry = current.value();
            entry.set_text(utf8(m_text));
            stored = journal.update(entry);
        }
    }
    if (!stored) {
        // The store's message names the field, never the text itself.
        qCWarning(lcJournalEditor) << "Could not save a journal entry:" << stored.error().message;
        setStatus({}, StoreText::notSaved(stored.error()));
        // Try again on the next keystroke; the text stays in the editor meanwhile.
        return false;
    }
    const bool created = m_id.isEmpty();
    m_id = qs(stored.value().meta().id());
    if (created)
        Q_EMIT entryIdChanged();
    setDirty(false);
    setStatus(tr("Saved"), {});
    Q_EMIT saved();
    return true;
}

bool JournalEditor::close()
{
    if (m_dirty && !m_text.trimmed().isEmpty() && !save())
        return false;
    clear();
    return true;
}

bool JournalEditor::remove()
{
    m_autosave.stop();
    if (!m_id.isEmpty()) {
        auto removed = Repository<v1::JournalEntry>(m_store).remove(m_id);
        if (!removed) {
            qCWarning(lcJournalEditor)
                << "Could not delete a journal entry:" << removed.error().message;
            setStatus({}, tr("This entry could not be deleted."));
            return false;
        }
        Q_EMIT saved();
    }
    clear();
    return true;
}

void JournalEditor::setDirty(bool dirty)
{
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged();
    if (dirty)
        setStatus(tr("Saving…"), m_error.isEmpty() ? QString() : m_error);
}

void JournalEditor::setStatus(const QString &status, const QString &error)
{
    if (status == m_status && error == m_error)
        return;
    m_status = status;
    m_error = error;
    Q_EMIT statusChanged();
}

void JournalEditor::clear()
{
    m_autosave.stop();
    m_id.clear();
    m_text.clear();
    m_promptId.clear();
    m_topic.clear();
    m_conflictOf.clear();
    m_writtenMs = 0;
    m_dirty = false;
    m_status.clear();
    m_error.clear();
    Q_EMIT entryIdChanged();
    Q_EMIT textChanged();
    Q_EMIT promptChanged();
    Q_EMIT dirtyChanged();
    Q_EMIT statusChanged();
}

} // namespace circle
