#pragma once

#include "field_clocks.h"

#include <QString>

#include <utility>
#include <vector>

struct sqlite3;

namespace clientele::sync {

struct RowChange;
class TableRows;

// A new reference to a row (an order line naming a product, a visit naming a customer) counts
// as an edit of that row against a delete: a delete that had not seen it must not win, whether
// the reference arrives before or after the delete, and whether or not the referring row is
// still there later. The latest such write is kept as the row's field clock of column "".
// Returns the (table, key) of the rows for which this write is now the latest.
std::vector<std::pair<QString, QString>>
touchParents(sqlite3* db, TableRows& rows, const RowChange& change, const WriteClock& write);

} // namespace clientele::sync
