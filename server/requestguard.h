#pragma once

#include "serverlimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace circle::server {

/**
 * Watches one connection's bytes before Qt HttpServer sees them. Qt HttpServer 6.4 buffers
 * a whole request body in memory before any handler runs and has no size limit, so a
 * client could announce gigabytes; the guard reads only the headers (peeking, leaving the
 * bytes for the HTTP parser), answers 413 as soon as Content-Length is over the cap, and
 * closes connections that stay idle. It refuses chunked bodies: every client of this
 * protocol knows the length of what it sends.
 *
 * It must see readyRead before the HTTP server does, so it is attached when the socket is
 * created, before the server connects its own slot (Listener does this).
 */
class RequestGuard : public QObject
{
    Q_OBJECT

public:
    static void attach(QTcpSocket *socket, const ServerLimits &limits);

private:
    RequestGuard(QTcpSocket *socket, const ServerLimits &limits);

    enum class State { Headers, Body, Draining };
    struct Refusal
    {
        int status;
        QByteArray reason;
        QString code;
        QString message;
        qint64 bodyLeft; ///< body bytes the client will still send
    };

    void onReadyRead();
    /** Checks one complete header block and sets up reading its body; a refusal otherwise. */
    std::optional<Refusal> checkHeaders(const QByteArray &block);
    /** Answers @p refusal after dropping the @p headerBytes the socket holds for this request. */
    void refuse(const Refusal &refusal, qsizetype headerBytes);
    void drain();

    QTcpSocket *m_socket;
    ServerLimits m_limits;
    State m_state = State::Headers;
    QByteArray m_header;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0;
    QTimer m_idle;
};

} // namespace circle::server
