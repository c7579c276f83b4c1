#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace circle::server {

/**
 * A refusal that the HTTP layer turns into a status code and an ErrorResponse. The
 * message is for a person reading a client log, so it never carries record content,
 * tokens or invite codes.
 */
struct ApiError
{
    int status = 400;
    QString code;
    QString message;

    static ApiError badRequest(const QString &message)
    {
        return { 400, QStringLiteral("bad_request"), message };
    }
    static ApiError unauthorized(const QString &message)
    {
        return { 401, QStringLiteral("unauthorized"), message };
    }
    static ApiError forbidden(const QString &message)
    {
        return { 403, QStringLiteral("forbidden"), message };
    }
    static ApiError notFound(const QString &message)
    {
        return { 404, QStringLiteral("not_found"), message };
    }
    static ApiError storage()
    {
        return { 500, QStringLiteral("storage_error"),
            QStringLiteral("the server could not reach its database") };
    }
};

/** A value or the ApiError that explains why there is none. */
template<typename T> class Outcome
{
public:
    Outcome(T value)
        : m_state(std::move(value))
    {
    }
    Outcome(ApiError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    T &&take() { return std::get<T>(std::move(m_state)); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

/** For calls that return nothing but may fail. */
struct Done
{
};

} // namespace circle::server
