#include "conflict_list.h"

#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele::sync {

namespace {

constexpr const char* kColumns =
    "SELECT id, tbl, row, col, kept_value, lost_value, kept_device, kept_hlc, lost_device, "
    "lost_hlc, recorded_at, resolved_at FROM sync_conflict ";

ConflictEntry entryAt(sqlite3* db, const sql::Statement& q) {
    ConflictEntry e;
    e.id = q.int64(0);
    e.table = q.text(1);
    e.row = q.text(2);
    e.column = q.text(3);
    e.kept = FieldValue::fromColumn(q.raw(), 4);
    e.lost = FieldValue::fromColumn(q.raw(), 5);
    e.keptBy = {q.int64(7), q.int64(6)};
    e.lostBy = {q.int64(9), q.int64(8)};
    e.recordedAt = q.text(10);
    e.resolvedAt = q.isNull(11) ? QString() : q.text(11);
    e.record = nameRecord(db, e.table, e.row);
    return e;
}

} // namespace

Result<std::vector<ConflictEntry>> listConflicts(Database& db, bool withResolved) {
    std::vector<ConflictEntry> entries;
    try {
        sql::Statement q(db.handle(),
                         QString::fromLatin1(kColumns) +
                             (withResolved ? QStringLiteral("ORDER BY id DESC")
                                           : QStringLiteral("WHERE resolved_at IS NULL ORDER BY "
                                                            "id DESC")));
        while (q.step())
            entries.push_back(entryAt(db.handle(), q));
    } catch (...) {
        return describeException(db.path());
    }
    return entries;
}

std::optional<ConflictEntry> loadConflict(Database& db, qint64 id) {
    sql::Statement q(db.handle(), QString::fromLatin1(kColumns) + QStringLiteral("WHERE id = ?"));
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return entryAt(db.handle(), q);
}

} // namespace clientele::sync
