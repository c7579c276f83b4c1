#include "homeworkmodel.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "repository.h"
#include "store.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHomework, "circle.homework")

namespace circle {

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
    case DueTextRole: {
        const QDate due = QDateTime::fromMSecsSinceEpoch(row.dueMs, m_timeZone).date();
        if (row.done)
            return tr("Done");
        if (overdue)
            return tr("Was due %1. It still counts whenever you do it.")
                .arg(TimeFormat::dayAndMonth(due));
        return tr("Due %1").arg(TimeFormat::dayAndMonth(due));
    }
    case OverdueRole:
        return overdue;
    case ResponseRole:
        return row.response;
    case AttachedRole:
        return !row.journalEntryId.isEmpty();
    case DoneRole:
        return row.done;
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
    auto stored = response.meta().id().empty() ? repo.create(response) : repo.update(response);
    if (!stored) {
        qCWarning(lcHomework) << "Could not save a homework response:" << stored.error().message;
        setError(tr("Write an answer, attach a journal entry, or mark it done."));
        return false;
    }
    setError({});
    const v1::HomeworkResponse &s = stored.value();
    r.responseId = qs(s.meta().id());
    r.response = qs(s.text());
    r.journalEntryId = qs(s.journal_entry_id());
    r.done = s.done();
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool HomeworkModel::saveResponse(int row, const QString &text)
{
    return writeResponse(row, [&](v1::HomeworkResponse &r) { r.set_text(utf8(text.trimmed())); });
}

bool HomeworkModel::attachLatestJournalEntry(int row)
{
    auto page = Repository<v1::JournalEntry>(m_store).list(PageRequest { 1, std::nullopt, false });
    if (!page || page.value().items.empty()) {
        setError(tr("Write a journal entry first, then attach it here."));
        return false;
    }
    const std::string id = page.value().items.front().meta().id();
    return writeResponse(row, [&](v1::HomeworkResponse &r) { r.set_journal_entry_id(id); });
}

bool HomeworkModel::setDone(int row, bool done)
{
    return writeResponse(row, [&](v1::HomeworkResponse &r) { r.set_done(done); });
}

void HomeworkModel::refresh()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    auto assignments = Repository<v1::HomeworkAssignment>(m_store).list(
        PageRequest { 100, std::nullopt, false });
    if (!assignments) {
        qCWarning(lcHomework) << "Could not list homework:" << assignments.error().message;
        setError(tr("Your homework could not be read."));
    } else {
        Repository<v1::HomeworkResponse> responses(m_store);
        for (const auto &a : assignments.value().items) {
            Row row { qs(a.meta().id()), qs(a.title()), qs(a.instructions()), a.due_ms(), {}, {},
                {}, false };
            auto answers = responses.listByParent(row.assignmentId);
            if (answers && !answers.value().empty()) {
                const auto &r = answers.value().back();
                row.responseId = qs(r.meta().id());
                row.response = qs(r.text());
                row.journalEntryId = qs(r.journal_entry_id());
                row.done = r.done();
            }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void HomeworkModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

} // namespace circle
