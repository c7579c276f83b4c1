#include "listener.h"

#include "requestguard.h"
#include "serverlog.h"

#include <QAbstractHttpServer>
#include <QSslServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {
constexpr int kHandshakeTimeoutMs = 10 * 1000;
// QTcpServer stops accepting once this many connections wait to be taken, and Qt 6.4's
// QSslServer counts those still in their TLS handshake too. Its default of 30 let a burst of
// phones (each first probing the certificate for its pin) stall every other connection
// behind the kernel's backlog and SYN retransmits of 1, 3, 7 seconds. The socket limits of
// the process bound the real number.
constexpr int kMaxPendingConnections = 4096;
} // namespace

GuardedTcpServer::GuardedTcpServer(const ServerLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    RequestGuard::attach(socket, m_limits);
    addPendingConnection(socket);
}

quint16 listenGuarded(QAbstractHttpServer &http, const QHostAddress &address, quint16 port,
    const QSslConfiguration *tls, const ServerLimits &limits, QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new QSslServer(&http);
        ssl->setSslConfiguration(*tls);
        ssl->setHandshakeTimeout(kHandshakeTimeoutMs);
        // startedEncryptionHandshake comes before any application data and before the HTTP
        // server connects its own readyRead slot, so the guard sees every byte first.
        QObject::connect(ssl, &QSslServer::startedEncryptionHandshake, ssl,
            [limits](QSslSocket *socket) { RequestGuard::attach(socket, limits); });
        QObject::connect(ssl, &QSslServer::errorOccurred, ssl,
            [](QSslSocket *socket, QAbstractSocket::SocketError) {
                serverlog::info(
                    u"TLS connection from %1 failed: %2"_s.arg(socket->peerAddress().toString(),
                        serverlog::forLog(socket->errorString(), 160)));
            });
        server = ssl;
    } else {
        server = new GuardedTcpServer(limits, &http);
    }
    server->setMaxPendingConnections(kMaxPendingConnections);
    if (!server->listen(address, port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    http.bind(server);
    return server->serverPort();
}

} // namespace circle::server
