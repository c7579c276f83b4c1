#include "httpapi.h"

#include "clinicservices.h"
#include "serverlog.h"

#include "circle/v1/sync.pb.h"

#include <QElapsedTimer>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle::server {

struct HttpApi::Route
{
    QByteArray path;
    Caller::Kind kind;
    std::function<ApiResponse(ClinicServices &, const QByteArray &, const Caller &)> handler;
};

namespace {

template<typename Request, typename Response>
std::function<ApiResponse(ClinicServices &, const QByteArray &, const Caller &)> protobufHandler(
    std::function<Outcome<Response>(ClinicServices &, const Request &, const Caller &)> serve)
{
    return [serve = std::move(serve)](
               ClinicServices &s, const QByteArray &body, const Caller &caller) {
        const Outcome<Request> request = decodeRequest<Request>(body);
        if (!request)
            return HttpApi::errorResponse(request.error());
        Outcome<Response> answer = serve(s, request.value(), caller);
        if (!answer)
            return HttpApi::errorResponse(answer.error());
        // An older phone gets its own version back (and the form that goes with it).
        answer.value().set_protocol_version(request.value().protocol_version());
        return HttpApi::protobufResponse(answer.value());
    };
}

circle::v1::RecordResponse recordResponse(const QStringList &ids)
{
    circle::v1::RecordResponse r;
    if (!ids.isEmpty())
        r.set_record_id(ids.first().toStdString());
    for (const QString &id : ids)
        r.add_record_ids(id.toStdString());
    return r;
}

const std::vector<HttpApi::Route> &routes()
{
    using namespace circle::v1;
    using Kind = Caller::Kind;
    static const std::vector<HttpApi::Route> table = {
        { "/v1/enroll"_ba, Kind::Anonymous,
            protobufHandler<EnrollRequest, EnrollResponse>(
                [](ClinicServices &s, const EnrollRequest &r, const Caller &c) {
                    return s.accounts.enroll(r, c.remote);
                }) },
        { "/v1/push"_ba, Kind::Device,
            protobufHandler<PushRequest, PushResponse>(
                [](ClinicServices &s, const PushRequest &r, const Caller &c) {
                    return s.sync.push(c.device, r);
                }) },
        { "/v1/pull"_ba, Kind::Device,
            protobufHandler<PullRequest, PullResponse>(
                [](ClinicServices &s, const PullRequest &r, const Caller &c) {
                    return s.sync.pull(c.device, r);
                }) },
        { "/v1/therapist/groups"_ba, Kind::Therapist,
            protobufHandler<CreateGroupRequest, RecordResponse>(
                [](ClinicServices &s, const CreateGroupRequest &r,
                    const Caller &c) -> Outcome<RecordResponse> {
                    const auto id = s.clinic.createGroup(Actor::therapist(c.therapist), r.group());
                    return id ? Outcome<RecordResponse>(recordResponse({ id.value() }))
                              : id.error();
                }) },
        { "/v1/therapist/sessions"_ba, Kind::Therapist,
            protobufHandler<PutSessionsRequest, RecordResponse>(
                [](ClinicServices &s, const PutSessionsRequest &r,
                    const Caller &c) -> Outcome<RecordResponse> {
                    const QList<GroupSession> sessions(r.sessions().begin(), r.sessions().end());
                    const auto ids = s.clinic.putSessions(Actor::therapist(c.therapist),
                        QString::fromStdString(r.group_id()), sessions);
                    return ids ? Outcome<RecordResponse>(recordResponse(ids.value())) : ids.error();
                }) },
        { "/v1/therapist/invites"_ba, Kind::Therapist,
            protobufHandler<CreateInviteRequest, CreateInviteResponse>(
                [](ClinicServices &s, const CreateInviteRequest &r,
                    const Caller &c) -> Outcome<CreateInviteResponse> {
                    const auto made = s.accounts.createInvite(Actor::therapist(c.therapist),
                        QString::fromStdString(r.group_id()),
                        QString::fromStdString(r.patient_label()),
                        QString::fromStdString(r.patient_id()));
                    if (!made)
                        return made.error();
                    CreateInviteResponse out;
                    out.set_invite(made.value().invite.toStdString());
                    out.set_patient_id(made.value().patientId.toStdString());
                    return out;
                }) },
        { "/v1/therapist/homework"_ba, Kind::Therapist,
            protobufHandler<AssignHomeworkRequest, RecordResponse>(
                [](ClinicServices &s, const AssignHomeworkRequest &r,
                    const Caller &c) -> Outcome<RecordResponse> {
                    const auto id = s.clinic.assignHomework(Actor::therapist(c.therapist),
                        r.assignment(), QString::fromStdString(r.patient_id()));
                    return id ? Outcome<RecordResponse>(recordResponse({ id.value() }))
                              : id.error();
                }) },
        { "/v1/therapist/shared"_ba, Kind::Therapist,
            protobufHandler<SharedItemsRequest, SharedItemsResponse>(
                [](ClinicServices &s, const SharedItemsRequest &r,
                    const Caller &c) -> Outcome<SharedItemsResponse> {
                    const auto items = s.clinic.sharedItems(
                        Actor::therapist(c.therapist), QString::fromStdString(r.group_id()));
                    if (!items)
                        return items.error();
                    SharedItemsResponse out;
                    for (const SharedItem &item : items.value())
                        *out.add_items() = item;
                    return out;
                }) },
    };
    return table;
}

const HttpApi::Route *findRoute(const QByteArray &path)
{
    for (const HttpApi::Route &r : routes()) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

bool isProtobuf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return contentType.left(semicolon < 0 ? contentType.size() : semicolon)
               .trimmed()
               .compare("application/x-protobuf", Qt::CaseInsensitive)
        == 0;
}

ApiError rateLimited()
{
    return { 429, u"rate_limited"_s, u"too many requests; slow down"_s };
}

} // namespace

