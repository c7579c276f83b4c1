#pragma once

#include "records.h"

#include <tuple>

namespace circle {

/**
 * Whether answer b was given after answer a. Two phones may each have answered
 * a session before they synced, which leaves two answers; the later stamp (then
 * the later change) is the one that stands, on the Schedule and Today pages alike.
 */
inline bool answeredBefore(const v1::Rsvp &a, const v1::Rsvp &b)
{
    return std::make_tuple(a.meta().hlc(), a.meta().updated_ms())
        < std::make_tuple(b.meta().hlc(), b.meta().updated_ms());
}

} // namespace circle
