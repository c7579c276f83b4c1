#pragma once

#include "serverlimits.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace circle::server {

class HttpApi;
class WorkerPool;

/**
 * The server's network side, on Boost.Beast over Boost.Asio and OpenSSL: it accepts
 * connections (capped in total and per address), runs TLS and HTTP/1.1 with every
 * deadline and size limit of ServerLimits, and hands each complete request to the
 * worker pool. It runs until SIGTERM or SIGINT, then stops accepting, lets requests in
 * flight finish and returns, so the caller can close the databases cleanly.
 */
class FrontDoor
{
public:
    FrontDoor(HttpApi &api, WorkerPool &pool, const ServerLimits &limits);
    ~FrontDoor();
    FrontDoor(const FrontDoor &) = delete;
    FrontDoor &operator=(const FrontDoor &) = delete;

    /**
     * Serve TLS with this PEM certificate chain and key: TLS 1.2 or newer, and on TLS 1.2
     * only ECDHE with AES-GCM or ChaCha20-Poly1305 (no CBC suites).
     */
    bool useTls(const QString &certPath, const QString &keyPath, QString *error);
    /** Binds and listens; returns the port (useful with port 0), or 0 with @p error set. */
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    /**
     * Serves on @p ioThreads threads (this one included) until a signal; then waits up to
     * @p graceMs for requests in flight.
     */
    void run(int ioThreads, int graceMs);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace circle::server
