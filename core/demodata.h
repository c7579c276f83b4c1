#pragma once

#include "result.h"

namespace circle {

class Store;

/**
 * Fills a store with a realistic week for the demo and the screenshots: journal
 * and gratitude entries, mood check-ins, two goals with check-ins, a group with
 * its upcoming sessions and agreement, one homework assignment, and a safety plan.
 * Times are relative to the store's clock.
 */
Result<void> seedDemoData(Store &store);

} // namespace circle
