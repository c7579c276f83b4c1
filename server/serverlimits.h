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
    /// The largest body read before the caller's token is checked (and the largest an
    /// anonymous route takes): what a connection without a token can make the server hold.
    qint64 preAuthBodyBytes = 64 * 1024;
    int maxHeaderBytes = 32 * 1024;
    int maxHeaderFields = 100;
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
    /// From a request's first byte to the end of its header; from there to its body's end.
    int headerTimeoutMs = 10 * 1000;
    int bodyTimeoutMs = 60 * 1000;
    int handshakeTimeoutMs = 10 * 1000;
    /// Open connections in all and per remote address. A group's phones at the clinic all
    /// come through one address (its Wi-Fi), each keeping its connection open, so the
    /// per-address cap leaves room for a whole clinic (the 200-phone benchmark).
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 256;
    /// Threads that run requests, each with its own database connection.
    int workers = 4;
    /// Requests waiting for a worker; more are answered 503.
    int maxQueuedRequests = 512;
};

} // namespace circle::server
