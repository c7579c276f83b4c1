#pragma once

#include "records.h"

#include <QString>

namespace circle {

/**
 * Field-by-field last-writer-wins for records two of a patient's devices may
 * edit at once (goals, reminder preferences): if one phone renamed a goal and
 * the other marked it achieved, both changes survive. Each edited field
 * carries the HLC stamp of its last change in field_stamps.
 */
template<typename T>
concept FieldMerged = RecordTraits<T>::merge == MergePolicy::FieldByField;

/** Stamps every field that differs between before and after with stamp. */
void stampChangedFields(const google::protobuf::Message &before, google::protobuf::Message &after,
    const std::string &stamp);

/**
 * The merge of two versions of one record: for each field, the value whose
 * stamp is later. The result's meta is the later of the two metas.
 */
void mergeFields(const google::protobuf::Message &local, const google::protobuf::Message &remote,
    google::protobuf::Message &result);

} // namespace circle
