#include "sqlite_error.h"

#include "sqlite.h"

#include <sqlite3.h>

#include <exception>
#include <new>

namespace clientele {

Error sqliteError(int code, const QString& detail, const QString& doing) {
    const auto prefixed = [&](const QString& m) {
        return doing.isEmpty() ? m : QStringLiteral("%1: %2").arg(doing, m);
    };
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
        if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error::conflict(prefixed(detail));
        return Error::invalid(prefixed(detail));
    case SQLITE_FULL:
        return Error::io(prefixed(
            QStringLiteral("the disk is full; nothing was saved, try again when there is space")));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        return Error::io(prefixed(detail));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::database(
            prefixed(QStringLiteral("the database file is damaged (%1)").arg(detail)));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::database(
            prefixed(QStringLiteral("the database is busy in another program (%1)").arg(detail)));
    case SQLITE_INTERRUPT:
        return Error::cancelled();
    default:
        return Error::database(prefixed(detail));
    }
}

Error describeException(const QString& doing) {
    try {
        throw;
    } catch (const sql::Exception& e) {
        return sqliteError(e.code(), QString::fromUtf8(e.what()), doing);
    } catch (const std::bad_alloc&) {
        return Error::io(QStringLiteral("%1: out of memory").arg(doing));
    } catch (const std::exception& e) {
        return Error::database(QStringLiteral("%1: %2").arg(doing, QString::fromUtf8(e.what())));
    }
}

} // namespace clientele
