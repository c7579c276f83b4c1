#include "homeworkmodel.h"

#include "homeworktext.h"

#include "appshell/storetext.h"
#include "appshell/timeformat.h"
#include "clock.h"
#include "repository.h"
#include "store.h"
#include "syncaccount.h"
#include "validation.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHomework, "circle.homework")

namespace circle {

namespace {

// The first words of an entry on one line, as short as the journal list shows them.
QString shortExcerpt(const QString &text)
{
    const QString flat = text.simplified();
    if (flat.size() <= JournalListModel::ExcerptLength)
        return flat;
    return flat.left(JournalListModel::ExcerptLength).trimmed() + u'…';
}

} // namespace

HomeworkModel::HomeworkModel(Store &store, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock(clock)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    refresh();
}

void HomeworkModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    if (m_journal)
        m_journal->setTimeZone(zone);
    refresh();
}

int HomeworkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HomeworkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const bool overdue = !row.done && row.dueMs < m_clock.nowMs();
    switch (role) {
    case AssignmentIdRole:
        return row.assignmentId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case InstructionsRole:
        return row.instructions;
    case DueTextRole:
        return HomeworkText::due(row.dueMs, row.done, m_clock.nowMs(), m_timeZone);
    case OverdueRole:
        return overdue;
    case ResponseRole:
        return row.response;
    case AttachedRole:
        return !row.journalEntryId.isEmpty();
    case DoneRole:
        return row.done;
    case AttachedDayRole:
        return row.attachedDay;
    case AttachedExcerptRole:
        return row.attachedExcerpt;
    case SharedRole:
        return row.shared;
    case AudienceRole:
        return row.shared
            ? tr("Shared with %1. They see this answer as it is saved, until you stop sharing.")
                  .arg(audience(row))
            : tr("Private: only you can see this answer until you share it.");
    }
    return {};
}

QHash<int, QByteArray> HomeworkModel::roleNames() const
{
    return {
        { AssignmentIdRole, "assignmentId" },
        { TitleRole, "title" },
        { InstructionsRole, "instructions" },
        { DueTextRole, "dueText" },
        { OverdueRole, "overdue" },
        { ResponseRole, "response" },
        { AttachedRole, "attached" },
        { DoneRole, "done" },
        { AttachedDayRole, "attachedDay" },
        { AttachedExcerptRole, "attachedExcerpt" },
        { SharedRole, "shared" },
        { AudienceRole, "audience" },
    };
}

template<typename Edit> bool HomeworkModel::writeResponse(int row, Edit edit)
{
    if (row < 0 || row >= count())
        return false;
    Row &r = m_rows[size_t(row)];
    Repository<v1::HomeworkResponse> repo(m_store);
    v1::HomeworkResponse response;
    if (!r.responseId.isEmpty()) {
        auto current = repo.get(r.responseId);
        if (current)
            response = current.value();
    }
    response.set_assignment_id(utf8(r.assignmentId));
    edit(response);
    // What the store would refuse, said in the patient's words first.
    switch (homeworkAnswerProblem(response)) {
    case AnswerProblem::Empty:
        setError(tr("Write an answer, attach a journal entry, or mark it done."));
        return false;
    case AnswerProblem::TooLong:
        setError(
            tr("An answer can have up to %1 characters; this one has %2. Shorten it to save it.")
                .arg(MaxTextLength)
                .arg(qs(response.text()).size()));
        return false;
    case AnswerProblem::None:
        break;
    }
    auto stored = response.meta().id().empty() ? repo.create(response) : repo.update(response);
    if (!stored) {
        qCWarning(lcHomework) << "Could not save a homework response:" << stored.error().message;
        setError(StoreText::notSaved(stored.error()));
        return false;
    }
    setError({});
    const v1::HomeworkResponse &s = stored.value();
    r.responseId = qs(s.meta().id());
    r.response = qs(s.text());
    r.journalEntryId = qs(s.journal_entry_id());
    r.done = s.done();
    r.shared = s.shared();
    describeAttachment(r);
    Q_EMIT dataChanged(index(row), index(row));
    if (row == m_previewRow)
        Q_EMIT previewChanged();
    findNextDue();
    return true;
}

bool HomeworkModel::saveResponse(int row, const QString &text)
{
    return writeResponse(row, [&](v1::HomeworkResponse &r) { r.set_text(utf8(text.trimmed())); });
}

QString HomeworkModel::pickerTitle() const
{
    if (m_pickerRow < 0 || m_pickerRow >= count())
        return {};
    return m_rows[size_t(m_pickerRow)].title;
}

