#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace clientele {

// One error convention for all of core: functions that can fail return Result<T>.
// The kind tells the caller what happened (the CLI maps it to an exit code); the message is
// written for the user and names what was wrong.
struct Error {
    enum class Kind {
        Invalid,  // the input was refused (validation); nothing changed
        Usage,    // the caller asked for something meaningless
        Database, // the database cannot be used (missing, locked, newer, corrupt, foreign)
        NotFound,
        Conflict, // a key already exists
        Io,       // a file could not be read or written
        Cancelled,
    };
    Kind kind = Kind::Invalid;
    QString message;

    static Error invalid(QString m) { return {Kind::Invalid, std::move(m)}; }
    static Error usage(QString m) { return {Kind::Usage, std::move(m)}; }
    static Error database(QString m) { return {Kind::Database, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {Kind::Conflict, std::move(m)}; }
    static Error io(QString m) { return {Kind::Io, std::move(m)}; }
    static Error cancelled() { return {Kind::Cancelled, QStringLiteral("cancelled")}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }

    const Error& error() const { return m_error; }
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace clientele