QString Caller::name() const
{
    switch (kind) {
    case Kind::Device:
        return u"device:"_s + device.deviceId;
    case Kind::Therapist:
        return u"therapist:"_s + therapist.id;
    case Kind::Anonymous:
        break;
    }
    return u"anonymous:"_s + remote;
}

HttpApi::HttpApi(const ServerLimits &limits, RateLimiter &limiter)
    : m_limits(limits)
    , m_limiter(limiter)
{
}

ApiResponse HttpApi::protobufResponse(const google::protobuf::MessageLite &message)
{
    return { 200, QByteArray::fromStdString(message.SerializeAsString()), 0, {}, {}, {} };
}

ApiResponse HttpApi::errorResponse(const ApiError &error, int retryAfterSeconds)
{
    circle::v1::ErrorResponse body;
    body.set_protocol_version(ProtocolVersion);
    body.set_code(error.code.toStdString());
    body.set_message(error.message.toStdString());
    return { error.status, QByteArray::fromStdString(body.SerializeAsString()), retryAfterSeconds,
        {}, {}, {} };
}

std::optional<ApiResponse> HttpApi::checkHead(const ApiRequest &head, qint64 nowMs)
{
    const QString who = u"anonymous:"_s + head.remote;
    if (m_web && m_web->owns(head.path)) {
        std::optional<ApiResponse> r = m_web->checkHead(head, nowMs);
        if (r && r->who.isEmpty())
            r->who = who;
        return r;
    }
    const Route *route = findRoute(head.path);
    std::optional<ApiError> refusal;
    if (!route)
        refusal = ApiError::notFound(u"no such endpoint"_s);
    else if (head.method != "POST")
        refusal = ApiError { 405, u"method_not_allowed"_s, u"use POST"_s };
    if (refusal) {
        // Probing for endpoints costs the address like any other request.
        ApiResponse r = m_limiter.allow(who, nowMs)
            ? errorResponse(*refusal)
            : errorResponse(rateLimited(), m_limiter.retryAfterSeconds(who));
        r.who = who;
        return r;
    }
    if (!isProtobuf(head.contentType))
        refusal = ApiError { 415, u"unsupported_media_type"_s,
            u"send the body as application/x-protobuf"_s };
    else if (head.contentLength > m_limits.maxBodyBytes
        || (route->kind == Caller::Kind::Anonymous
            && head.contentLength > m_limits.preAuthBodyBytes))
        refusal = ApiError { 413, u"payload_too_large"_s,
            u"the body is over the limit of %1 bytes"_s.arg(route->kind == Caller::Kind::Anonymous
                    ? m_limits.preAuthBodyBytes
                    : m_limits.maxBodyBytes) };
    if (!refusal)
        return std::nullopt;
    ApiResponse r = errorResponse(*refusal);
    r.who = who;
    return r;
}

