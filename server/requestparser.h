#pragma once

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

namespace circle::server {

/**
 * Beast's request parser with the rules of this protocol added while the header streams
 * in: at most @p maxFields header fields (the request line not counted), a Content-Length
 * of digits only, and no second Content-Length, Transfer-Encoding or Authorization, even
 * with the same value. Beast
 * itself already refuses bare CR, a Content-Length that is not plain digits, and
 * Transfer-Encoding together with Content-Length, and it replaces an obs-fold with a
 * space (RFC 9112 5.2), so a folded line can never become a header of its own.
 *
 * Too many fields report beast's header_limit (answered 431); a duplicate reports
 * bad_field (400).
 */
class RequestParser : public boost::beast::http::request_parser<boost::beast::http::string_body>
{
public:
    explicit RequestParser(int maxFields)
        : m_maxFields(maxFields)
    {
    }

private:
    void on_field_impl(boost::beast::http::field name, boost::beast::string_view nameString,
        boost::beast::string_view value, boost::beast::error_code &ec) override
    {
        using boost::beast::http::field;
        if (++m_fields > m_maxFields) {
            ec = boost::beast::http::error::header_limit;
            return;
        }
        // Beast takes "5, 5" as 5 (RFC 9110 8.6 allows it); only plain digits are sent by
        // any client of this protocol, so anything else is refused.
        if (name == field::content_length
            && (value.empty()
                || value.find_first_not_of("0123456789") != boost::beast::string_view::npos)) {
            ec = boost::beast::http::error::bad_content_length;
            return;
        }
        // Both framings, in either order and whatever the coding, are refused: Beast
        // lets Content-Length frame the body when Transfer-Encoding does not end in
        // chunked, which a proxy in front could read the other way (request smuggling).
        if ((name == field::content_length && get().count(field::transfer_encoding) > 0)
            || (name == field::transfer_encoding && get().count(field::content_length) > 0)) {
            ec = boost::beast::http::error::bad_transfer_encoding;
            return;
        }
        // The only coding this protocol meets is chunked alone (answered 411); any other
        // leaves the body's length undetermined (RFC 9112 6.3), so it is refused here.
        if (name == field::transfer_encoding && !boost::beast::iequals(value, "chunked")) {
            ec = boost::beast::http::error::bad_transfer_encoding;
            return;
        }
        if (name == field::content_length || name == field::transfer_encoding
            || name == field::authorization) {
            // Two of these are how requests get smuggled past a proxy or a token is
            // read differently by two parsers; no client of this protocol sends two.
            if (get().count(name) > 0) {
                ec = boost::beast::http::error::bad_field;
                return;
            }
        }
        // What parser<>::on_field_impl does; Beast checked the framing fields just before.
        get().insert(name, nameString, value);
    }

    int m_maxFields;
    int m_fields = 0;
};

} // namespace circle::server
