#pragma once

#include "common/result.h"

namespace clientele {
class Database;
}

namespace clientele::sync {

// What the user decides about a listed conflict on this copy. Each is one transaction; a value
// written back is a new edit of this copy, recorded for the other copies like any edit (and,
// being the latest, it wins there too).

// Accept: the kept value stays and the conflict is marked resolved (or open again, to undo).
Status setConflictResolved(Database& db, qint64 conflict, bool resolved);

enum class ConflictSide { Kept, Lost };

// Writes one side's value of a field conflict into its record, which must still hold the other
// side's (refused, naming the record and field, when it was edited since), and marks the
// conflict resolved when the losing value goes back, open when the kept one does (undo).
Status putConflictValue(Database& db, qint64 conflict, ConflictSide side);

// For a whole-record conflict (an edit that brought back a record another copy deleted):
// deletes the record again and marks the conflict resolved. Refused while other records need it.
Status deleteConflictRecord(Database& db, qint64 conflict);

} // namespace clientele::sync