bool HttpApi::needsTokenFirst(const ApiRequest &head) const
{
    if (m_web && m_web->owns(head.path))
        return false; // its bodies are never larger than the pre-auth allowance
    const Route *route = findRoute(head.path);
    return route && route->kind != Caller::Kind::Anonymous
        && head.contentLength > m_limits.preAuthBodyBytes;
}

Outcome<Caller> HttpApi::identify(ClinicServices &s, const ApiRequest &request, Caller::Kind kind)
{
    Caller caller;
    caller.remote = request.remote;
    if (kind == Caller::Kind::Anonymous)
        return caller;
    const QString token = Authenticator::bearerToken(request.authorization);
    if (kind == Caller::Kind::Device) {
        Outcome<DeviceIdentity> who = s.auth.device(token);
        if (!who)
            return who.error();
        caller.device = who.take();
    } else {
        Outcome<TherapistIdentity> who = s.auth.therapist(token);
        if (!who)
            return who.error();
        caller.therapist = who.take();
    }
    caller.kind = kind;
    return caller;
}

std::optional<ApiResponse> HttpApi::refuseToken(
    ClinicServices &s, const ApiError &error, const QString &who, qint64 nowMs)
{
    if (error.status == 401) {
        // Failed tokens count against the address, so guessing is slow too, and a flood of
        // them cannot turn into a flood of audit writes.
        if (!m_limiter.allow(who, nowMs))
            return errorResponse(rateLimited(), m_limiter.retryAfterSeconds(who));
        s.audit.write({ nowMs, who, u"authenticate"_s, {}, {}, {}, u"unauthorized"_s });
    }
    return errorResponse(error);
}

std::optional<ApiResponse> HttpApi::authenticate(ClinicServices &s, const ApiRequest &head)
{
    const Route *route = findRoute(head.path);
    if (!route)
        return errorResponse(ApiError::notFound(u"no such endpoint"_s));
    const QString who = u"anonymous:"_s + head.remote;
    const Outcome<Caller> caller = identify(s, head, route->kind);
    std::optional<ApiResponse> refusal;
    if (!caller)
        refusal = refuseToken(s, caller.error(), who, s.clock.nowMs());
    s.database->finishAll();
    if (refusal)
        refusal->who = who;
    return refusal;
}

ApiResponse HttpApi::handle(ClinicServices &s, const ApiRequest &request)
{
    const qint64 now = s.clock.nowMs();
    const bool web = m_web && m_web->owns(request.path);
    const Route *route = web ? nullptr : findRoute(request.path);
    QString who = u"anonymous:"_s + request.remote;
    ApiResponse response = [&]() -> ApiResponse {
        if (web) {
            ApiResponse r = m_web->handle(s, request);
            if (!r.who.isEmpty())
                who = r.who;
            return r;
        }
        if (!route)
            return errorResponse(ApiError::notFound(u"no such endpoint"_s));
        const Outcome<Caller> caller = identify(s, request, route->kind);
        if (!caller)
            return *refuseToken(s, caller.error(), who, now);
        who = caller.value().name();
        if (!m_limiter.allow(who, now))
            return errorResponse(rateLimited(), m_limiter.retryAfterSeconds(who));
        return route->handler(s, request.body, caller.value());
    }();
    s.database->finishAll();
    if (response.status >= 500)
        s.database->recover();
    response.who = who;
    return response;
}

void HttpApi::logRequest(const ApiRequest &request, int status, const QString &who, qint64 ms)
{
    serverlog::info(u"%1 %2 %3 %4B %5ms"_s.arg(serverlog::forLog(QString::fromLatin1(request.path)),
        QString::number(status), who, QString::number(request.contentLength), QString::number(ms)));
}

} // namespace circle::server
