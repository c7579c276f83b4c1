#include "exchange.h"

#include "repository.h"
#include "store.h"
#include "validation.h"

#include "circle/v1/export.pb.h"

#include <google/protobuf/util/json_util.h>

#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

/**
 * Where each record type lives in an ExportDocument. The JSON key is the proto
 * field name, so it is also what error messages call the list ("goals[2]: ...").
 */
template<typename T> struct DocumentField;

#define CIRCLE_DOCUMENT_FIELD(Type, Field)                                                         \
    template<> struct DocumentField<v1::Type>                                                      \
    {                                                                                              \
        static constexpr const char *name = #Field;                                                \
        static const auto &read(const v1::ExportDocument &d) { return d.Field(); }                 \
        static auto *write(v1::ExportDocument &d) { return d.mutable_##Field(); }                  \
    };

CIRCLE_DOCUMENT_FIELD(JournalEntry, journal_entries)
CIRCLE_DOCUMENT_FIELD(GratitudeEntry, gratitude_entries)
CIRCLE_DOCUMENT_FIELD(MoodCheckIn, mood_check_ins)
CIRCLE_DOCUMENT_FIELD(Goal, goals)
CIRCLE_DOCUMENT_FIELD(GoalCheckIn, goal_check_ins)
CIRCLE_DOCUMENT_FIELD(Group, groups)
CIRCLE_DOCUMENT_FIELD(GroupSession, group_sessions)
CIRCLE_DOCUMENT_FIELD(Rsvp, rsvps)
CIRCLE_DOCUMENT_FIELD(HomeworkAssignment, homework_assignments)
CIRCLE_DOCUMENT_FIELD(HomeworkResponse, homework_responses)
CIRCLE_DOCUMENT_FIELD(ReminderPreferences, reminder_preferences)
CIRCLE_DOCUMENT_FIELD(SafetyPlan, safety_plans)
CIRCLE_DOCUMENT_FIELD(AgreementAck, agreement_acks)

#undef CIRCLE_DOCUMENT_FIELD

// Ids in the document, per record type name, so a child may point at a parent
// that arrives in the same file.
using IdsInFile = std::unordered_map<std::string, std::unordered_set<std::string>>;

QString where(const char *field, int index)
{
    return u"%1[%2]"_s.arg(QString::fromLatin1(field)).arg(index);
}

Error invalidAt(const char *field, int index, const QString &what)
{
    return Error::make(Error::Code::Invalid, where(field, index) + u": "_s + what);
}

// A link is fine when its target is in the file (any state) or already stored.
template<typename Target>
bool linkResolves(Store &store, const IdsInFile &ids, const std::string &id)
{
    const auto it = ids.find(RecordTraits<Target>::typeName);
    if (it != ids.end() && it->second.contains(id))
        return true;
    return Repository<Target>(store).get(qs(id), true).ok();
}

template<typename T>
Result<void> checkRecords(Store &store, const v1::ExportDocument &doc, const IdsInFile &ids)
{
    const char *field = DocumentField<T>::name;
    const char *type = RecordTraits<T>::typeName;
    std::unordered_set<std::string> seen;
    int index = 0;
    for (const T &record : DocumentField<T>::read(doc)) {
        if (auto v = validateMeta(record.meta(), type); !v)
            return invalidAt(field, index, v.error().message);
        if (!seen.insert(record.meta().id()).second)
            return invalidAt(field, index,
                u"%1: the id %2 appears more than once"_s.arg(
                    QString::fromLatin1(type), qs(record.meta().id())));
        // A tombstone carries only its bookkeeping; its content is gone on purpose.
        if (!record.meta().deleted()) {
            if (auto v = validate(record); !v)
                return invalidAt(field, index, v.error().message);
            // The same links Repository checks, read from RecordTraits (records.h).
            using Parent = typename RecordTraits<T>::Parent;
            if constexpr (!std::is_void_v<Parent>) {
                if (!linkResolves<Parent>(store, ids, RecordTraits<T>::parentId(record)))
                    return invalidAt(field, index,
                        u"%1: the %2 it belongs to is neither in the file nor in the store"_s.arg(
                            QString::fromLatin1(type),
                            QString::fromLatin1(RecordTraits<Parent>::typeName)));
            }
            using Attachment = typename RecordTraits<T>::Attachment;
            if constexpr (!std::is_void_v<Attachment>) {
                const std::string attached = RecordTraits<T>::attachmentId(record);
                if (!attached.empty() && !linkResolves<Attachment>(store, ids, attached))
                    return invalidAt(field, index,
                        u"%1: the attached %2 is neither in the file nor in the store"_s.arg(
                            QString::fromLatin1(type),
                            QString::fromLatin1(RecordTraits<Attachment>::typeName)
                                .replace(u'_', u' ')));
            }
        }
        ++index;
    }
    return {};
}

Error parseError(const google::protobuf::util::Status &status)
{
    // The parser follows its first line with the surrounding JSON and a caret;
    // that excerpt may be what the person wrote, so only the first line is kept.
    QString reason = qs(std::string(status.message())).section(u'\n', 0, 0).trimmed();
    while (reason.startsWith(u':'))
        reason = reason.mid(1).trimmed();
    return Error::make(
        Error::Code::Invalid, u"The file is not valid Circle export JSON: %1"_s.arg(reason));
}

Error versionError(int version)
{
    if (version == 0)
        return Error::make(Error::Code::UnsupportedVersion,
            u"The file has no format_version, so it is not a Circle export (or it "
            "was cut short). This version of Circle reads version %1."_s.arg(
                DataExchange::FormatVersion));
    return Error::make(Error::Code::UnsupportedVersion,
        u"This file is format version %1; this version of Circle reads version %2."_s.arg(version)
            .arg(DataExchange::FormatVersion));
}

} // namespace

