#pragma once

#include "httptransport.h"
#include "result.h"

#include "circle/v1/sync.pb.h"

#include <functional>

namespace circle {

/**
 * Exchanges a one-time invite code for this device's token. The transport must
 * already be set up with the invite's server address and certificate pin.
 * Errors are worded for the patient: Error::Code::NotFound when the server
 * refused the invite (unknown, used or expired), Io when it could not be
 * reached or trusted or failed, Invalid or UnsupportedVersion for an answer
 * this build cannot read.
 */
void enrollDevice(HttpTransport &transport, const QString &inviteCode, const QString &deviceName,
    std::function<void(Result<v1::EnrollResponse>)> done);

/**
 * Reads the server's enrollment answer: it must parse, carry a device token and
 * speak a protocol this build knows. Separate from the network for the fuzz target.
 */
Result<v1::EnrollResponse> decodeEnrollResponse(const QByteArray &body);

} // namespace circle
