#include "rawclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace circle::servertest {

RawClient::RawClient(quint16 port, const QSslCertificate &trusted, const QString &source)
    : m_socket(std::make_unique<QSslSocket>())
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({ trusted });
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(tls);
    if (!source.isEmpty())
        m_socket->bind(QHostAddress(source));
    m_socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
}

bool RawClient::handshake(int timeoutMs)
{
    return m_socket->isEncrypted() || m_socket->waitForEncrypted(timeoutMs);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

bool RawClient::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RawClient::takeResponse(RawResponse *out)
{
    const qsizetype end = m_pending.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_pending.left(end).split('\n');
    RawResponse r;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    r.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length"_ba, "0"_ba).toLongLong();
    if (m_pending.size() < end + 4 + length)
        return false;
    r.body = m_pending.mid(end + 4, length);
    m_pending.remove(0, end + 4 + length);
    *out = r;
    return true;
}

QList<RawResponse> RawClient::read(int count, int timeoutMs)
{
    QList<RawResponse> out;
    const QDeadlineTimer deadline(timeoutMs);
    while (out.size() < count) {
        RawResponse r;
        if (takeResponse(&r)) {
            out.append(r);
            continue;
        }
        if (!isOpen() && m_socket->bytesAvailable() == 0)
            break;
        if (deadline.hasExpired())
            break;
        m_socket->waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())));
        m_pending += m_socket->readAll();
    }
    return out;
}

bool RawClient::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isOpen() && !deadline.hasExpired()) {
        m_socket->waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())));
        m_pending += m_socket->readAll();
    }
    return !isOpen();
}

static qint64 statusKiB(qint64 pid, const QByteArray &key)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 residentKiB(qint64 pid)
{
    return statusKiB(pid, "VmRSS"_ba);
}

qint64 peakResidentKiB(qint64 pid)
{
    return statusKiB(pid, "VmHWM"_ba);
}

} // namespace circle::servertest
