#pragma once

#include "result.h"

namespace circle::detail {

/**
 * Initialises libsodium once per process, from whichever thread gets here first.
 * Every entry point that touches libsodium (the passcode's hash here, sealing and
 * the recovery code in sync) goes through it, so callers never have to remember
 * an init call.
 */
Result<void> ensureSodium();

} // namespace circle::detail
