#pragma once

namespace circle {

/**
 * The protocol version this build speaks (proto/README.md). Version 2 sends ids and
 * stamps in binary and seals records without the id and stamp the mutation carries.
 */
constexpr int ProtocolVersion = 2;

} // namespace circle
