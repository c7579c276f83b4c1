#include "httptransport.h"

#include "synctext.h"

#include "circle/v1/sync.pb.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace circle {

QString describeRefusal(int httpStatus, const QByteArray &body, const QString &fallback)
{
    v1::ErrorResponse answer;
    const bool parsed = answer.ParseFromArray(body.constData(), int(body.size()));
    return SyncText::tr("The clinic's server refused the request (HTTP %1): %2")
        .arg(httpStatus)
        .arg(parsed && !answer.message().empty() ? QString::fromStdString(answer.message())
                                                 : fallback);
}

HttpTransport::HttpTransport(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
}

HttpTransport::~HttpTransport() = default;

QByteArray HttpTransport::pinOf(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

bool HttpTransport::isLoopback() const
{
    const QString host = m_config.serverUrl.host();
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

void HttpTransport::post(
    const QString &path, const QByteArray &body, std::function<void(Reply)> done)
{
    ensureTrusted([this, path, body, done = std::move(done)](const QString &error) {
        if (!error.isEmpty()) {
            // Always answer from the event loop, even when refusing at once, so
            // callers never get their callback before post() has returned.
            const bool untrusted = m_untrustedProbe;
            QMetaObject::invokeMethod(
                this,
                [done, error, untrusted] {
                    Reply r { 0, {}, error };
                    r.untrusted = untrusted;
                    done(r);
                },
                Qt::QueuedConnection);
            return;
        }
        send(path, body, done);
    });
}

void HttpTransport::ensureTrusted(std::function<void(QString)> next)
{
    const QString scheme = m_config.serverUrl.scheme();
    if (scheme == u"http"_s) {
        if (m_config.allowPlainHttpOnLoopback && isLoopback())
            return next(QString());
        return next(
            SyncText::tr("Circle talks to the clinic's server only over HTTPS; plain HTTP is for "
                         "development on this computer only."));
    }
    if (scheme != u"https"_s)
        return next(SyncText::tr("The clinic's server address must start with https://."));
    m_untrustedProbe = false;
    if (!m_trusted.isEmpty())
        return next(QString());
    if (m_config.pinSha256.size() != 32)
        return next(SyncText::tr(
            "No certificate pin is known for the clinic's server; enroll again with an invite."));

    // A probe: TLS handshake only, no request. Its certificate is compared with
    // the pin before anything is sent; only then is it trusted.
    auto *probe = new QSslSocket(this);
    probe->setProtocol(QSsl::TlsV1_2OrLater);
    probe->setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *timer = new QTimer(probe);
    timer->setSingleShot(true);
    auto finish = std::make_shared<std::function<void(QString)>>(std::move(next));
    const auto conclude = [probe, finish](const QString &error) {
        if (!*finish)
            return;
        auto f = std::move(*finish);
        *finish = nullptr;
        probe->disconnect();
        probe->abort();
        probe->deleteLater();
        f(error);
    };
    connect(probe, &QSslSocket::encrypted, this, [this, probe, conclude] {
        const QSslCertificate certificate = probe->peerCertificate();
        if (certificate.isNull() || pinOf(certificate) != m_config.pinSha256) {
            m_untrustedProbe = true;
            conclude(SyncText::tr(
                "The clinic's server presented a certificate that does not match the one "
                "in your invite. Circle did not connect, in case someone is listening in."));
            return;
        }
        m_trusted = { certificate };
        conclude(QString());
    });
    connect(probe, &QAbstractSocket::errorOccurred, this,
        [probe, conclude](QAbstractSocket::SocketError) {
            conclude(SyncText::tr("Could not reach the clinic's server (%1).")
                         .arg(probe->errorString()));
        });
    connect(timer, &QTimer::timeout, this,
        [conclude] { conclude(SyncText::tr("The clinic's server did not answer in time.")); });
    timer->start(m_config.timeoutMs);
    probe->connectToHostEncrypted(m_config.serverUrl.host(), quint16(m_config.serverUrl.port(443)));
}

void HttpTransport::send(
    const QString &path, const QByteArray &body, std::function<void(Reply)> done)
{
    QUrl url = m_config.serverUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-protobuf"_s);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(m_config.timeoutMs);
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setCaCertificates(m_trusted); // the pinned certificate and nothing else
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    m_bytesSent += body.size();
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
        // The pinned certificate was already the only root; checking the key
        // again costs nothing and keeps the pin the final word.
        if (pinOf(reply->sslConfiguration().peerCertificate()) != m_config.pinSha256)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        Reply r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        m_bytesReceived += r.body.size();
        if (r.httpStatus >= 200 && r.httpStatus < 300 && reply->error() == QNetworkReply::NoError) {
            done(r);
            return;
        }
        if (r.httpStatus == 0) {
            r.untrusted = reply->error() == QNetworkReply::SslHandshakeFailedError;
            r.error = r.untrusted ? SyncText::tr(
                          "The clinic's server could not be verified (%1); Circle did not connect.")
                                        .arg(reply->errorString())
                                  : SyncText::tr("Could not reach the clinic's server (%1).")
                                        .arg(reply->errorString());
        } else {
            r.error = describeRefusal(r.httpStatus, r.body, reply->errorString());
        }
        done(r);
    });
}

} // namespace circle
