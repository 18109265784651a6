#pragma once

#include "common/ids.h"

#include <QString>

struct sqlite3;

namespace clientele::sync {

// A record the sync tables name by table and key, as people know it.
struct RecordName {
    QString text;    // "Wang Fang (C-1001)", "SO-1 #2", "Wang Fang (C-1001): First call"
    Id customer = 0; // the customer it is or belongs to (0: none)
    bool exists = false;
};

// Throws sql::Exception. A record that is not (or no longer) here gets no text.
RecordName nameRecord(sqlite3* db, const QString& table, const QString& row);

} // namespace clientele::sync
