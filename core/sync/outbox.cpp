#include "outbox.h"

#include "storage/sqlite.h"

namespace clientele::sync {

void storeEntry(sqlite3* db, const OutboxEntry& entry) {
    sql::Statement q(db, "INSERT OR IGNORE INTO sync_outbox (origin, seq, hlc, seen, changeset) "
                         "VALUES (?,?,?,?,?)");
    q.bind(1, entry.origin).bind(2, entry.seq).bind(3, entry.clock);
    q.bindBlob(4, entry.seen).bindBlob(5, entry.changeset).exec();
}

std::vector<OutboxEntry> loadEntries(sqlite3* db,
                                     const std::function<bool(qint64, qint64)>& wanted) {
    std::vector<OutboxEntry> entries;
    sql::Statement q(db, "SELECT origin, seq, hlc, seen, changeset FROM sync_outbox "
                         "ORDER BY origin, seq");
    while (q.step()) {
        if (!wanted(q.int64(0), q.int64(1)))
            continue;
        entries.push_back({q.int64(0), q.int64(1), q.int64(2), q.blob(3), q.blob(4)});
    }
    return entries;
}

namespace {

// No other device known here lacks the entry.
constexpr const char* kAcknowledged =
    " FROM sync_outbox WHERE NOT EXISTS (SELECT 1 FROM sync_device d WHERE d.id <> "
    "sync_outbox.origin AND coalesce((SELECT a.seq FROM sync_ack a WHERE a.peer = d.id AND "
    "a.origin = sync_outbox.origin), 0) < sync_outbox.seq)";

} // namespace

void pruneAcknowledged(sqlite3* db) {
    sql::exec(db, std::string("DELETE") + kAcknowledged);
}

bool hasAcknowledged(sqlite3* db) {
    return sql::queryInt(db, std::string("SELECT EXISTS (SELECT 1") + kAcknowledged + ")") != 0;
}

} // namespace clientele::sync
