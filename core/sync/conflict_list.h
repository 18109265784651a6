#pragma once

#include "common/result.h"
#include "field_clocks.h"
#include "field_value.h"
#include "record_name.h"

#include <QString>

#include <optional>
#include <vector>

namespace clientele {
class Database;
}

namespace clientele::sync {

// One entry of this copy's conflict list (sync_conflict): a concurrent write whose value lost.
struct ConflictEntry {
    qint64 id = 0;
    QString table;
    QString row;    // the record's key, as the sync tables name it
    QString column; // empty: the whole record (an edit that won over a delete)
    FieldValue kept;
    FieldValue lost;
    WriteClock keptBy; // device 0: set by the merge itself (a unique value that was taken)
    WriteClock lostBy;
    QString recordedAt;
    QString resolvedAt; // empty while open
    RecordName record;

    bool isWholeRecord() const { return column.isEmpty(); }
    bool isOpen() const { return resolvedAt.isEmpty(); }
};

// Newest first; the resolved ones too when asked.
Result<std::vector<ConflictEntry>> listConflicts(Database& db, bool withResolved);
// Throws sql::Exception; nullopt when there is no such conflict.
std::optional<ConflictEntry> loadConflict(Database& db, qint64 id);

} // namespace clientele::sync
