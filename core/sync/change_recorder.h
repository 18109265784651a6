#pragma once

#include "storage/sqlite_session.h"
#include "storage/transaction_observer.h"

namespace clientele::sync {

// Records every write transaction of a database for the other copies of its family: a session
// on the user tables during the transaction, and before COMMIT its changeset, stamped with this
// device and a new clock, in sync_outbox (with the field clocks and tombstones it implies), so
// that nothing committed is missing from the outbox. Every writable Database has one.
class ChangeRecorder final : public TransactionObserver {
public:
    Status begun(Database& db) override;
    Status beforeCommit(Database& db) override;
    void ended(Database& db, bool committed) override;

    // Changes of other devices being applied are stored with their own origin instead.
    void setPaused(bool paused) { m_paused = paused; }
    static ChangeRecorder* of(const Database& db);
    // The transaction under way erases personal data: it wins over every edit on every copy and
    // leaves no values behind in the sync tables (see isErasure).
    void markErasure() { m_erasure = true; }

    // Whether a table's rows travel between copies (user tables; not this device's settings,
    // the sync tables, the search index or the import batches).
    static bool recordsTable(const char* table);

private:
    sql::Session m_session;
    bool m_paused = false;
    bool m_erasure = false;
};

// Pauses the database's recorder for a scope.
class PausedRecording {
public:
    explicit PausedRecording(const Database& db);
    ~PausedRecording();
    PausedRecording(const PausedRecording&) = delete;
    PausedRecording& operator=(const PausedRecording&) = delete;

private:
    ChangeRecorder* m_recorder;
};

} // namespace clientele::sync
