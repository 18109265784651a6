#pragma once

// The session extension's declarations are only visible with these defined; Debian's SQLite is
// built with both (the session extension needs the pre-update hook).
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace clientele::sql {

// Which tables a session records (by name).
using TableFilter = bool (*)(const char* table);

// An SQLite session attached to every table the filter accepts, from creation until destroyed.
class Session {
public:
    Session() = default;
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Status start(sqlite3* db, TableFilter filter, const QString& doing);
    bool active() const { return m_session != nullptr; }
    bool isEmpty() const;
    Result<QByteArray> changeset(const QString& doing) const;
    // As changeset, without the old values of updated and deleted rows (keys only).
    Result<QByteArray> patchset(const QString& doing) const;
    // While disabled, changes are not recorded (rows the caller records another way).
    void setEnabled(bool enabled);
    void stop();

private:
    sqlite3_session* m_session = nullptr;
    TableFilter m_filter = nullptr;
};

// Memory SQLite handed out (sqlite3_malloc), freed on scope exit.
struct FreeOnExit {
    void* p = nullptr;
    ~FreeOnExit() { sqlite3_free(p); }
};

} // namespace clientele::sql
