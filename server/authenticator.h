#pragma once

#include "apierror.h"

#include <QString>

namespace circle::server {

class Database;
class ServerClock;

/** The patient device a request comes from. */
struct DeviceIdentity
{
    QString deviceId;
    QString patientId;
};

/** The therapist a request comes from. */
struct TherapistIdentity
{
    QString id;
    QString name;
};

/**
 * Turns a bearer token into who is calling. Only SHA-256 hashes of tokens are stored, so
 * the lookup is by hash; revocation and expiry are read from the database on every
 * request, so `circle-server admin revoke-device` takes effect on the next call.
 */
class Authenticator
{
public:
    Authenticator(Database &db, ServerClock &clock);

    /** The token from an `Authorization: Bearer` header value; empty when there is none. */
    static QString bearerToken(const QByteArray &headerValue);

    /** 401 for a missing, unknown, expired or revoked device token. */
    Outcome<DeviceIdentity> device(const QString &token);
    /** 401 for a missing, unknown or revoked therapist token. */
    Outcome<TherapistIdentity> therapist(const QString &token);

private:
    Database &m_db;
    ServerClock &m_clock;
};

} // namespace circle::server
