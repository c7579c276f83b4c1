#pragma once

#include "result.h"

namespace circle::detail {

/**
 * Initialises libsodium once per process, from whichever thread gets here first.
 * Every entry point of this library that touches libsodium goes through it, so callers
 * never have to remember an init call.
 */
Result<void> ensureSodium();

} // namespace circle::detail
