#include "sqlite_session.h"

namespace clientele::sql {

namespace {

int acceptTable(void* filter, const char* table) {
    return (*static_cast<const TableFilter*>(filter))(table) ? 1 : 0;
}

Error sessionError(const QString& doing, int rc) {
    return Error::database(
        QStringLiteral("%1: %2").arg(doing, QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace

Session::~Session() {
    stop();
}

void Session::setEnabled(bool enabled) {
    if (m_session)
        sqlite3session_enable(m_session, enabled ? 1 : 0);
}

void Session::stop() {
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
}

Status Session::start(sqlite3* db, TableFilter filter, const QString& doing) {
    stop();
    m_filter = filter;
    if (const int rc = sqlite3session_create(db, "main", &m_session); rc != SQLITE_OK) {
        m_session = nullptr;
        return sessionError(doing, rc);
    }
    sqlite3session_table_filter(m_session, acceptTable, &m_filter);
    if (const int rc = sqlite3session_attach(m_session, nullptr); rc != SQLITE_OK) {
        stop();
        return sessionError(doing, rc);
    }
    return {};
}

bool Session::isEmpty() const {
    return !m_session || sqlite3session_isempty(m_session);
}

Result<QByteArray> Session::changeset(const QString& doing) const {
    if (!m_session)
        return QByteArray();
    int size = 0;
    FreeOnExit changes;
    if (const int rc = sqlite3session_changeset(m_session, &size, &changes.p); rc != SQLITE_OK)
        return sessionError(doing, rc);
    return QByteArray(static_cast<const char*>(changes.p), size);
}

} // namespace clientele::sql

namespace clientele::sql {

Result<QByteArray> Session::patchset(const QString& doing) const {
    if (!m_session)
        return QByteArray();
    int size = 0;
    FreeOnExit changes;
    if (const int rc = sqlite3session_patchset(m_session, &size, &changes.p); rc != SQLITE_OK)
        return Error::database(
            QStringLiteral("%1: %2").arg(doing, QString::fromUtf8(sqlite3_errstr(rc))));
    return QByteArray(static_cast<const char*>(changes.p), size);
}

} // namespace clientele::sql