void HomeworkModel::openPicker(int row)
{
    if (row < 0 || row >= count())
        return;
    if (!m_journal) {
        m_journal = new JournalListModel(m_store, m_clock, this);
        m_journal->setTimeZone(m_timeZone);
    } else {
        // Entries written since the picker last opened belong at the top.
        m_journal->setQuery({});
        m_journal->refresh();
    }
    m_pickerRow = row;
    setError({});
    Q_EMIT pickerChanged();
    const Row &r = m_rows[size_t(row)];
    setChosen(r.journalEntryId, r.attachedDay, r.attachedExcerpt);
}

void HomeworkModel::choose(int journalRow)
{
    if (!m_journal || journalRow < 0 || journalRow >= m_journal->rowCount())
        return;
    const QModelIndex at = m_journal->index(journalRow);
    setChosen(at.data(JournalListModel::IdRole).toString(),
        at.data(JournalListModel::DayLabelRole).toString(),
        at.data(JournalListModel::ExcerptRole).toString());
}

bool HomeworkModel::attachChosen()
{
    if (m_pickerRow < 0 || m_pickerRow >= count())
        return false;
    if (m_chosenId.isEmpty()) {
        setError(tr("Choose a journal entry to attach, or write a new one first."));
        return false;
    }
    const std::string id = utf8(m_chosenId);
    return writeResponse(m_pickerRow, [&](v1::HomeworkResponse &r) { r.set_journal_entry_id(id); });
}

void HomeworkModel::closePicker()
{
    if (m_pickerRow < 0)
        return;
    m_pickerRow = -1;
    Q_EMIT pickerChanged();
}

bool HomeworkModel::detachJournalEntry(int row)
{
    if (row < 0 || row >= count())
        return false;
    Row &r = m_rows[size_t(row)];
    if (r.journalEntryId.isEmpty())
        return true;
    // With no words and not done, the answer was only the entry: it goes as a whole,
    // since a stored answer must hold something.
    if (r.response.trimmed().isEmpty() && !r.done) {
        auto removed = Repository<v1::HomeworkResponse>(m_store).remove(r.responseId);
        if (!removed) {
            qCWarning(lcHomework) << "Could not remove a homework answer:"
                                  << removed.error().message;
            setError(tr("The entry could not be taken off. Try again."));
            return false;
        }
        setError({});
        r.responseId.clear();
        r.journalEntryId.clear();
        r.shared = false;
        describeAttachment(r);
        Q_EMIT dataChanged(index(row), index(row));
        return true;
    }
    return writeResponse(row, [](v1::HomeworkResponse &resp) { resp.clear_journal_entry_id(); });
}

bool HomeworkModel::setDone(int row, bool done)
{
    return writeResponse(row, [&](v1::HomeworkResponse &r) { r.set_done(done); });
}

bool HomeworkModel::openSharePreview(int row, const QString &text)
{
    if (row < 0 || row >= count())
        return false;
    const Row &r = m_rows[size_t(row)];
    // What is previewed is what is stored, so typed words are saved first.
    if (r.responseId.isEmpty() || text.trimmed() != r.response) {
        if (!saveResponse(row, text))
            return false;
    }
    setError({});
    m_previewRow = row;
    Q_EMIT previewChanged();
    return true;
}

bool HomeworkModel::confirmShare()
{
    if (m_previewRow < 0 || m_previewRow >= count())
        return false;
    if (!m_clinicLinked) {
        // Marking it shared would promise a delivery that cannot happen.
        setError(tr("This phone is not linked to your clinic yet, so nothing can be shared. "
                    "Join your clinic in Clinic sync, then share your answer."));
        return false;
    }
    const int row = m_previewRow;
    if (!writeResponse(row, [](v1::HomeworkResponse &r) { r.set_shared(true); }))
        return false;
    closePreview();
    return true;
}

void HomeworkModel::closePreview()
{
    if (m_previewRow < 0)
        return;
    setError({}); // what the preview said belongs to it
    m_previewRow = -1;
    Q_EMIT previewChanged();
}

bool HomeworkModel::unshare(int row)
{
    if (row < 0 || row >= count() || m_rows[size_t(row)].responseId.isEmpty())
        return false;
    return writeResponse(row, [](v1::HomeworkResponse &r) { r.set_shared(false); });
}

