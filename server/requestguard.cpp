#include "requestguard.h"

#include "httpapi.h"
#include "serverlog.h"

#include "circle/v1/sync.pb.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {
// After refusing a body the guard keeps reading (and dropping) what the client still sends,
// up to this much, so the client reads the 413 instead of a connection reset.
constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
} // namespace

void RequestGuard::attach(QTcpSocket *socket, const ServerLimits &limits)
{
    new RequestGuard(socket, limits);
}

RequestGuard::RequestGuard(QTcpSocket *socket, const ServerLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    // Also deleted here: after a parse error Qt HttpServer 6.4 disconnects every signal of
    // the socket, including the one that would delete it, and would leave it open forever.
    connect(&m_idle, &QTimer::timeout, m_socket, [this] {
        m_socket->abort();
        m_socket->deleteLater();
    });
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    m_idle.start();
}

void RequestGuard::onReadyRead()
{
    m_idle.start();
    if (m_state == State::Draining) {
        drain();
        return;
    }
    // The HTTP parser reads everything on each readyRead, so what is buffered now is
    // exactly what arrived since the last signal.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        if (m_state == State::Body) {
            const qint64 take = qMin<qint64>(m_bodyLeft, chunk.size() - pos);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0)
                m_state = State::Headers;
            continue;
        }
        const qsizetype before = m_header.size();
        m_header.append(chunk.constData() + pos, chunk.size() - pos);
        const qsizetype end = m_header.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_header.size() > m_limits.maxHeaderBytes)
                refuse({ 431, "Request Header Fields Too Large", u"bad_request"_s,
                           u"headers too large"_s, 0 },
                    chunk.size());
            return;
        }
        pos += end + 4 - before;
        const QByteArray block = m_header.left(end);
        m_header.clear();
        if (const auto refusal = checkHeaders(block)) {
            refuse(*refusal, pos);
            return;
        }
    }
}

std::optional<RequestGuard::Refusal> RequestGuard::checkHeaders(const QByteArray &block)
{
    const QList<QByteArray> lines = block.split('\n');
    qint64 length = 0;
    bool seenLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return Refusal { 411, "Length Required", u"bad_request"_s,
                u"send the body with Content-Length"_s, 0 };
        if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            // Two different lengths are how requests get smuggled past a proxy.
            if (!ok || v < 0 || (seenLength && v != length))
                return Refusal { 400, "Bad Request", u"bad_request"_s, u"invalid Content-Length"_s,
                    0 };
            length = v;
            seenLength = true;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        return Refusal { 413, "Payload Too Large", u"payload_too_large"_s,
            u"the body is over the limit of %1 bytes"_s.arg(m_limits.maxBodyBytes), length };
    }
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Headers;
    return std::nullopt;
}

void RequestGuard::refuse(const Refusal &refusal, qsizetype headerBytes)
{
    serverlog::info(u"refused a request from %1 before reading its body: %2 %3"_s.arg(
        m_socket->peerAddress().toString(), QString::number(refusal.status), refusal.message));
    // From here on this connection is ours alone: the HTTP server must not parse the body.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(headerBytes);
    m_state = State::Draining;
    m_drainLeft = qMin(refusal.bodyLeft, kMaxDrainBytes);

    circle::v1::ErrorResponse error;
    error.set_protocol_version(kProtocolVersion);
    error.set_code(refusal.code.toStdString());
    error.set_message(refusal.message.toStdString());
    const QByteArray body = QByteArray::fromStdString(error.SerializeAsString());
    m_socket->write("HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + refusal.reason
        + "\r\nContent-Type: application/x-protobuf\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    drain();
}

void RequestGuard::drain()
{
    // What the socket buffered so far belongs to the refused request, up to its length.
    const QByteArray dropped
        = m_socket->read(qMin<qint64>(m_socket->bytesAvailable(), m_drainLeft));
    m_drainLeft -= dropped.size();
    if (m_drainLeft <= 0)
        m_socket->disconnectFromHost();
}

} // namespace circle::server
