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

/**
 * The patient's own part of the demo only — diary, goals, mood, reminder
 * preferences, safety plan, and an RSVP to the next session of a group already
 * in the store — for a store whose clinic data came from a clinic server.
 */
Result<void> seedDemoPatientData(Store &store);

} // namespace circle
