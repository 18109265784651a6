#pragma once

#include "common/result.h"

struct sqlite3;

namespace clientele {

// Forward-only, numbered schema migrations (storage/migrations/NNNN_*.sql), each applied in its
// own transaction together with the new PRAGMA user_version.
int latestSchemaVersion();
Status migrate(sqlite3* db);

} // namespace clientele
