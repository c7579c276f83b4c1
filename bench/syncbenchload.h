#pragma once

#include <QString>

namespace circle::syncbench {

struct LoadOptions
{
    QString serverPath; ///< the circle-server binary
    QString database; ///< --db for the server; empty: SQLite in its data directory
    int phones = 200;
    int rounds = 3;
    int entriesPerPush = 5;
};

/**
 * Many phones syncing at once against one real circle-server on loopback, with the server's
 * default limits: each phone is its own enrolled patient with its own token, so the
 * per-device rate limit applies to each as it would at a clinic. Returns a Markdown section
 * with p50/p99 latencies and throughput; exits the process on failure.
 */
QString runLoad(const LoadOptions &options);

} // namespace circle::syncbench
