#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace circle {

/**
 * Turns the 32-byte sync key into a code a person can write on paper and type into a new
 * phone, and back. Without it, sealed records cannot be read on another phone: the server
 * never holds the key.
 *
 * The code is 18 groups of 4 characters from Crockford's base32 alphabet
 * (0-9, A-Z without I, L, O, U), written with dashes: "7K2Q-F9XA-...".
 * Reading is forgiving the way Crockford intends: any case, spaces or dashes anywhere,
 * O read as 0, I and L read as 1.
 *
 * Each group is 3 data characters and 1 check character, so a typo is reported in the
 * group where it is, not just "somewhere", and a screen can flag a group as soon as it is
 * typed (isGroupValid()). The check is a weighted sum over GF(32) that also covers the
 * group's position; it catches every single wrong character, every swap of two neighbours
 * within a group, and a whole group written in another group's place. The 54 data
 * characters hold the 256 key bits plus 14 bits of a keyed BLAKE2b hash of the key, which
 * catches all but 1 in 16384 of what slips past the group checks (two typos in one group).
 */
class RecoveryCode
{
public:
    static constexpr int GroupCount = 18;
    static constexpr int GroupLength = 4;
    static constexpr int Length = GroupCount * GroupLength;

    /// The code for @p key; Error::Code::Invalid unless the key has 32 bytes.
    static Result<QString> fromKey(QByteArrayView key);

    /**
     * The key @p code stands for, or Error::Code::Invalid with a message that points at
     * the group to look at: a character no code uses, a group of the wrong length, a typo.
     */
    static Result<QByteArray> toKey(QStringView code);

    /**
     * Whether @p group (4 characters, read as forgivingly as toKey() reads) passes its
     * check at position @p groupIndex, counted from 0.
     */
    static bool isGroupValid(int groupIndex, QStringView group);
};

} // namespace circle