Result<QByteArray> DataExchange::exportJson() const
{
    v1::ExportDocument doc;
    doc.set_format_version(FormatVersion);
    doc.set_exported_ms(m_store.clock().nowMs());
    doc.set_schema_version(m_store.schemaVersion());

    // The store has one connection used by one thread, so nothing writes between
    // the pages below and the document is a consistent snapshot.
    std::optional<Error> failure;
    forEachRecordType([&]<typename T>() {
        if (failure)
            return;
        Repository<T> repo(m_store);
        PageRequest request;
        request.limit = 1000;
        request.includeDeleted = true; // tombstones carry deletions to the other store
        auto *out = DocumentField<T>::write(doc);
        for (;;) {
            auto page = repo.list(request);
            if (!page) {
                failure = page.error();
                return;
            }
            for (T &record : page.value().items)
                *out->Add() = std::move(record);
            if (!page.value().next)
                return;
            request.after = page.value().next;
        }
    });
    if (failure)
        return *failure;

    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = true; // snake_case keys, as in the .proto
    // Every field is printed, even when false, zero or empty, so that a person
    // reading their file sees the whole shape of each record.
    options.always_print_primitive_fields = true;
    std::string json;
    if (auto status = google::protobuf::util::MessageToJsonString(doc, &json, options);
        !status.ok())
        return Error::make(Error::Code::Internal,
            u"The export could not be written as JSON: %1"_s.arg(
                qs(std::string(status.message()))));
    return QByteArray::fromStdString(json);
}

Result<ImportSummary> DataExchange::importJson(const QByteArray &json)
{
    v1::ExportDocument doc;
    google::protobuf::util::JsonParseOptions strict;
    strict.ignore_unknown_fields = false; // a misspelt field is an error, not silently dropped
    const google::protobuf::StringPiece input(json.constData(), size_t(json.size()));
    if (auto status = google::protobuf::util::JsonStringToMessage(input, &doc, strict);
        !status.ok()) {
        // A newer format may well have fields this build does not know, which
        // fails the strict parse; its version number is the more useful answer.
        v1::ExportDocument lenient;
        google::protobuf::util::JsonParseOptions relaxed;
        relaxed.ignore_unknown_fields = true;
        if (google::protobuf::util::JsonStringToMessage(input, &lenient, relaxed).ok()
            && lenient.format_version() != FormatVersion)
            return versionError(lenient.format_version());
        return parseError(status);
    }
    if (doc.format_version() != FormatVersion)
        return versionError(doc.format_version());

    // Everything is checked before anything is written, so a bad record late in
    // the file cannot leave the store holding the first half of it.
    IdsInFile ids;
    forEachRecordType([&]<typename T>() {
        auto &set = ids[RecordTraits<T>::typeName];
        for (const T &record : DocumentField<T>::read(doc))
            set.insert(record.meta().id());
    });
    std::optional<Error> failure;
    forEachRecordType([&]<typename T>() {
        if (failure)
            return;
        if (auto r = checkRecords<T>(m_store, doc, ids); !r)
            failure = r.error();
    });
    if (failure)
        return *failure;

    // One transaction for the whole file; each merge joins it as a savepoint.
    // forEachRecordType lists parents before their children (goals before
    // check-ins, groups before sessions before RSVPs), so they apply in that order.
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    ImportSummary summary;
    forEachRecordType([&]<typename T>() {
        if (failure)
            return;
        Repository<T> repo(m_store);
        int index = 0;
        for (const T &record : DocumentField<T>::read(doc)) {
            auto outcome = repo.merge(record);
            if (!outcome) {
                failure = Error::make(outcome.error().code,
                    where(DocumentField<T>::name, index) + u": "_s + outcome.error().message);
                return;
            }
            switch (outcome.value()) {
            case MergeOutcome::Inserted:
                ++summary.inserted;
                break;
            case MergeOutcome::Updated:
                ++summary.updated;
                break;
            case MergeOutcome::Unchanged:
            case MergeOutcome::KeptLocal: // the store already has a newer edit
                ++summary.unchanged;
                break;
            }
            ++index;
        }
    });
    if (failure)
        return *failure; // the transaction rolls back as it goes out of scope
    if (auto c = tx.commit(); !c)
        return c.error();
    return summary;
}

} // namespace circle
