#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace clientele::sql {

// A thin RAII layer over SQLite's C API. Core needs the raw handle for the backup, session and
// progress APIs anyway, and QString-native binding with explicit lengths keeps bulk imports and
// the analysis loader free of extra copies. Errors throw sql::Exception inside core; the public
// functions of core catch it (describeException) and return an Error.
class Exception : public std::runtime_error {
public:
    Exception(int code, const QString& message);
    int code() const { return m_code; } // extended result code
    int primaryCode() const { return m_code & 0xff; }

private:
    int m_code;
};

[[noreturn]] void throwError(sqlite3* db, int code);

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(sqlite3* db, const char* sql)
        : Statement(db, std::string_view(sql)) {}
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based positions or names with their prefix (":ref").
    int index(const char* name) const; // throws when the statement has no such parameter
    bool hasParameter(const char* name) const;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) {
        return bind(index, static_cast<qint64>(value ? 1 : 0));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, std::string_view utf8);
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<qint64>& value);
    // Empty text binds NULL (optional dates, optional references).
    Statement& bindTextOrNull(int index, const QString& text);

    template <typename T>
    Statement& bind(const char* name, const T& value) {
        return bind(index(name), value);
    }
    Statement& bindBlob(const char* name, const QByteArray& b) { return bindBlob(index(name), b); }
    Statement& bindNull(const char* name) { return bindNull(index(name)); }
    Statement& bindTextOrNull(const char* name, const QString& t) {
        return bindTextOrNull(index(name), t);
    }

    bool step();  // true while a row is available
    int exec();   // runs to completion, returns the number of rows changed
    void reset(); // ready to run again; bindings are kept
    void clearBindings();

    // Columns are 0-based.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt(int column) const;
    std::optional<double> optionalReal(int column) const;
    // Direct view of the UTF-8 bytes, valid until the next step (hot loops).
    std::string_view utf8(int column) const;
    int columnCount() const;

    sqlite3_stmt* raw() const { return m_stmt; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

void exec(sqlite3* db, std::string_view sql); // one or more statements, no results
qint64 queryInt(sqlite3* db, std::string_view sql);
QString queryText(sqlite3* db, std::string_view sql);

} // namespace clientele::sql
