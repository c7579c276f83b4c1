#pragma once

namespace circle {

/** The protocol version this build speaks (proto/README.md). */
constexpr int ProtocolVersion = 1;

} // namespace circle
