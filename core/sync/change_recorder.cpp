#include "change_recorder.h"

#include "changeset_rows.h"
#include "field_clocks.h"
#include "outbox.h"
#include "parent_touches.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/sqlite_error.h"
#include "sync_state.h"
#include "table_rows.h"

#include <cstring>

namespace clientele::sync {

namespace {

// The field clocks and tombstones of this device's own changes: an update stamps the fields it
// set, a delete keeps the row and what this device had seen.
void noteLocalChanges(sqlite3* db, const std::vector<RowChange>& changes, const WriteClock& write,
                      const SeenVector& seen) {
    TableRows rows(db);
    ParentTouches touches(rows, changes);
    for (const RowChange& change : changes) {
        if (change.op != RowOp::Delete)
            touches.touch(change, write);
        if (change.op == RowOp::Insert)
            continue; // a new id: no clock or tombstone of it exists
        const QString key = change.rowKey();
        if (change.op == RowOp::Update) {
            const std::vector<QString>& names = rows.columns(change.table);
            for (std::size_t i = 0; i < change.newValues.size() && i < names.size(); ++i)
                if (change.newValues[i] && !change.primaryKey[i])
                    setFieldClock(rows, change.table, key, names[i], write);
        } else {
            std::vector<FieldValue> values;
            for (const MaybeValue& v : change.oldValues)
                values.push_back(v.value_or(FieldValue{}));
            saveTombstone(rows, change.table, key, Tombstone{write, seen, std::move(values)});
        }
    }
}

} // namespace

bool ChangeRecorder::recordsTable(const char* table) {
    return std::strncmp(table, "sync_", 5) != 0 && std::strcmp(table, "setting") != 0 &&
           std::strncmp(table, "customer_fts", 12) != 0 &&
           std::strncmp(table, "import_batch", 12) != 0 && std::strncmp(table, "sqlite_", 7) != 0;
}

Status ChangeRecorder::begun(Database& db) {
    if (m_paused)
        return {};
    return m_session.start(
        db.handle(), recordsTable,
        QStringLiteral("%1: cannot record changes for the other copies").arg(db.path()));
}

Status ChangeRecorder::beforeCommit(Database& db) {
    if (m_paused || m_session.isEmpty())
        return {};
    const QString doing =
        QStringLiteral("%1: recording changes for the other copies").arg(db.path());
    // The outbox keeps the patchset (keys and new values): old values are not needed to merge,
    // and would keep erased or overwritten data around. The changeset's old values give the
    // tombstones of deleted rows.
    auto changeset = m_session.changeset(doing);
    if (!changeset)
        return changeset.error();
    if (changeset->isEmpty())
        return {};
    auto patchset = m_session.patchset(doing);
    if (!patchset)
        return patchset.error();
    try {
        auto changes = readChangeset(*changeset);
        if (!changes)
            return Error::database(QStringLiteral("%1: %2").arg(doing, changes.error().message));
        sqlite3* h = db.handle();
        const SyncIdentity self = ensureIdentity(h);
        AppliedVector applied = loadApplied(h);
        const Applied at{applied[self.device].seq + 1, nextClock(h)};
        applied[self.device] = at;
        saveApplied(h, self.device, at);
        SeenVector seen = seenOf(applied);
        if (m_erasure)
            seen[kErasureMark] = 1;
        storeEntry(h, OutboxEntry{self.device, at.seq, at.clock, encodeSeen(seen), *patchset});
        noteLocalChanges(h, *changes, WriteClock{at.clock, self.device}, seen);
    } catch (...) {
        return describeException(doing);
    }
    return {};
}

void ChangeRecorder::ended(Database&, bool) {
    m_session.stop();
    m_erasure = false;
}

ChangeRecorder* ChangeRecorder::of(const Database& db) {
    for (TransactionObserver* observer : db.transactionObservers())
        if (auto* recorder = dynamic_cast<ChangeRecorder*>(observer))
            return recorder;
    return nullptr;
}

PausedRecording::PausedRecording(const Database& db)
    : m_recorder(ChangeRecorder::of(db)) {
    if (m_recorder)
        m_recorder->setPaused(true);
}

PausedRecording::~PausedRecording() {
    if (m_recorder)
        m_recorder->setPaused(false);
}

} // namespace clientele::sync
