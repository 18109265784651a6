#pragma once

#include "database.h"

namespace clientele {

// Foreign keys off for a scope, outside any transaction (SQLite ignores the pragma inside one).
// For applying changesets: cascades (SET NULL on a company's people, deleting an order's lines)
// would change rows before the changeset reaches them; the caller checks references at the end.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db) {
        m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() {
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (const sql::Exception&) {
            // Nothing more can be done; the next open turns them on again.
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
};

} // namespace clientele
