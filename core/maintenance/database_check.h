#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace clientele {

class Database;

struct CheckReport {
    QStringList problems; // empty when everything is in order
    QStringList passed;   // the checks that ran clean, for the report
    bool ok() const { return problems.isEmpty(); }
};

// SQLite's integrity and foreign-key checks, the search index against its table, and the
// application's own invariants (derived columns, order consistency).
Result<CheckReport> checkDatabase(Database& db);

} // namespace clientele
