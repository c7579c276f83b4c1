#include "httpapi.h"

#include "clinicservices.h"
#include "serverlog.h"

#include "circle/v1/sync.pb.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

template<typename Request, typename Response>
std::function<QHttpServerResponse(const QByteArray &, const Caller &)> protobufHandler(
    std::function<Outcome<Response>(const Request &, const Caller &)> serve)
{
    return [serve = std::move(serve)](const QByteArray &body, const Caller &caller) {
        const Outcome<Request> request = decodeRequest<Request>(body);
        if (!request)
            return HttpApi::errorResponse(request.error());
        Outcome<Response> answer = serve(request.value(), caller);
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

HttpApi::HttpApi(ClinicServices &services, RateLimiter &limiter)
    : m_services(services)
    , m_limiter(limiter)
{
}

QHttpServerResponse HttpApi::protobufResponse(
    const google::protobuf::MessageLite &message, int status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/x-protobuf"),
        QByteArray::fromStdString(message.SerializeAsString()),
        QHttpServerResponse::StatusCode(status));
    // Answers carry tokens and patient data: no cache anywhere may keep them.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

QHttpServerResponse HttpApi::errorResponse(const ApiError &error)
{
    circle::v1::ErrorResponse body;
    body.set_protocol_version(kProtocolVersion);
    body.set_code(error.code.toStdString());
    body.set_message(error.message.toStdString());
    return protobufResponse(body, error.status);
}

Outcome<Caller> HttpApi::identify(const QHttpServerRequest &request, Caller::Kind kind)
{
    Caller caller;
    caller.remote = request.remoteAddress().toString();
    if (kind == Caller::Kind::Anonymous)
        return caller;
    const QString token
        = Authenticator::bearerToken(header(request, QByteArrayLiteral("authorization")));
    if (kind == Caller::Kind::Device) {
        Outcome<DeviceIdentity> who = m_services.auth.device(token);
        if (!who)
            return who.error();
        caller.device = who.take();
    } else {
        Outcome<TherapistIdentity> who = m_services.auth.therapist(token);
        if (!who)
            return who.error();
        caller.therapist = who.take();
    }
    caller.kind = kind;
    return caller;
}

QHttpServerResponse HttpApi::dispatch(
    const QHttpServerRequest &request, Caller::Kind kind, const Handler &handler)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = m_services.clock.nowMs();
    QString who = u"anonymous:"_s + request.remoteAddress().toString();
    QHttpServerResponse response = [&] {
        // The guard refuses large bodies before they arrive; this covers a client that
        // lied about the length.
        if (request.body().size() > m_services.limits.maxBodyBytes)
            return errorResponse({ 413, u"payload_too_large"_s, u"the body is over the limit"_s });
        const Outcome<Caller> caller = identify(request, kind);
        if (!caller) {
            if (caller.error().status == 401) {
                // Failed tokens count against the address, so guessing is slow too, and a
                // flood of them cannot turn into a flood of audit writes.
                if (!m_limiter.allow(who, now))
                    return errorResponse(
                        { 429, u"rate_limited"_s, u"too many requests; slow down"_s });
                m_services.audit.write(
                    { now, who, u"authenticate"_s, {}, {}, {}, u"unauthorized"_s });
            }
            return errorResponse(caller.error());
        }
        who = caller.value().name();
        if (!m_limiter.allow(who, now)) {
            QHttpServerResponse limited
                = errorResponse({ 429, u"rate_limited"_s, u"too many requests; slow down"_s });
            limited.setHeader(QByteArrayLiteral("Retry-After"),
                QByteArray::number(m_limiter.retryAfterSeconds(who)));
            return limited;
        }
        return handler(request.body(), caller.value());
    }();
    m_services.database->finishAll();
    if (int(response.statusCode()) >= 500)
        m_services.database->recover();
    serverlog::info(u"%1 %2 %3 %4 %5ms"_s.arg(
        QString::fromLatin1(request.url().path(QUrl::FullyEncoded).toLatin1()).left(80),
        QString::number(int(response.statusCode())), who,
        QString::number(request.body().size()) + u"B"_s, QString::number(timer.elapsed())));
    return response;
}

void HttpApi::addRoute(QHttpServer &server, const QString &path, Caller::Kind kind, Handler handler)
{
    server.route(path, QHttpServerRequest::Method::Post,
        [this, kind, handler](
            const QHttpServerRequest &request) { return dispatch(request, kind, handler); });
    server.route(path, QHttpServerRequest::Method::AnyKnown, [](const QHttpServerRequest &) {
        return errorResponse({ 405, u"method_not_allowed"_s, u"use POST"_s });
    });
}

void HttpApi::install(QHttpServer &server)
{
    using namespace circle::v1;
    ClinicServices &s = m_services;
    using Kind = Caller::Kind;

    addRoute(server, u"/v1/enroll"_s, Kind::Anonymous,
        protobufHandler<EnrollRequest, EnrollResponse>(
            [&s](const EnrollRequest &r, const Caller &c) {
                return s.accounts.enroll(r, c.remote);
            }));
    addRoute(server, u"/v1/push"_s, Kind::Device,
        protobufHandler<PushRequest, PushResponse>(
            [&s](const PushRequest &r, const Caller &c) { return s.sync.push(c.device, r); }));
    addRoute(server, u"/v1/pull"_s, Kind::Device,
        protobufHandler<PullRequest, PullResponse>(
            [&s](const PullRequest &r, const Caller &c) { return s.sync.pull(c.device, r); }));
    addRoute(server, u"/v1/therapist/groups"_s, Kind::Therapist,
        protobufHandler<CreateGroupRequest, RecordResponse>(
            [&s](const CreateGroupRequest &r, const Caller &c) -> Outcome<RecordResponse> {
                const auto id = s.clinic.createGroup(Actor::therapist(c.therapist), r.group());
                return id ? Outcome<RecordResponse>(recordResponse({ id.value() })) : id.error();
            }));
    addRoute(server, u"/v1/therapist/sessions"_s, Kind::Therapist,
        protobufHandler<PutSessionsRequest, RecordResponse>(
            [&s](const PutSessionsRequest &r, const Caller &c) -> Outcome<RecordResponse> {
                const QList<GroupSession> sessions(r.sessions().begin(), r.sessions().end());
                const auto ids = s.clinic.putSessions(
                    Actor::therapist(c.therapist), QString::fromStdString(r.group_id()), sessions);
                return ids ? Outcome<RecordResponse>(recordResponse(ids.value())) : ids.error();
            }));
    addRoute(server, u"/v1/therapist/invites"_s, Kind::Therapist,
        protobufHandler<CreateInviteRequest, CreateInviteResponse>(
            [&s](const CreateInviteRequest &r, const Caller &c) -> Outcome<CreateInviteResponse> {
                const auto made = s.accounts.createInvite(Actor::therapist(c.therapist),
                    QString::fromStdString(r.group_id()), QString::fromStdString(r.patient_label()),
                    QString::fromStdString(r.patient_id()));
                if (!made)
                    return made.error();
                CreateInviteResponse out;
                out.set_invite(made.value().invite.toStdString());
                out.set_patient_id(made.value().patientId.toStdString());
                return out;
            }));
    addRoute(server, u"/v1/therapist/homework"_s, Kind::Therapist,
        protobufHandler<AssignHomeworkRequest, RecordResponse>(
            [&s](const AssignHomeworkRequest &r, const Caller &c) -> Outcome<RecordResponse> {
                const auto id = s.clinic.assignHomework(Actor::therapist(c.therapist),
                    r.assignment(), QString::fromStdString(r.patient_id()));
                return id ? Outcome<RecordResponse>(recordResponse({ id.value() })) : id.error();
            }));
    addRoute(server, u"/v1/therapist/shared"_s, Kind::Therapist,
        protobufHandler<SharedItemsRequest, SharedItemsResponse>(
            [&s](const SharedItemsRequest &r, const Caller &c) -> Outcome<SharedItemsResponse> {
                const auto items = s.clinic.sharedItems(
                    Actor::therapist(c.therapist), QString::fromStdString(r.group_id()));
                if (!items)
                    return items.error();
                SharedItemsResponse out;
                for (const SharedItem &item : items.value())
                    *out.add_items() = item;
                return out;
            }));

    server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        errorResponse(ApiError::notFound(u"no such endpoint"_s)).write(std::move(responder));
    });
}

} // namespace circle::server
