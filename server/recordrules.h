#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace circle::v1 {
class Mutation;
}

namespace circle::server {

/** How one record type may travel to the server (proto/README.md, "Push"). */
enum class BodyRule {
    AlwaysSealed, ///< private: a clear body is refused, the server never holds it
    SealedOrShared, ///< clear only while shared with a group's therapists
    Clear, ///< always clear: the facilitator needs it (RSVPs)
    ClinicOnly, ///< authored by the clinic; never accepted from a phone
};

struct RecordType
{
    QStringView name;
    BodyRule rule;
};

/** The rule for @p name, or nullptr for a type the protocol does not know. */
const RecordType *findRecordType(QStringView name);

/** Types that therapists may see, when clear: goals, check-ins, homework responses, RSVPs. */
bool isSharableType(QStringView name);

/** Field sizes a mutation may have; longer ones are malformed, never truncated. */
namespace fieldlimits {
constexpr qsizetype Id = 64;
constexpr qsizetype Hlc = 64;
constexpr qsizetype DeviceName = 100;
constexpr qsizetype Label = 200;
} // namespace fieldlimits

/**
 * Checks one pushed mutation against the record-type rules without any stored state.
 * Returns an empty string when it may be applied, otherwise the reason for REJECTED.
 * Group membership is checked by the caller, who knows the patient.
 */
QString checkMutation(const circle::v1::Mutation &mutation);

/** True for an id of 1 to 64 ASCII letters, digits, '-', '_' or '.': all the protocol uses. */
bool isPlainId(QStringView id);

/**
 * True for text that shows as one line everywhere it is printed: no control characters
 * (newline, escape), no format characters (bidirectional overrides, zero-width marks) and
 * no line or paragraph separators. Names and labels must be such text, so neither a
 * terminal nor a log reader can be made to show something that is not there.
 */
bool isSingleLine(QStringView text);

/** True for a stamp of the form `<12 hex>.<6 hex>.<node>`. */
bool isValidHlc(QStringView hlc);

} // namespace circle::server
