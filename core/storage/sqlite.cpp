#include "sqlite.h"

#include <sqlite3.h>

#include <string>
#include <utility>

namespace clientele::sql {

Exception::Exception(int code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_code(code) {}

void throwError(sqlite3* db, int code) {
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw Exception((extended & 0xff) == (code & 0xff) ? extended : code,
                    QString::fromUtf8(message));
}

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db) {
    const int rc =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(db, rc);
}

Statement::Statement(sqlite3* db, const QString& sql)
    : Statement(db, std::string_view(sql.toUtf8().toStdString())) {}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

int Statement::index(const char* name) const {
    const int i = sqlite3_bind_parameter_index(m_stmt, name);
    if (i == 0)
        throw Exception(SQLITE_RANGE,
                        QStringLiteral("no parameter %1 in %2")
                            .arg(QString::fromUtf8(name), QString::fromUtf8(sqlite3_sql(m_stmt))));
    return i;
}

bool Statement::hasParameter(const char* name) const {
    return sqlite3_bind_parameter_index(m_stmt, name) != 0;
}

static void check(sqlite3* db, int rc) {
    if (rc != SQLITE_OK)
        throwError(db, rc);
}

Statement& Statement::bind(int i, qint64 value) {
    check(m_db, sqlite3_bind_int64(m_stmt, i, value));
    return *this;
}

Statement& Statement::bind(int i, double value) {
    check(m_db, sqlite3_bind_double(m_stmt, i, value));
    return *this;
}

Statement& Statement::bind(int i, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    check(m_db,
          sqlite3_bind_text64(m_stmt, i, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int i, std::string_view utf8) {
    check(m_db,
          sqlite3_bind_text64(m_stmt, i, utf8.data(), utf8.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindBlob(int i, const QByteArray& bytes) {
    check(m_db, sqlite3_bind_blob64(m_stmt, i, bytes.constData(),
                                    static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int i) {
    check(m_db, sqlite3_bind_null(m_stmt, i));
    return *this;
}

Statement& Statement::bind(int i, const std::optional<qint64>& value) {
    return value ? bind(i, *value) : bindNull(i);
}

Statement& Statement::bindTextOrNull(int i, const QString& text) {
    return text.isEmpty() ? bindNull(i) : bind(i, text);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    throwError(m_db, rc);
}

int Statement::exec() {
    while (step()) {
    }
    return sqlite3_changes(m_db);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings() {
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int c) const {
    return sqlite3_column_type(m_stmt, c) == SQLITE_NULL;
}
qint64 Statement::int64(int c) const {
    return sqlite3_column_int64(m_stmt, c);
}
int Statement::integer(int c) const {
    return sqlite3_column_int(m_stmt, c);
}
double Statement::real(int c) const {
    return sqlite3_column_double(m_stmt, c);
}

QString Statement::text(int c) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c)) : QString();
}

QByteArray Statement::blob(int c) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, c));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, c)) : QByteArray();
}

std::optional<qint64> Statement::optionalInt(int c) const {
    if (isNull(c))
        return std::nullopt;
    return int64(c);
}

std::optional<double> Statement::optionalReal(int c) const {
    if (isNull(c))
        return std::nullopt;
    return real(c);
}

std::string_view Statement::utf8(int c) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c)))
             : std::string_view();
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

void exec(sqlite3* db, std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString m = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Exception(sqlite3_extended_errcode(db), m);
    }
}

qint64 queryInt(sqlite3* db, std::string_view sql) {
    Statement s(db, sql);
    return s.step() ? s.int64(0) : 0;
}

QString queryText(sqlite3* db, std::string_view sql) {
    Statement s(db, sql);
    return s.step() ? s.text(0) : QString();
}

} // namespace clientele::sql
