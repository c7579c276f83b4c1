#pragma once

#include "circle/v1/sync.pb.h"

#include <string>
#include <string_view>

/**
 * The compact wire form of protocol version 2 (proto/README.md, "Ids and stamps on the
 * wire"). Version 1 sent every id and clock stamp as text; a UUID is 36 characters of text
 * for 16 bytes of value, and a stamp names its device by a UUID too. Version 2 sends them
 * as bytes wherever they have the canonical form, and as text otherwise, so any id still
 * travels and every conversion is exact both ways.
 *
 * Shared by the phone and the server (which does not link the phone's core), hence plain
 * standard C++ over the generated messages.
 */
namespace circle::wire {

/// 16 bytes for a canonical lower-case UUID; empty for any other text.
std::string packUuid(std::string_view text);
/// The canonical text of 16 UUID bytes; empty unless @p bytes has exactly 16.
std::string unpackUuid(std::string_view bytes);

/**
 * 25 bytes for a stamp `<12 hex ms>.<6 hex counter>.<canonical UUID>` in lower case:
 * 6 bytes of milliseconds and 3 of counter, big-endian, then the 16 bytes of the node.
 * Big-endian keeps the byte order of packed stamps the order of the stamps. Empty for
 * any other text.
 */
std::string packHlc(std::string_view text);
/// The text of a packed stamp; empty unless @p bytes is 25 bytes long.
std::string unpackHlc(std::string_view bytes);

/**
 * Moves the mutation's ids and stamp from their text fields into the binary ones, each
 * one that has the canonical form; the others stay text.
 */
void compact(circle::v1::Mutation &mutation);

/**
 * The reverse: fills the text fields from the binary ones and clears those. False when a
 * binary field is malformed (wrong length) or set together with its text field; the
 * mutation is then left as it came.
 */
bool expand(circle::v1::Mutation &mutation);

/// The mutation id in text, whichever form carries it ("" when malformed).
std::string mutationIdOf(const circle::v1::Mutation &mutation);

} // namespace circle::wire
