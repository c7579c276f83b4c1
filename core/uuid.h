#pragma once

#include <QString>

namespace circle {

/**
 * Makes UUID version 7 identifiers (RFC 9562): 48 bits of Unix milliseconds, then
 * randomness. Ids sort by creation time, which keeps B-tree inserts local.
 */
QString makeUuidV7(qint64 unixMs);

/** True when text is a canonical, lower-case UUID of any version. */
bool isCanonicalUuid(const QString &text);

} // namespace circle
