// The server's front door: bytes as they come off a connection, through the same
// RequestParser and limits the server uses (server/requestparser.h), request after
// request as keep-alive and pipelining deliver them. Whatever the bytes, a request
// that parses has at most one Content-Length, Transfer-Encoding and Authorization,
// a Content-Length of digits only, never both framings, no more fields than the
// limit, and no more body than the limit; and parsing stops rather than loops.

#include "fuzzsupport.h"

#include "requestparser.h"

#include <boost/asio/buffer.hpp>

#include <cstdint>
#include <iterator>

namespace http = boost::beast::http;

namespace {

constexpr int MaxFields = 100;
constexpr std::size_t MaxHeaderBytes = 32 * 1024;
constexpr std::uint64_t MaxBodyBytes = 64 * 1024;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    boost::beast::string_view rest(reinterpret_cast<const char *>(data), size);
    // Each request consumes at least one byte, so this ends within size turns.
    for (int requests = 0; !rest.empty(); ++requests) {
        CIRCLE_FUZZ_CHECK(requests <= int(size));
        circle::server::RequestParser parser(MaxFields);
        parser.header_limit(MaxHeaderBytes);
        parser.body_limit(MaxBodyBytes);
        parser.eager(true);
        boost::beast::error_code ec;
        const std::size_t used = parser.put(boost::asio::buffer(rest.data(), rest.size()), ec);
        if (ec || !parser.is_done())
            return 0; // refused, or waiting for more bytes: the connection's deadline ends it
        CIRCLE_FUZZ_CHECK(used > 0 && used <= rest.size());
        const auto &request = parser.get();
        const auto count = [&request](http::field f) { return request.count(f); };
        CIRCLE_FUZZ_CHECK(count(http::field::content_length) <= 1);
        CIRCLE_FUZZ_CHECK(count(http::field::transfer_encoding) <= 1);
        CIRCLE_FUZZ_CHECK(count(http::field::authorization) <= 1);
        CIRCLE_FUZZ_CHECK(
            !(count(http::field::content_length) && count(http::field::transfer_encoding)));
        CIRCLE_FUZZ_CHECK(std::distance(request.begin(), request.end()) <= MaxFields);
        CIRCLE_FUZZ_CHECK(request.body().size() <= MaxBodyBytes);
        if (count(http::field::content_length)) {
            const auto length = request[http::field::content_length];
            CIRCLE_FUZZ_CHECK(!length.empty()
                && length.find_first_not_of("0123456789") == boost::beast::string_view::npos);
            // The body is exactly as long as announced (leading zeros allowed).
            std::uint64_t announced = 0;
            for (const char digit : length) {
                CIRCLE_FUZZ_CHECK(announced <= MaxBodyBytes);
                announced = announced * 10 + std::uint64_t(digit - '0');
            }
            CIRCLE_FUZZ_CHECK(announced == request.body().size());
        }
        rest.remove_prefix(used);
    }
    return 0;
}
