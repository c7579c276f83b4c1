#include "enrollment.h"

#include "synctext.h"

#include "protocol.h"

using namespace Qt::StringLiterals;

namespace circle {

void enrollDevice(HttpTransport &transport, const QString &inviteCode, const QString &deviceName,
    std::function<void(Result<v1::EnrollResponse>)> done)
{
    v1::EnrollRequest request;
    request.set_protocol_version(ProtocolVersion);
    request.set_invite_code(inviteCode.toStdString());
    request.set_device_name(deviceName.toStdString());
    transport.post(u"/v1/enroll"_s, QByteArray::fromStdString(request.SerializeAsString()),
        [done = std::move(done)](const HttpTransport::Reply &reply) {
            // Plain words: a patient reads these while joining their clinic.
            if (reply.httpStatus == 401 || reply.httpStatus == 403)
                return done(Error::make(Error::Code::NotFound,
                    SyncText::tr(
                        "The clinic's server does not accept this invite: it is unknown, already "
                        "used or expired. Ask your clinic for a new one.")));
            if (reply.untrusted)
                return done(Error::make(Error::Code::Io,
                    SyncText::tr(
                        "The clinic's server did not show the certificate named in the invite, so "
                        "Circle did not connect. Check that the invite is the one your clinic gave "
                        "you.")));
            if (reply.httpStatus == 0)
                return done(Error::make(Error::Code::Io,
                    SyncText::tr(
                        "Circle could not reach the clinic's server. Check that you are online and "
                        "try again.")));
            if (!reply.ok())
                return done(Error::make(Error::Code::Io, reply.error));
            done(decodeEnrollResponse(reply.body));
        });
}

Result<v1::EnrollResponse> decodeEnrollResponse(const QByteArray &body)
{
    v1::EnrollResponse answer;
    if (!answer.ParseFromArray(body.constData(), int(body.size())) || answer.device_token().empty())
        return Error::make(Error::Code::Invalid,
            SyncText::tr("The clinic's server sent an enrollment answer Circle could not read."));
    if (answer.protocol_version() > ProtocolVersion)
        return Error::make(Error::Code::UnsupportedVersion,
            SyncText::tr("The clinic's server speaks a newer protocol; update Circle to enroll."));
    return answer;
}

} // namespace circle
