#include "repository_support.h"

#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <sqlite3.h>

namespace clientele::repository_support {

sql::Statement& cached(const Database& db, std::unique_ptr<sql::Statement>& slot,
                       const char* sqlText) {
    if (!slot)
        slot = std::make_unique<sql::Statement>(db.prepare(sqlText));
    slot->reset();
    slot->clearBindings();
    return *slot;
}

std::optional<qint64> firstInt(sql::Statement& q) {
    std::optional<qint64> value;
    if (q.step())
        value = q.int64(0);
    q.reset();
    return value;
}

Status execOne(sql::Statement& q, const QString& duplicate, const QString& missing) {
    int changed = 0;
    try {
        changed = q.exec();
        q.reset();
    } catch (const sql::Exception& e) {
        q.reset();
        if (e.code() == SQLITE_CONSTRAINT_UNIQUE)
            return Error::conflict(duplicate);
        throw;
    }
    if (changed != 1)
        return Error::notFound(missing);
    return {};
}

Error refused(const QString& what, const FieldErrors& errors) {
    return Error::invalid(QStringLiteral("%1: %2").arg(what, joinFieldErrors(errors)));
}

bool rowExists(const Database& db, const char* table, Id id) {
    sql::Statement q =
        db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    return q.bind(1, id).step();
}

Status removeRow(Database& db, const char* table, Id id, const QString& what) {
    return writeInTransaction(db, QStringLiteral("deleting a %1").arg(what), [&]() -> Status {
        sql::Statement del =
            db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        if (del.bind(1, id).exec() != 1)
            return Error::notFound(QStringLiteral("no %1 with id %2").arg(what).arg(id));
        return {};
    });
}

void stamp(const Database& db, Id& id, QString& createdAt, QString& updatedAt, bool insert) {
    const QString now = db.clock().nowText();
    if (insert) {
        if (id == 0)
            id = newId();
        if (createdAt.isEmpty())
            createdAt = now;
    }
    updatedAt = now;
}

qint64 countWhere(const Database& db, const char* sqlText, Id id) {
    sql::Statement q = db.prepare(sqlText);
    q.bind(1, id).step();
    return q.int64(0);
}

} // namespace clientele::repository_support
