#pragma once

#include "serverlimits.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>

QT_BEGIN_NAMESPACE
class QAbstractHttpServer;
QT_END_NAMESPACE

namespace circle::server {

/**
 * A plain TCP server whose sockets get a RequestGuard before the HTTP server sees them.
 * Only used for `--plain-http-for-development` on loopback.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ServerLimits &limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ServerLimits m_limits;
};

/**
 * Opens the listening socket for the HTTP server: TLS 1.2 or newer with the given
 * configuration, or plain HTTP when @p tls is null. Returns the port (useful with port 0),
 * or 0 with @p error set.
 */
quint16 listenGuarded(QAbstractHttpServer &http, const QHostAddress &address, quint16 port,
    const QSslConfiguration *tls, const ServerLimits &limits, QString *error);

} // namespace circle::server
