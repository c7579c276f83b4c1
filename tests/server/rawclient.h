#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QSslSocket>
#include <QString>

#include <memory>

namespace circle::servertest {

/** One HTTP answer as it came off the wire. */
struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case; the last value wins
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

/**
 * A TLS connection to the server under test that sends exactly the bytes a test gives it,
 * as an attacker would: no HTTP library in between to tidy the request up. It trusts the
 * server's development certificate only. @p source picks the local loopback address
 * (127.0.0.x) so one machine can look like several clients.
 */
class RawClient
{
public:
    RawClient(quint16 port, const QSslCertificate &trusted, const QString &source = {});

    /** True when the TLS handshake finished within @p timeoutMs. */
    bool handshake(int timeoutMs = 10000);
    void send(const QByteArray &bytes);
    /**
     * Waits for @p count complete answers, or until the server closes the connection or
     * @p timeoutMs passes; returns those that arrived.
     */
    QList<RawResponse> read(int count, int timeoutMs = 10000);
    /** True when the server closed the connection within @p timeoutMs. */
    bool waitClosed(int timeoutMs);
    bool isOpen() const;
    QSslSocket &socket() { return *m_socket; }

private:
    bool takeResponse(RawResponse *out);

    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_pending;
};

/** Resident memory of process @p pid in KiB (VmRSS), or -1. */
qint64 residentKiB(qint64 pid);
/** Peak resident memory of process @p pid in KiB (VmHWM), or -1. */
qint64 peakResidentKiB(qint64 pid);

} // namespace circle::servertest
