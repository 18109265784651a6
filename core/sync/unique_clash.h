#pragma once

#include "field_value.h"

#include <QString>

#include <optional>
#include <vector>

namespace clientele::sync {

class TableRows;

// Copies working apart can give one unique value to two different rows: two laptops each create
// customer C-1001, or each add line 3 to one order. Merged, the later row (the larger id: ids
// begin with their creation time) takes the value marked with its own id ("C-1001~2K9F"; a
// number moves past the usual ones, line 3 to line 3003), and the clash is listed as a conflict.
// The new value depends on that row alone, so every copy makes the same one, whichever of the
// two rows it had first.
struct UniqueClash {
    int column = -1;             // the column whose value changes
    std::vector<FieldValue> key; // the primary key of the row that changes
    bool incoming = false;       // that row is the one being written (else the one already here)
    FieldValue taken;            // the value it had
    FieldValue given;            // the value it gets
};

// The clash of `row` (about to be written to `table`) with another row holding one of its unique
// values; nullopt when there is none, or when it cannot be settled that way (a table without an
// integer id, a unique value that is neither text nor a number). Throws sql::Exception.
std::optional<UniqueClash> findUniqueClash(TableRows& rows, const QString& table,
                                           const std::vector<FieldValue>& row);

} // namespace clientele::sync
