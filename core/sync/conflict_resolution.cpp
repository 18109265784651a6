#include "conflict_resolution.h"

#include "conflict_list.h"
#include "domain/customer_repository.h"
#include "storage/database.h"
#include "storage/write_transaction.h"
#include "table_rows.h"

#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace clientele::sync {

namespace {

// The record's key values from the sync tables' name of it (integer ids, joined with '/').
std::vector<FieldValue> keyValues(const QString& row) {
    std::vector<FieldValue> key;
    for (const QString& part : row.split(QLatin1Char('/'))) {
        FieldValue v;
        bool number = false;
        v.integer = part.toLongLong(&number);
        v.type = number ? SQLITE_INTEGER : SQLITE_TEXT;
        if (!number)
            v.bytes = part.toUtf8();
        key.push_back(std::move(v));
    }
    return key;
}

QString describe(const ConflictEntry& c) {
    return c.record.exists ? c.record.text : QStringLiteral("%1 %2").arg(c.table, c.row);
}

Result<ConflictEntry> conflictFor(Database& db, qint64 id) {
    auto conflict = loadConflict(db, id);
    if (!conflict)
        return Error::notFound(QStringLiteral("conflict %1: no such conflict").arg(id));
    return *conflict;
}

void markResolved(Database& db, qint64 id, bool resolved) {
    sql::Statement q(db.handle(), "UPDATE sync_conflict SET resolved_at = ? WHERE id = ?");
    if (resolved)
        q.bind(1, db.clock().nowText());
    else
        q.bindNull(1);
    q.bind(2, id).exec();
}

int columnIndex(TableRows& rows, const QString& table, const QString& column) {
    const std::vector<QString>& names = rows.columns(table);
    const auto it = std::find(names.begin(), names.end(), column);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

// A customer's search columns (collation key, phone digits) follow the field written back,
// through the repository, which also checks the record as a whole.
Status rederive(Database& db, const QString& table, const std::vector<FieldValue>& key) {
    if (table != QLatin1String("customer"))
        return {};
    CustomerRepository customers(db);
    auto customer = customers.get(key.front().integer);
    if (!customer)
        return customer.error();
    return customers.update(*customer);
}

Status writeValue(Database& db, const ConflictEntry& c, const FieldValue& expected,
                  const FieldValue& value) {
    TableRows rows(db.handle());
    const int column = columnIndex(rows, c.table, c.column);
    const std::vector<FieldValue> key = keyValues(c.row);
    const auto current =
        column < 0 ? std::nullopt : rows.read(c.table, rows.primaryKey(c.table), key);
    if (!current)
        return Error::notFound(
            QStringLiteral("%1 (%2): the record is no longer here").arg(describe(c), c.column));
    if ((*current)[static_cast<std::size_t>(column)] != expected)
        return Error::conflict(QStringLiteral("%1, %2: changed since the conflict (now \"%3\"); "
                                              "nothing was written")
                                   .arg(describe(c), c.column,
                                        (*current)[static_cast<std::size_t>(column)].display()));
    std::vector<std::pair<int, FieldValue>> assignments{{column, value}};
    if (const int stamp = columnIndex(rows, c.table, QStringLiteral("updated_at")); stamp >= 0) {
        FieldValue now;
        now.type = SQLITE_TEXT;
        now.bytes = db.clock().nowText().toUtf8();
        assignments.emplace_back(stamp, now);
    }
    try {
        rows.update(c.table, rows.primaryKey(c.table), key, assignments);
    } catch (const sql::Exception& e) {
        if (e.code() != SQLITE_CONSTRAINT_UNIQUE)
            throw;
        return Error::conflict(QStringLiteral("%1, %2: \"%3\" is taken by another record; change "
                                              "that one first")
                                   .arg(describe(c), c.column, value.display()));
    }
    return rederive(db, c.table, key);
}

} // namespace

Status setConflictResolved(Database& db, qint64 conflict, bool resolved) {
    return writeInTransaction(db, db.path(), [&]() -> Status {
        auto c = conflictFor(db, conflict);
        if (!c)
            return c.error();
        markResolved(db, conflict, resolved);
        return {};
    });
}

Status putConflictValue(Database& db, qint64 conflict, ConflictSide side) {
    return writeInTransaction(db, db.path(), [&]() -> Status {
        auto c = conflictFor(db, conflict);
        if (!c)
            return c.error();
        if (c->isWholeRecord())
            return Error::invalid(
                QStringLiteral("%1: the conflict is about the whole record").arg(describe(*c)));
        const bool restoring = side == ConflictSide::Lost;
        if (Status written =
                writeValue(db, *c, restoring ? c->kept : c->lost, restoring ? c->lost : c->kept);
            !written)
            return written;
        markResolved(db, conflict, restoring);
        return {};
    });
}

Status deleteConflictRecord(Database& db, qint64 conflict) {
    return writeInTransaction(db, db.path(), [&]() -> Status {
        auto c = conflictFor(db, conflict);
        if (!c)
            return c.error();
        if (!c->isWholeRecord())
            return Error::invalid(QStringLiteral("%1, %2: the conflict is about one field")
                                      .arg(describe(*c), c->column));
        TableRows rows(db.handle());
        const std::vector<FieldValue> key = keyValues(c->row);
        if (!rows.read(c->table, rows.primaryKey(c->table), key))
            return Error::notFound(
                QStringLiteral("%1: the record is no longer here").arg(describe(*c)));
        try {
            rows.remove(c->table, rows.primaryKey(c->table), key);
        } catch (const sql::Exception& e) {
            if (e.code() != SQLITE_CONSTRAINT_FOREIGNKEY)
                throw;
            return Error::conflict(QStringLiteral("%1: other records need it (orders or order "
                                                  "lines, say); nothing was deleted")
                                       .arg(describe(*c)));
        }
        markResolved(db, conflict, true);
        return {};
    });
}

} // namespace clientele::sync
