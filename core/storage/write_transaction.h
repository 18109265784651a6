#pragma once

#include "common/result.h"
#include "database.h"
#include "sqlite_error.h"

#include <QString>

#include <utility>

namespace clientele {

// Every write of core goes through one of these: BEGIN IMMEDIATE (or a SAVEPOINT when already
// inside a transaction, so repository calls compose into one batch), rolled back unless committed.
// One place where all writes pass is also where change recording hooks in.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_open = false;
    bool m_nested = false;
    QString m_savepoint;
};

// Runs body (returning Status) in a write transaction; SQLite exceptions thrown inside become
// errors described with `doing`.
template <typename Body>
Status writeInTransaction(Database& db, const QString& doing, Body&& body);

template <typename Body>
Status writeInTransaction(Database& db, const QString& doing, Body&& body) {
    WriteTransaction transaction(db);
    try {
        if (auto begun = transaction.begin(); !begun)
            return begun;
        if (Status done = std::forward<Body>(body)(); !done)
            return done; // destructor rolls back
        return transaction.commit();
    } catch (...) {
        return describeException(doing);
    }
}

} // namespace clientele
