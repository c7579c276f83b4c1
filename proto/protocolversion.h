#pragma once

namespace circle {

/**
 * The newest sync protocol version this build speaks (proto/README.md, "Transport").
 * One constant for the phone, the server, the benchmarks and the fuzz targets: they are
 * built from the same tree, so a version bump that reached one side and not the other
 * would only show up as a failed sync in the field. Version 2 sends ids and stamps in
 * binary and seals records without the id and stamp the mutation carries. The server
 * still answers older versions in the version they were asked in.
 */
constexpr int ProtocolVersion = 2;

} // namespace circle
