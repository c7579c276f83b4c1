#pragma once

// Internal to the front door (frontdoor.cpp and httpsession.cpp): the only headers of the
// server that name Boost.

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <string>

namespace circle::server {

class HttpApi;
class WorkerPool;
struct ServerLimits;

/** One connection as the front door sees it: something it can ask to wind down. */
class SessionBase
{
public:
    virtual ~SessionBase() = default;
    /** Finish the request in flight, if any, then close; an idle connection closes now. */
    virtual void stop() = 0;
};

/** What a session needs from the front door that accepted it. */
class SessionHost
{
public:
    virtual ~SessionHost() = default;
    virtual HttpApi &api() = 0;
    virtual WorkerPool &pool() = 0;
    virtual const ServerLimits &limits() const = 0;
    virtual bool stopping() const = 0;
    virtual void opened(const std::shared_ptr<SessionBase> &session) = 0;
    /** Called from the session's destructor: its connection no longer counts. */
    virtual void closed(SessionBase *session, const std::string &address) = 0;
};

/** Starts serving HTTP on @p socket; over TLS when @p tls is not null. */
void startSession(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context *tls,
    SessionHost &host, std::string address);

} // namespace circle::server
