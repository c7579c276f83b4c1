#include "frontdoor.h"

#include "httpapi.h"
#include "httpsession.h"
#include "serverlog.h"
#include "workerpool.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <openssl/ssl.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace net = boost::asio;

namespace {
// TLS 1.2 suites: forward secrecy and AEAD only. TLS 1.3 suites are all AEAD already.
constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
} // namespace

struct FrontDoor::Impl final : SessionHost
{
    Impl(HttpApi &api, WorkerPool &pool, const ServerLimits &limits)
        : m_api(api)
        , m_pool(pool)
        , m_limits(limits)
    {
    }

    HttpApi &api() override { return m_api; }
    WorkerPool &pool() override { return m_pool; }
    const ServerLimits &limits() const override { return m_limits; }
    bool stopping() const override { return m_stopping; }

    void opened(const std::shared_ptr<SessionBase> &session) override
    {
        const std::lock_guard lock(m_mutex);
        m_sessions[session.get()] = session;
    }

    void closed(SessionBase *session, const std::string &address) override
    {
        const std::lock_guard lock(m_mutex);
        m_sessions.erase(session);
        --m_total;
        if (--m_perAddress[address] <= 0)
            m_perAddress.erase(address);
#ifdef __GLIBC__
        // glibc keeps what the network and worker threads freed in their own arenas; once
        // the last connection is gone, hand it back, so a burst of connections does not
        // leave the process at its peak.
        if (m_total == 0)
            malloc_trim(0);
#endif
    }

    /** Counts a new connection from @p address; false when a cap says no. */
    bool admit(const std::string &address)
    {
        const std::lock_guard lock(m_mutex);
        if (m_total >= m_limits.maxConnections)
            return false;
        int &fromAddress = m_perAddress[address];
        if (fromAddress >= m_limits.maxConnectionsPerAddress)
            return false;
        ++fromAddress;
        ++m_total;
        return true;
    }

    void accept()
    {
        m_acceptor.async_accept(net::make_strand(m_io),
            [this](boost::system::error_code ec, net::ip::tcp::socket socket) {
                if (ec == net::error::operation_aborted || !m_acceptor.is_open())
                    return;
                if (!ec)
                    admitted(std::move(socket));
                accept();
            });
    }

    void admitted(net::ip::tcp::socket socket)
    {
        boost::system::error_code ec;
        const auto peer = socket.remote_endpoint(ec);
        if (ec)
            return;
        std::string address = peer.address().to_string();
        if (!admit(address)) {
            // Refused before TLS: a flood of connections costs no handshakes.
            refusedSinceLog++;
            const auto now = std::chrono::steady_clock::now();
            if (now - lastRefusalLog > std::chrono::seconds(1)) {
                serverlog::info(u"refused %1 connection(s) over the connection caps, last from %2"_s
                                    .arg(refusedSinceLog)
                                    .arg(QString::fromStdString(address)));
                refusedSinceLog = 0;
                lastRefusalLog = now;
            }
            socket.close(ec);
            return;
        }
        startSession(std::move(socket), m_tls ? &*m_tls : nullptr, *this, std::move(address));
    }

    void beginShutdown(int graceMs)
    {
        serverlog::info(u"shutting down: finishing requests in flight"_s);
        m_stopping = true;
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
        std::vector<std::shared_ptr<SessionBase>> open;
        {
            const std::lock_guard lock(m_mutex);
            for (auto &[raw, weak] : m_sessions) {
                if (auto session = weak.lock())
                    open.push_back(std::move(session));
            }
        }
        for (const auto &session : open)
            session->stop();
        open.clear();
        m_graceEnd = std::chrono::steady_clock::now() + std::chrono::milliseconds(graceMs);
        waitForSessions();
    }

    void waitForSessions()
    {
        bool empty = false;
        {
            const std::lock_guard lock(m_mutex);
            empty = m_sessions.empty();
        }
        if (empty || std::chrono::steady_clock::now() >= m_graceEnd) {
            if (!empty)
                serverlog::warning(u"shutting down with requests still open"_s);
            m_io.stop();
            return;
        }
        m_graceTimer.expires_after(std::chrono::milliseconds(50));
        m_graceTimer.async_wait([this](boost::system::error_code) { waitForSessions(); });
    }

    HttpApi &m_api;
    WorkerPool &m_pool;
    ServerLimits m_limits;
    std::atomic<bool> m_stopping { false };

    // Declared before the io_context: sessions still queued when it is destroyed report
    // to closed(), which needs these.
    std::mutex m_mutex;
    std::unordered_map<SessionBase *, std::weak_ptr<SessionBase>> m_sessions;
    std::unordered_map<std::string, int> m_perAddress;
    int m_total = 0;
    int refusedSinceLog = 0;
    std::chrono::steady_clock::time_point lastRefusalLog;
    std::chrono::steady_clock::time_point m_graceEnd;

    net::io_context m_io;
    std::optional<net::ssl::context> m_tls;
    net::ip::tcp::acceptor m_acceptor { m_io };
    net::signal_set m_signals { m_io, SIGINT, SIGTERM };
    net::steady_timer m_graceTimer { m_io };
};

FrontDoor::FrontDoor(HttpApi &api, WorkerPool &pool, const ServerLimits &limits)
    : d(std::make_unique<Impl>(api, pool, limits))
{
}

FrontDoor::~FrontDoor() = default;

bool FrontDoor::useTls(const QString &certPath, const QString &keyPath, QString *error)
{
    d->m_tls.emplace(net::ssl::context::tls_server);
    net::ssl::context &tls = *d->m_tls;
    tls.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2
        | net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1
        | net::ssl::context::no_compression);
    SSL_CTX *native = tls.native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    boost::system::error_code ec;
    if (SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1) {
        *error = u"OpenSSL knows none of the TLS 1.2 cipher suites"_s;
        return false;
    }
    tls.use_certificate_chain_file(certPath.toStdString(), ec);
    if (!ec)
        tls.use_private_key_file(keyPath.toStdString(), net::ssl::context::pem, ec);
    if (ec) {
        *error = u"cannot load %1 and %2: %3"_s.arg(
            certPath, keyPath, QString::fromStdString(ec.message()));
        return false;
    }
    return true;
}

quint16 FrontDoor::listen(const QHostAddress &address, quint16 port, QString *error)
{
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(address.toString().toStdString(), ec);
    net::ip::tcp::acceptor &acceptor = d->m_acceptor;
    const net::ip::tcp::endpoint endpoint(ip, port);
    if (!ec)
        acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(QString::fromStdString(ec.message()));
        return 0;
    }
    return acceptor.local_endpoint().port();
}

void FrontDoor::run(int ioThreads, int graceMs)
{
    d->m_signals.async_wait([this, graceMs](boost::system::error_code ec, int) {
        if (!ec)
            d->beginShutdown(graceMs);
    });
    d->accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < ioThreads; ++i)
        threads.emplace_back([this] { d->m_io.run(); });
    d->m_io.run();
    for (std::thread &t : threads)
        t.join();
}

} // namespace circle::server
