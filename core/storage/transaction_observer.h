#pragma once

#include "common/result.h"

namespace clientele {

class Database;

// Something that takes part in every outermost write transaction of a Database: recording the
// transaction's changes (a changeset for sync, a batch for undo) happens inside the transaction,
// so nothing committed can be missing from the record. Observers are called in the order they
// were added; an error from begun() or beforeCommit() rolls the transaction back.
class TransactionObserver {
public:
    virtual ~TransactionObserver() = default;
    // After BEGIN, before the first change.
    virtual Status begun(Database& db) = 0;
    // After the last change, before COMMIT: may write to the database itself.
    virtual Status beforeCommit(Database& db) = 0;
    // After COMMIT (committed) or ROLLBACK (not committed); also after a failed begun() of this
    // or another observer, so it must cope with not having begun.
    virtual void ended(Database& db, bool committed) = 0;
};

} // namespace clientele
