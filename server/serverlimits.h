#pragma once

#include <QtGlobal>

namespace circle::server {

/**
 * The numbers that keep one client from hurting the others. The defaults follow
 * proto/README.md; the rate and lifetimes can be set on the command line.
 */
struct ServerLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxHeaderBytes = 32 * 1024;
    int maxMutationsPerPush = 500;
    int maxItemsPerWrite = 500;
    int defaultPullLimit = 500;
    int maxPullLimit = 1000;
    /// Token bucket per device, therapist or (before a token is known) remote address.
    int rateBurst = 120;
    double ratePerMinute = 600;
    /// 0: device tokens stay valid until revoked.
    qint64 deviceTokenTtlMs = 0;
    qint64 inviteTtlMs = qint64(14) * 24 * 3600 * 1000;
    /// A connection that sends nothing for this long is closed (slow clients hold sockets).
    int idleTimeoutMs = 60 * 1000;
};

} // namespace circle::server
