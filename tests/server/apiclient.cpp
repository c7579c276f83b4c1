#include "apiclient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace circle::servertest {

ApiClient::ApiClient(const QUrl &base, const QSslCertificate &trusted, const QString &pin)
    : m_base(base)
    , m_trusted(trusted)
    , m_pin(pin)
{
}

QString ApiClient::pinOf(const QSslCertificate &certificate)
{
    return u"sha256:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
                .toBase64());
}

HttpResult ApiClient::post(const QString &path, const QByteArray &body, const QString &token)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1());
    if (url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ m_trusted });
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(60000);

    HttpResult result;
    QNetworkReply *reply = m_network.post(request, body);
    // The pin is checked as soon as the handshake is done, before any byte of the body goes
    // out; a mismatch aborts, exactly what the phone does.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&result, reply, this] {
        result.pinMatched = pinOf(reply->sslConfiguration().peerCertificate()) == m_pin;
        if (!result.pinMatched)
            reply->abort();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    reply->deleteLater();
    return result;
}

int ApiClient::call(const QString &path, const google::protobuf::MessageLite &request,
    google::protobuf::MessageLite *response, const QString &token)
{
    const HttpResult r = post(path, QByteArray::fromStdString(request.SerializeAsString()), token);
    m_lastError = r.errorString;
    if (r.status == 200 && response
        && !response->ParseFromArray(r.body.constData(), int(r.body.size())))
        return -1;
    return r.status;
}

} // namespace circle::servertest
