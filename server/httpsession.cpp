#include "httpsession.h"

#include "httpapi.h"
#include "requestparser.h"
#include "serverlimits.h"
#include "serverlog.h"
#include "workerpool.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QDateTime>
#include <QElapsedTimer>

#include <array>
#include <chrono>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

using TlsStream = beast::ssl_stream<beast::tcp_stream>;

// After a refusal the client may still be sending the body it announced. Reading (and
// dropping) up to this much lets it read the answer instead of a connection reset; past
// it, or past the deadline, the connection is closed.
constexpr qint64 kUnknownDrainBytes = 64 * 1024;
constexpr std::chrono::seconds kDrainDeadline { 10 };

std::chrono::milliseconds ms(int value)
{
    return std::chrono::milliseconds(value);
}

bool isHttpParseError(const beast::error_code &ec)
{
    return ec.category() == beast::error_code(http::error::bad_target).category()
        && ec != http::error::end_of_stream && ec != http::error::partial_message;
}

QByteArray fieldOf(const http::request<http::string_body> &request, http::field name)
{
    const auto it = request.find(name);
    return it == request.end() ? QByteArray()
                               : QByteArray(it->value().data(), qsizetype(it->value().size()));
}

/**
 * One client connection: TLS handshake, then requests one after another (keep-alive; a
 * pipelined request simply waits in the buffer). Every wait has a deadline. The header is
 * parsed alone first, so size, token and route are checked before any body byte is read;
 * the API runs on a worker and the answer comes back to this connection's strand.
 */
template<class Stream>
class HttpSession final : public SessionBase,
                          public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

    template<typename... Args>
    HttpSession(SessionHost &host, std::string address, Args &&...args)
        : m_stream(std::forward<Args>(args)...)
        , m_host(host)
        , m_limits(host.limits())
        , m_address(std::move(address))
        // Room for the largest header and one read past it; the body goes to the parser.
        , m_buffer(std::size_t(m_limits.maxHeaderBytes) + 64 * 1024)
    {
    }

    ~HttpSession() override { m_host.closed(this, m_address); }

    void start()
    {
        m_host.opened(this->shared_from_this());
        if constexpr (kTls) {
            tcp().expires_after(ms(m_limits.handshakeTimeoutMs));
            m_stream.async_handshake(net::ssl::stream_base::server,
                beast::bind_front_handler(&HttpSession::onHandshake, this->shared_from_this()));
        } else {
            nextRequest();
        }
    }

    void stop() override
    {
        net::post(tcp().get_executor(), [self = this->shared_from_this()] {
            self->m_stopping = true;
            if (self->m_idle)
                self->closeNow();
        });
    }

