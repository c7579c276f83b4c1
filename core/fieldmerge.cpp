#include "fieldmerge.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

#include <map>
#include <memory>

namespace circle {

namespace pb = google::protobuf;

namespace {

constexpr const char *MetaField = "meta";
constexpr const char *StampsField = "field_stamps";

bool isBookkeeping(const pb::FieldDescriptor *fd)
{
    return fd->name() == MetaField || fd->name() == StampsField;
}

// A copy of m holding only field fd: serialized, it compares field values.
std::unique_ptr<pb::Message> onlyField(const pb::Message &m, const pb::FieldDescriptor *fd)
{
    std::unique_ptr<pb::Message> part(m.New());
    part->CopyFrom(m);
    const auto *desc = m.GetDescriptor();
    for (int i = 0; i < desc->field_count(); ++i)
        if (desc->field(i) != fd)
            part->GetReflection()->ClearField(part.get(), desc->field(i));
    return part;
}

std::map<std::string, std::string> stampsOf(const pb::Message &m)
{
    std::map<std::string, std::string> out;
    const auto *fd = m.GetDescriptor()->FindFieldByName(StampsField);
    const auto *refl = m.GetReflection();
    for (int i = 0; i < refl->FieldSize(m, fd); ++i) {
        const auto &entry = refl->GetRepeatedMessage(m, fd, i);
        const auto *er = entry.GetReflection();
        const auto *ed = entry.GetDescriptor();
        out[er->GetString(entry, ed->FindFieldByName("field"))]
            = er->GetString(entry, ed->FindFieldByName("hlc"));
    }
    return out;
}

void writeStamps(pb::Message &m, const std::map<std::string, std::string> &stamps)
{
    const auto *fd = m.GetDescriptor()->FindFieldByName(StampsField);
    const auto *refl = m.GetReflection();
    refl->ClearField(&m, fd);
    for (const auto &[field, hlc] : stamps) {
        auto *entry = refl->AddMessage(&m, fd);
        const auto *er = entry->GetReflection();
        const auto *ed = entry->GetDescriptor();
        er->SetString(entry, ed->FindFieldByName("field"), field);
        er->SetString(entry, ed->FindFieldByName("hlc"), hlc);
    }
}

const pb::Message &metaOf(const pb::Message &m)
{
    return m.GetReflection()->GetMessage(m, m.GetDescriptor()->FindFieldByName(MetaField));
}

std::string hlcOf(const pb::Message &m)
{
    return static_cast<const v1::RecordMeta &>(metaOf(m)).hlc();
}

// A field never edited since creation dates from the record's creation: older
// than any edit, so any stamped edit on the other side wins.
std::string stampFor(const std::map<std::string, std::string> &stamps, const std::string &field)
{
    const auto it = stamps.find(field);
    return it == stamps.end() ? std::string() : it->second;
}

} // namespace

void stampChangedFields(const pb::Message &before, pb::Message &after, const std::string &stamp)
{
    auto stamps = stampsOf(before);
    const auto *desc = after.GetDescriptor();
    for (int i = 0; i < desc->field_count(); ++i) {
        const auto *fd = desc->field(i);
        if (isBookkeeping(fd))
            continue;
        if (onlyField(before, fd)->SerializeAsString() != onlyField(after, fd)->SerializeAsString())
            stamps[fd->name()] = stamp;
    }
    writeStamps(after, stamps);
}

void mergeFields(const pb::Message &local, const pb::Message &remote, pb::Message &result)
{
    const auto localStamps = stampsOf(local);
    const auto remoteStamps = stampsOf(remote);
    const bool remoteIsLater = hlcOf(remote) > hlcOf(local);

    result.CopyFrom(local);
    auto merged = localStamps;
    const auto *desc = local.GetDescriptor();
    const auto *refl = result.GetReflection();
    for (int i = 0; i < desc->field_count(); ++i) {
        const auto *fd = desc->field(i);
        if (isBookkeeping(fd))
            continue;
        const std::string l = stampFor(localStamps, fd->name());
        const std::string r = stampFor(remoteStamps, fd->name());
        if (r > l) {
            refl->ClearField(&result, fd);
            result.MergeFrom(*onlyField(remote, fd));
            merged[fd->name()] = r;
        }
    }
    writeStamps(result, merged);
    const auto *metaFd = desc->FindFieldByName(MetaField);
    refl->MutableMessage(&result, metaFd)->CopyFrom(remoteIsLater ? metaOf(remote) : metaOf(local));
}

} // namespace circle
