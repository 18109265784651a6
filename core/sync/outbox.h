#pragma once

#include <QByteArray>

#include <functional>
#include <vector>

struct sqlite3;

namespace clientele::sync {

// One recorded transaction of one device: its changeset, its place in the device's gapless
// sequence, its clock, and what the device had applied of every device (encodeSeen) then.
struct OutboxEntry {
    qint64 origin = 0;
    qint64 seq = 0;
    qint64 clock = 0;
    QByteArray seen;
    QByteArray changeset;
};

// Throw sql::Exception.
void storeEntry(sqlite3* db, const OutboxEntry& entry);
// Entries for which wanted(origin, seq) holds, in each origin's sequence order.
std::vector<OutboxEntry> loadEntries(sqlite3* db,
                                     const std::function<bool(qint64, qint64)>& wanted);

// Drops the entries every other device known here has acknowledged: nobody needs them from this
// copy any more (a device cloned later gets their effect in its copy).
void pruneAcknowledged(sqlite3* db);
// Whether there is anything to prune.
bool hasAcknowledged(sqlite3* db);

} // namespace clientele::sync
