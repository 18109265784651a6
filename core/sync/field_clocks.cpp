#include "field_clocks.h"

#include "storage/sqlite.h"
#include "table_rows.h"

namespace clientele::sync {

WriteClock fieldClock(TableRows& rows, const QString& table, const QString& row,
                      const QString& column) {
    sql::Statement& q =
        rows.cached("SELECT hlc, device FROM sync_field WHERE tbl = ? AND row = ? AND col = ?");
    q.bind(1, table).bind(2, row).bind(3, column);
    if (!q.step())
        return {};
    return {q.int64(0), q.int64(1)};
}

void setFieldClock(TableRows& rows, const QString& table, const QString& row, const QString& column,
                   const WriteClock& write) {
    sql::Statement& q =
        rows.cached("INSERT INTO sync_field (tbl, row, col, hlc, device) VALUES (?,?,?,?,?) "
                    "ON CONFLICT (tbl, row, col) DO UPDATE SET hlc = excluded.hlc, "
                    "device = excluded.device");
    q.bind(1, table).bind(2, row).bind(3, column).bind(4, write.clock).bind(5, write.device).exec();
}

std::vector<WriteClock> fieldClocksOfRow(TableRows& rows, const QString& table,
                                         const QString& row) {
    std::vector<WriteClock> clocks;
    sql::Statement& q = rows.cached("SELECT hlc, device FROM sync_field WHERE tbl = ? AND row = ?");
    q.bind(1, table).bind(2, row);
    while (q.step())
        clocks.push_back({q.int64(0), q.int64(1)});
    return clocks;
}

std::optional<Tombstone> loadTombstone(TableRows& rows, const QString& table, const QString& row) {
    sql::Statement& q =
        rows.cached("SELECT hlc, device, seen, vals FROM sync_tombstone WHERE tbl = ? AND row = ?");
    q.bind(1, table).bind(2, row);
    if (!q.step())
        return std::nullopt;
    return Tombstone{{q.int64(0), q.int64(1)}, decodeSeen(q.blob(2)), decodeRow(q.blob(3))};
}

void saveTombstone(TableRows& rows, const QString& table, const QString& row, const Tombstone& t) {
    const bool erased = isErasure(t.seen);
    if (erased) {
        // Nothing of an erased record stays behind, not even as the loser of a conflict.
        sql::Statement& forget = rows.cached("DELETE FROM sync_conflict WHERE tbl = ? AND row = ?");
        forget.bind(1, table).bind(2, row).exec();
    }
    sql::Statement& q =
        rows.cached("INSERT OR REPLACE INTO sync_tombstone (tbl, row, hlc, device, seen, vals) "
                    "VALUES (?,?,?,?,?,?)");
    q.bind(1, table)
        .bind(2, row)
        .bind(3, t.deleted.clock)
        .bind(4, t.deleted.device)
        .bindBlob(5, encodeSeen(t.seen))
        .bindBlob(6, encodeRow(erased ? std::vector<FieldValue>{} : t.values));
    q.exec();
}

void dropTombstone(TableRows& rows, const QString& table, const QString& row) {
    sql::Statement& q = rows.cached("DELETE FROM sync_tombstone WHERE tbl = ? AND row = ?");
    q.bind(1, table).bind(2, row).exec();
}

} // namespace clientele::sync
