#pragma once

#include "apierror.h"
#include "authenticator.h"
#include "ratelimiter.h"

#include "protocolversion.h"
#include "serverlimits.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace google::protobuf {
class MessageLite;
}

namespace circle::server {

class ClinicServices;

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
    if (request.protocol_version() > ProtocolVersion) {
        return ApiError { 400, QStringLiteral("unsupported_version"),
            QStringLiteral("this server speaks protocol version %1; the request uses version %2")
                .arg(ProtocolVersion)
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

/** One request as the API sees it, whatever carried it. */
struct ApiRequest
{
    QByteArray method;
    QByteArray path; ///< the target without its query, as sent
    QByteArray authorization;
    QByteArray contentType;
    qint64 contentLength = 0;
    QString remote;
    QByteArray body;
    // Read by the web front (the clinic portal) only; the API ignores them.
    QByteArray cookie;
    QByteArray origin;
    QByteArray fetchSite; ///< Sec-Fetch-Site
    QByteArray host;
};

/** One answer: a protobuf body and the status; Retry-After when it is not 0. */
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = 0;
    QString who; ///< the caller's name for the log line
    /// Empty: application/x-protobuf (every API answer). The web front sets its own.
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< more header fields, in order
};

/**
 * Pages under a path of their own (the clinic portal, /clinic/), served by the same front
 * door, workers and database as the API. The API hands a request to it when owns() says
 * so; the web front answers everything about it, refusals included, in its own format.
 */
class WebFront
{
public:
    virtual ~WebFront() = default;
    virtual bool owns(const QByteArray &path) const = 0;
    /** Like HttpApi::checkHead(): a refusal before any body byte is read, or nullopt. */
    virtual std::optional<ApiResponse> checkHead(const ApiRequest &head, qint64 nowMs) = 0;
    virtual ApiResponse handle(ClinicServices &s, const ApiRequest &request) = 0;
};

/**
 * The HTTP face of the server: the routes of proto/README.md over ClinicServices. Each
 * request goes through the same steps, in this order: route and method (404, 405),
 * Content-Type (415), body size (413), token (401), rate limit (429), protobuf parse
 * (400), protocol version (400 unsupported_version), then the service. Every answer is
 * protobuf, errors included, and carries protocol_version. One log line per request names
 * the route, status and caller id; never a body or a token.
 *
 * The front door calls checkHead() as soon as a header is in, before any body byte is
 * read; authenticate() on a worker when the body is larger than the pre-auth allowance;
 * and handle() on a worker with the whole body. One HttpApi serves every worker: it holds
 * no database state, and the rate limiter is shared and locked.
 */
class HttpApi
{
public:
    HttpApi(const ServerLimits &limits, RateLimiter &limiter);

    /** Hands the paths @p web owns to it; null for none. Set before serving. */
    void setWebFront(WebFront *web) { m_web = web; }

    /** A refusal that needs no database and no body, or nullopt to go on. */
    std::optional<ApiResponse> checkHead(const ApiRequest &head, qint64 nowMs);
    /** True when the caller's token must be checked before the body is read. */
    bool needsTokenFirst(const ApiRequest &head) const;
    /** A refusal when the token is not good, or nullopt. */
    std::optional<ApiResponse> authenticate(ClinicServices &s, const ApiRequest &head);
    ApiResponse handle(ClinicServices &s, const ApiRequest &request);

    /** The answer for a request whose HTTP framing was refused before routing. */
    static ApiResponse errorResponse(const ApiError &error, int retryAfterSeconds = 0);
    static ApiResponse protobufResponse(const google::protobuf::MessageLite &message);

    /** One log line for a finished request. */
    static void logRequest(const ApiRequest &request, int status, const QString &who, qint64 ms);

    struct Route;

private:
    Outcome<Caller> identify(ClinicServices &s, const ApiRequest &request, Caller::Kind kind);
    std::optional<ApiResponse> refuseToken(
        ClinicServices &s, const ApiError &error, const QString &who, qint64 nowMs);

    ServerLimits m_limits;
    RateLimiter &m_limiter;
    WebFront *m_web = nullptr;
};

} // namespace circle::server
