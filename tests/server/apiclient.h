#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <google/protobuf/message_lite.h>

namespace circle::servertest {

/** One HTTP exchange as the test saw it. */
struct HttpResult
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray retryAfter;
    bool pinMatched = false;
};

/**
 * Talks HTTPS to the server under test the way a phone must: TLS 1.2 or newer, the
 * server's development certificate as the only trusted CA (so verification is real, no
 * error is ignored), and the public-key pin compared on every connection.
 */
class ApiClient
{
public:
    ApiClient(const QUrl &base, const QSslCertificate &trusted, const QString &pin);

    HttpResult post(const QString &path, const QByteArray &body, const QString &token = {});

    /** POSTs @p request; on 200 parses the answer into @p response. Returns the status. */
    int call(const QString &path, const google::protobuf::MessageLite &request,
        google::protobuf::MessageLite *response, const QString &token = {});

    /** What went wrong with the last call(), for failure messages. */
    QString lastError() const { return m_lastError; }

    /** The SHA-256 pin of a certificate as Qt sees its public key. */
    static QString pinOf(const QSslCertificate &certificate);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QSslCertificate m_trusted;
    QString m_pin;
    QString m_lastError;
};

} // namespace circle::servertest
