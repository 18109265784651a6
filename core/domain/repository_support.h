#pragma once

#include "common/ids.h"
#include "common/result.h"
#include "field_error.h"

#include <QString>

#include <memory>
#include <optional>

namespace clientele {

class Database;

namespace sql {
class Statement;
}

namespace repository_support {

// A statement prepared once per repository and reused row after row (imports, the demo data),
// handed back reset and with its bindings cleared.
sql::Statement& cached(const Database& db, std::unique_ptr<sql::Statement>& slot,
                       const char* sqlText);

// Runs a bound one-row query and resets it (a cached statement left on its row would keep a read
// open after the transaction): the first column of the row, or nothing.
std::optional<qint64> firstInt(sql::Statement& q);

// Runs a write that must change exactly one row. A UNIQUE violation becomes a Conflict saying
// `duplicate` (the table's one user-facing key); no row changed becomes NotFound saying `missing`.
Status execOne(sql::Statement& q, const QString& duplicate, const QString& missing);

Error refused(const QString& what, const FieldErrors& errors); // "what: field: message; ..."

bool rowExists(const Database& db, const char* table, Id id);

// Deletes one row by id; NotFound when there was none.
Status removeRow(Database& db, const char* table, Id id, const QString& what);

// Fills a new record's id (when 0) and created_at, and every write's updated_at.
void stamp(const Database& db, Id& id, QString& createdAt, QString& updatedAt, bool insert);

qint64 countWhere(const Database& db, const char* sqlText, Id id); // "SELECT count(*) ... ?"

} // namespace repository_support
} // namespace clientele
