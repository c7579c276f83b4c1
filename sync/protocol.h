#pragma once

#include "protocolversion.h"
#include "result.h"

#include "circle/v1/sync.pb.h"

#include <QByteArray>
#include <QString>

namespace circle {

/**
 * Reads one answer of the clinic's server (the body of a 2xx reply): a message
 * Circle cannot parse, or one in a newer protocol than this build speaks, is an
 * error for the person rather than half-understood data. Kept free of the
 * network so the fuzz targets decode exactly what the sync engine decodes.
 */
template<typename Message> Result<Message> decodeAnswer(const QByteArray &body)
{
    Message message;
    if (!message.ParseFromArray(body.constData(), int(body.size())))
        return Error::make(Error::Code::Invalid,
            QStringLiteral("The clinic's server sent an answer Circle could not read."));
    if (message.protocol_version() > ProtocolVersion)
        return Error::make(Error::Code::UnsupportedVersion,
            QStringLiteral("The clinic's server speaks a newer protocol (%1) than this version "
                           "of Circle (%2). Update Circle to sync.")
                .arg(message.protocol_version())
                .arg(ProtocolVersion));
    return message;
}

} // namespace circle
