#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace circle {

/** What went wrong, in words a person can act on, plus a code for callers. */
struct Error
{
    enum class Code {
        NotSqlCipher, // the linked SQLite has no encryption
        WrongKey, // the key does not open this file, or it is not a Circle store
        Corrupt, // a page failed authentication or the file is damaged
        DiskFull,
        Locked, // another process holds the store
        Io,
        Invalid, // a record or input failed validation
        NotFound,
        ReadOnly, // clinic-authored data cannot be changed on the phone
        UnsupportedVersion, // a schema or document newer than this build understands
        KeyStore, // the platform key store is missing or refused
        Internal,
    };

    Code code = Code::Internal;
    QString message;

    static Error make(Code code, QString message) { return Error { code, std::move(message) }; }
};

/** A value or an Error. Small on purpose: callers test ok() and read value() or error(). */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace circle
