#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace circle {

/**
 * The sentence a person sees when the clinic's server answered with an HTTP error
 * status: the server's own explanation from its ErrorResponse body when the body is
 * one and says something, otherwise fallback (Qt's description of the failed reply).
 * The body comes from the network, so this is a free function without the network:
 * the fuzz target fuzz_error_response decodes exactly what the transport decodes.
 */
QString describeRefusal(int httpStatus, const QByteArray &body, const QString &fallback);

/**
 * POSTs protobuf bodies to the clinic server over HTTPS, trusting exactly one
 * certificate: the one whose public key matches the pin from the invite.
 *
 * Before the first request it connects once without sending anything, reads
 * the server's certificate and compares its public key with the pin. Only a
 * match becomes the sole trusted root for every request after; Qt then checks
 * validity dates and the host name as for any certificate. Nothing here ever
 * ignores a TLS error. Plain HTTP is only possible to a loopback address with
 * the development flag set.
 */
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl serverUrl;
        QByteArray pinSha256; // SHA-256 of the certificate's public key (DER)
        bool allowPlainHttpOnLoopback = false; // development only
        int timeoutMs = 30'000;
    };

    struct Reply
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        QString error; // for a person; empty on a 2xx answer
        bool untrusted = false; // the server's certificate did not match the pin or failed checks
        bool ok() const { return error.isEmpty(); }
        bool retryable() const { return httpStatus == 0 || httpStatus == 429 || httpStatus >= 500; }
    };

    explicit HttpTransport(Config config, QObject *parent = nullptr);
    ~HttpTransport() override;

    void setToken(const QByteArray &token) { m_token = token; }
    void post(const QString &path, const QByteArray &body, std::function<void(Reply)> done);

    /** Protobuf body bytes sent and received so far (HTTP headers and TLS not counted). */
    qint64 bodyBytesSent() const { return m_bytesSent; }
    qint64 bodyBytesReceived() const { return m_bytesReceived; }

    /** SHA-256 of a certificate's public key, as pins are made. */
    static QByteArray pinOf(const QSslCertificate &certificate);

private:
    void ensureTrusted(std::function<void(QString error)> next);
    void send(const QString &path, const QByteArray &body, std::function<void(Reply)> done);
    bool isLoopback() const;

    Config m_config;
    QByteArray m_token;
    QNetworkAccessManager *m_network = nullptr;
    QList<QSslCertificate> m_trusted; // empty until the pin was checked
    bool m_untrustedProbe = false; // the last probe met a certificate other than the pinned one
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace circle