private:
    beast::tcp_stream &tcp() { return beast::get_lowest_layer(m_stream); }

    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            if (ec == beast::error::timeout)
                serverlog::info(u"TLS handshake from %1 timed out"_s.arg(remote()));
            return closeNow();
        }
        nextRequest();
    }

    QString remote() const { return QString::fromStdString(m_address); }

    void nextRequest()
    {
        if (m_stopping || m_host.stopping())
            return closeNow();
        m_parser.emplace(m_limits.maxHeaderFields);
        m_parser->header_limit(std::uint32_t(m_limits.maxHeaderBytes));
        // No body limit while the header is read: HttpApi::checkHead() decides on the length
        // (413 with its reason, per route); readBody() sets the limit before any body byte.
        // (Not boost::none: Beast 1.74 compares the length with the empty optional as
        // "greater" and refuses every body.)
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        m_request = ApiRequest {};
        m_unreadBody = 0;
        if (m_buffer.size() > 0)
            return readHeader(); // a pipelined request is already here
        // Between requests only the idle timeout applies; the header deadline starts with
        // the first byte.
        m_idle = true;
        tcp().expires_after(ms(m_limits.idleTimeoutMs));
        m_stream.async_read_some(m_buffer.prepare(4096),
            beast::bind_front_handler(&HttpSession::onFirstBytes, this->shared_from_this()));
    }

    void onFirstBytes(beast::error_code ec, std::size_t n)
    {
        m_idle = false;
        if (ec)
            return closeNow();
        m_buffer.commit(n);
        readHeader();
    }

    void readHeader()
    {
        m_timer.start();
        tcp().expires_after(ms(m_limits.headerTimeoutMs));
        http::async_read_header(m_stream, m_buffer, *m_parser,
            beast::bind_front_handler(&HttpSession::onHeader, this->shared_from_this()));
    }

    void onHeader(beast::error_code ec, std::size_t)
    {
        m_request.remote = remote();
        if (ec == http::error::header_limit)
            return refuse({ 431, u"bad_request"_s, u"too many or too large header fields"_s });
        if (isHttpParseError(ec)) {
            serverlog::info(u"malformed request from %1: %2"_s.arg(
                remote(), QString::fromStdString(ec.message())));
            return refuse({ 400, u"bad_request"_s, u"malformed HTTP request"_s });
        }
        if (ec) {
            if (ec == beast::error::timeout)
                serverlog::info(u"%1 did not finish a request header in time"_s.arg(remote()));
            return closeNow();
        }
        const auto &message = m_parser->get();
        m_request.method
            = QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
        const auto target = message.target();
        const auto query = target.find('?');
        m_request.path = QByteArray(
            target.data(), qsizetype(query == beast::string_view::npos ? target.size() : query));
        m_request.cookie = fieldOf(message, http::field::cookie);
        m_request.origin = fieldOf(message, http::field::origin);
        if (const auto site = message.find("Sec-Fetch-Site"); site != message.end())
            m_request.fetchSite = QByteArray(site->value().data(), qsizetype(site->value().size()));
        m_request.host = fieldOf(message, http::field::host);
        m_request.authorization = fieldOf(message, http::field::authorization);
        m_request.contentType = fieldOf(message, http::field::content_type);
        m_request.contentLength = qint64(m_parser->content_length().value_or(0));
        m_unreadBody = m_request.contentLength;
        if (m_parser->chunked())
            return refuse({ 411, u"bad_request"_s, u"send the body with Content-Length"_s });

        HttpApi &api = m_host.api();
        if (auto refusal = api.checkHead(m_request, QDateTime::currentMSecsSinceEpoch()))
            return answer(std::move(*refusal), m_unreadBody > 0);
        if (!api.needsTokenFirst(m_request))
            return readBody();
        // A large body is read only for a caller whose token is good.
        auto self = this->shared_from_this();
        const bool queued = m_host.pool().submit([self, head = m_request](ClinicServices &s) {
            std::optional<ApiResponse> refusal = self->m_host.api().authenticate(s, head);
            net::post(self->tcp().get_executor(), [self, refusal = std::move(refusal)]() mutable {
                if (refusal)
                    return self->answer(std::move(*refusal), true);
                self->readBody();
            });
        });
        if (!queued)
            busy(true);
    }

    void readBody()
    {
        if (m_parser->is_done())
            return dispatch();
        m_parser->body_limit(std::uint64_t(m_limits.maxBodyBytes));
        tcp().expires_after(ms(m_limits.bodyTimeoutMs));
        http::async_read(m_stream, m_buffer, *m_parser,
            beast::bind_front_handler(&HttpSession::onBody, this->shared_from_this()));
    }

    void onBody(beast::error_code ec, std::size_t)
    {
        if (ec) {
            if (ec == beast::error::timeout)
                serverlog::info(u"%1 did not finish a request body in time"_s.arg(remote()));
            return closeNow();
        }
        dispatch();
    }

    void dispatch()
    {
        m_unreadBody = 0;
        std::string &body = m_parser->get().body();
        m_request.body = QByteArray(body.data(), qsizetype(body.size()));
        std::string().swap(body); // the copy above is the one that lives on
        auto self = this->shared_from_this();
        const bool queued = m_host.pool().submit([self, request = m_request](ClinicServices &s) {
            ApiResponse response = self->m_host.api().handle(s, request);
            net::post(self->tcp().get_executor(), [self, response = std::move(response)]() mutable {
                self->answer(std::move(response), false);
            });
        });
        m_request.body.clear();
        if (!queued)
            busy(false);
    }

    void busy(bool closeAfter)
    {
        answer(HttpApi::errorResponse(
                   { 503, u"busy"_s, u"the server is busy; try again shortly"_s }, 1),
            closeAfter);
    }

    void refuse(const ApiError &error)
    {
        ApiResponse r = HttpApi::errorResponse(error);
        r.who = u"anonymous:"_s + remote();
        // The framing is not trusted: nothing after this on the connection is a request.
        m_unreadBody = -1;
        answer(std::move(r), true);
    }

    void answer(ApiResponse response, bool closeAfter)
    {
        const bool keepAlive
            = !closeAfter && !m_stopping && !m_host.stopping() && m_parser->keep_alive();
        m_response.emplace(http::status(response.status), 11);
        m_response->set(http::field::content_type,
            response.contentType.isEmpty() ? std::string("application/x-protobuf")
                                           : response.contentType.toStdString());
        // Answers carry tokens and patient data: no cache anywhere may keep them.
        m_response->set(http::field::cache_control, "no-store");
        m_response->set("X-Content-Type-Options", "nosniff");
        for (const auto &[name, value] : response.headers) {
            const beast::string_view n(name.constData(), std::size_t(name.size()));
            const beast::string_view v(value.constData(), std::size_t(value.size()));
            // Set-Cookie may come more than once; any other field replaces the default.
            if (beast::iequals(n, "Set-Cookie"))
                m_response->insert(n, v);
            else
                m_response->set(n, v);
        }
        if (response.retryAfterSeconds > 0)
            m_response->set(http::field::retry_after, std::to_string(response.retryAfterSeconds));
        m_response->body().assign(response.body.constData(), std::size_t(response.body.size()));
        m_response->keep_alive(keepAlive);
        m_response->prepare_payload();
        HttpApi::logRequest(m_request, response.status,
            response.who.isEmpty() ? u"anonymous:"_s + remote() : response.who,
            m_timer.isValid() ? m_timer.elapsed() : 0);
        tcp().expires_after(ms(m_limits.bodyTimeoutMs));
        http::async_write(m_stream, *m_response,
            beast::bind_front_handler(
                &HttpSession::onWritten, this->shared_from_this(), keepAlive));
    }

    void onWritten(bool keepAlive, beast::error_code ec, std::size_t)
    {
        m_response.reset();
        if (ec)
            return closeNow();
        if (keepAlive)
            return nextRequest();
        // Drop what the client still sends of a refused body, up to a bound.
        const qint64 announced
            = m_unreadBody < 0 ? kUnknownDrainBytes : qMin(m_unreadBody, m_limits.maxBodyBytes);
        m_drainLeft = announced - qint64(m_buffer.size());
        m_buffer.consume(m_buffer.size());
        if (m_drainLeft <= 0)
            return closeNow();
        tcp().expires_after(kDrainDeadline);
        drain();
    }

    void drain()
    {
        m_stream.async_read_some(net::buffer(m_drainBuffer),
            beast::bind_front_handler(&HttpSession::onDrained, this->shared_from_this()));
    }

    void onDrained(beast::error_code ec, std::size_t n)
    {
        m_drainLeft -= qint64(n);
        if (ec || m_drainLeft <= 0)
            return closeNow();
        drain();
    }

    void closeNow()
    {
        beast::error_code ignored;
        tcp().socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
        tcp().close();
    }

    Stream m_stream;
    SessionHost &m_host;
    const ServerLimits &m_limits;
    std::string m_address;
    beast::flat_buffer m_buffer;
    std::optional<RequestParser> m_parser;
    std::optional<http::response<http::string_body>> m_response;
    ApiRequest m_request;
    QElapsedTimer m_timer;
    qint64 m_unreadBody = 0; ///< announced body bytes not read; -1: unknown
    qint64 m_drainLeft = 0;
    bool m_idle = false; ///< waiting for the first byte of a request
    bool m_stopping = false;
    std::array<char, 16 * 1024> m_drainBuffer {};
};

} // namespace

void startSession(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context *tls,
    SessionHost &host, std::string address)
{
    if (tls) {
        std::make_shared<HttpSession<TlsStream>>(host, std::move(address), std::move(socket), *tls)
            ->start();
    } else {
        std::make_shared<HttpSession<beast::tcp_stream>>(
            host, std::move(address), std::move(socket))
            ->start();
    }
}

} // namespace circle::server
