#pragma once

#include "apierror.h"
#include "authenticator.h"
#include "ratelimiter.h"

#include <QHttpServerResponse>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
QT_END_NAMESPACE

namespace google::protobuf {
class MessageLite;
}

namespace circle::server {

class ClinicServices;

/**
 * The newest protocol version this server speaks (proto/README.md). Older versions are
 * still served, and answered in the version they were asked in.
 */
constexpr int kProtocolVersion = 2;

/**
 * Reads a request body: a protobuf that does not parse is 400 bad_request, a newer
 * protocol 400 unsupported_version, a missing version 400 too. Kept apart from the
 * HTTP plumbing so the fuzz targets decode exactly what every route decodes.
 */
template<typename Request> Outcome<Request> decodeRequest(const QByteArray &body)
{
    Request request;
    if (!request.ParseFromArray(body.constData(), int(body.size()))) {
        return ApiError::badRequest(QStringLiteral("the body is not a valid %1")
                                        .arg(QString::fromStdString(request.GetTypeName())));
    }
    if (request.protocol_version() > kProtocolVersion) {
        return ApiError { 400, QStringLiteral("unsupported_version"),
            QStringLiteral("this server speaks protocol version %1; the request uses version %2")
                .arg(kProtocolVersion)
                .arg(request.protocol_version()) };
    }
    if (request.protocol_version() < 1)
        return ApiError::badRequest(QStringLiteral("protocol_version is missing"));
    return request;
}

/** Who a request comes from, once its token (if any) is checked. */
struct Caller
{
    enum class Kind { Anonymous, Device, Therapist };
    Kind kind = Kind::Anonymous;
    DeviceIdentity device;
    TherapistIdentity therapist;
    QString remote;
    QString name() const;
};

/**
 * The HTTP face of the server: the routes of proto/README.md over ClinicServices. Each
 * request goes through the same steps, in this order: token (401), rate limit (429),
 * protobuf parse (400), protocol version (400 unsupported_version), then the service.
 * Every answer is protobuf, errors included, and carries protocol_version. One log line
 * per request names the route, status and caller id; never a body or a token.
 */
class HttpApi
{
public:
    HttpApi(ClinicServices &services, RateLimiter &limiter);

    void install(QHttpServer &server);

    /** A protobuf answer with the headers every answer gets. */
    static QHttpServerResponse protobufResponse(
        const google::protobuf::MessageLite &message, int status = 200);
    static QHttpServerResponse errorResponse(const ApiError &error);

private:
    using Handler
        = std::function<QHttpServerResponse(const QByteArray &body, const Caller &caller)>;
    void addRoute(QHttpServer &server, const QString &path, Caller::Kind kind, Handler handler);
    QHttpServerResponse dispatch(
        const QHttpServerRequest &request, Caller::Kind kind, const Handler &handler);
    Outcome<Caller> identify(const QHttpServerRequest &request, Caller::Kind kind);

    ClinicServices &m_services;
    RateLimiter &m_limiter;
};

} // namespace circle::server