QString HomeworkModel::audience(const Row &row) const
{
    return row.groupName.isEmpty() ? tr("your group's therapists")
                                   : tr("your therapists in %1").arg(row.groupName);
}

QString HomeworkModel::previewAudience() const
{
    return m_previewRow < 0 || m_previewRow >= count() ? QString()
                                                       : audience(m_rows[size_t(m_previewRow)]);
}

QString HomeworkModel::previewTitle() const
{
    return m_previewRow < 0 || m_previewRow >= count() ? QString()
                                                       : m_rows[size_t(m_previewRow)].title;
}

QString HomeworkModel::previewAnswer() const
{
    return m_previewRow < 0 || m_previewRow >= count() ? QString()
                                                       : m_rows[size_t(m_previewRow)].response;
}

bool HomeworkModel::previewDone() const
{
    return m_previewRow >= 0 && m_previewRow < count() && m_rows[size_t(m_previewRow)].done;
}

bool HomeworkModel::previewAttached() const
{
    return m_previewRow >= 0 && m_previewRow < count()
        && !m_rows[size_t(m_previewRow)].journalEntryId.isEmpty();
}

void HomeworkModel::findNextDue()
{
    const qint64 now = m_clock.nowMs();
    const Row *next = nullptr;
    for (const Row &r : m_rows)
        if (!r.done && r.dueMs >= now && (!next || r.dueMs < next->dueMs))
            next = &r;
    const QString text = next
        ? tr("Next: %1, due %2")
              .arg(next->title,
                  TimeFormat::dayAndMonth(
                      QDateTime::fromMSecsSinceEpoch(next->dueMs, m_timeZone).date()))
        : QString();
    if (text == m_nextDue)
        return;
    m_nextDue = text;
    Q_EMIT nextDueChanged();
}

void HomeworkModel::refresh()
{
    const int before = count();
    if (auto account = SyncAccount::load(m_store))
        m_clinicLinked = account.value().has_value();
    beginResetModel();
    m_rows.clear();
    auto assignments = Repository<v1::HomeworkAssignment>(m_store).list(
        PageRequest { 100, std::nullopt, false });
    if (!assignments) {
        qCWarning(lcHomework) << "Could not list homework:" << assignments.error().message;
        setError(tr("Your homework could not be read."));
    } else {
        Repository<v1::HomeworkResponse> responses(m_store);
        Repository<v1::Group> groups(m_store);
        for (const auto &a : assignments.value().items) {
            Row row { qs(a.meta().id()), qs(a.title()), qs(a.instructions()), a.due_ms(), {}, {},
                {}, false, {}, {}, false, {} };
            if (auto group = groups.get(qs(a.group_id())))
                row.groupName = qs(group.value().name());
            auto answers = responses.listByParent(row.assignmentId);
            if (answers && !answers.value().empty()) {
                // Newest first: two phones that each answered before they synced
                // leave two answers, and the latest one is the patient's answer.
                const auto &r = answers.value().front();
                row.responseId = qs(r.meta().id());
                row.response = qs(r.text());
                row.journalEntryId = qs(r.journal_entry_id());
                row.done = r.done();
                row.shared = r.shared();
            }
            describeAttachment(row);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
    if (m_pickerRow >= count()) {
        m_pickerRow = -1;
        Q_EMIT pickerChanged();
    }
    if (m_previewRow >= count())
        m_previewRow = -1;
    Q_EMIT previewChanged(); // the link to the clinic may have changed too
    findNextDue();
}

void HomeworkModel::describeAttachment(Row &row) const
{
    row.attachedDay.clear();
    row.attachedExcerpt.clear();
    if (row.journalEntryId.isEmpty())
        return;
    auto entry = Repository<v1::JournalEntry>(m_store).get(row.journalEntryId);
    if (!entry) {
        // Deleted from the journal since: the answer still names it, so say so.
        row.attachedExcerpt = tr("This entry is no longer in your journal.");
        return;
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(entry.value().written_ms(), m_timeZone).date();
    row.attachedDay = TimeFormat::dayAndMonth(day);
    row.attachedExcerpt = shortExcerpt(qs(entry.value().text()));
}

void HomeworkModel::setChosen(const QString &id, const QString &day, const QString &excerpt)
{
    if (id == m_chosenId && day == m_chosenDay && excerpt == m_chosenExcerpt)
        return;
    m_chosenId = id;
    m_chosenDay = day;
    m_chosenExcerpt = excerpt;
    Q_EMIT chosenChanged();
}

void HomeworkModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

} // namespace circle
