// Merging copies of one database: the rules, and why they give every copy the same content.
//
// Each copy records its own write transactions as session changesets (change_recorder.cpp),
// stamped with its device id, a per-device gapless sequence number and a hybrid logical clock
// (HLC: physical milliseconds and a counter, pushed past every clock imported, so that a write
// made after seeing another always has a larger clock). With each changeset goes the "seen"
// vector: the last clock of every device the origin had applied when it committed. Changesets
// travel in packets (sync_exchange.cpp) and are applied once each, per origin in sequence order,
// and across origins in clock order.
//
// The state kept per row, beyond its values, is what makes the result independent of the order
// packets arrive in:
//
// - Field clocks (sync_field): for each (table, row, column) set by an update, the (clock,
//   device) of the write that set the current value. A column without an entry holds the value
//   of the row's insert, which every update of the row follows (an update needs the row, so its
//   device had seen the insert). An incoming update sets a column only when its (clock, device)
//   is larger than the field clock: last writer wins per field, ties broken by device id. Two
//   copies that applied the same set of updates hold, per field, the value of the largest one,
//   whatever the order. Updates of different fields never touch each other.
// - Concurrency: a write w and the write behind a field's current value c are concurrent when
//   w's origin had not seen c (c.clock > seen[c.device]). A concurrent pair with different
//   values is a conflict: the loser's value is listed in sync_conflict. A write that follows
//   another it has seen simply replaces it (no conflict).
// - Tombstones (sync_tombstone): a deleted row keeps its last values, the delete's clock and the
//   deleting device's seen vector. An edit the deleter had not seen wins over the delete: applied
//   before the delete, the delete finds a field clock it has not seen and leaves the row; applied
//   after it, the edit finds the tombstone and brings the row back from it (with the edit). Both
//   orders end with the row present, edited, and a listed conflict. Edits the deleter had seen
//   land in the tombstone's values by the same per-field rule (and list their conflicts there
//   too), so a later revival carries them. Only an edit that holds its field revives the row.
// - Inserts never collide: ids are unique across devices.
// - References: foreign keys are off while changesets are applied (a cascade would change rows
//   behind these rules). Afterwards, a row that refers to a deleted one (an order added on one
//   copy for a customer deleted on another) brings its parent back from the tombstone, the same
//   edit-wins-over-delete rule; PRAGMA foreign_key_check must then be clean.
//
// - Unique values: two copies may give one unique value (a customer ref, a product sku, an order
//   number, a line number of one order) to two different rows. Both rows stay; the later one
//   (larger id) takes the value marked with its own id, on every copy alike, and the clash is
//   listed as a conflict of that field (unique_clash.h).
#include "change_applier.h"

#include "change_recorder.h"
#include "changeset_rows.h"
#include "parent_touches.h"
#include "storage/sqlite.h"
#include "unique_clash.h"

#include <QStringList>

#include <sqlite3.h>

namespace clientele::sync {

namespace {

// A row may clash with one other row per unique constraint, and be written once more each time.
constexpr int kMostClashes = 4;

FieldValue textValue(const char* text) {
    FieldValue v;
    v.type = SQLITE_TEXT;
    v.bytes = QByteArray(text);
    return v;
}

// Columns written along with others (a timestamp, a search key): that concurrent edits give
// them different values is no news to anyone, the conflict is listed on the field edited.
bool isDerived(const QString& column) {
    return column == QLatin1String("updated_at") || column == QLatin1String("name_key") ||
           column == QLatin1String("phone_digits");
}

std::vector<FieldValue> fullRow(const std::vector<MaybeValue>& values) {
    std::vector<FieldValue> row;
    for (const MaybeValue& v : values)
        row.push_back(v.value_or(FieldValue{}));
    return row;
}

QStringList recordedTables(sqlite3* db) {
    QStringList tables;
    sql::Statement q(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (q.step())
        if (ChangeRecorder::recordsTable(q.text(0).toUtf8().constData()))
            tables << q.text(0);
    return tables;
}

QStringList missingParents(sqlite3* db, const QString& table, const Reference& r) {
    QStringList keys;
    sql::Statement q(db, QStringLiteral("SELECT DISTINCT c.\"%2\" FROM \"%1\" c WHERE c.\"%2\" IS "
                                        "NOT NULL AND NOT EXISTS (SELECT 1 FROM \"%3\" p WHERE "
                                        "p.\"%4\" = c.\"%2\")")
                             .arg(table, r.from, r.parent, r.to));
    while (q.step())
        keys << q.text(0);
    return keys;
}

// A parent's key as read back from a child's column (integer ids).
FieldValue textKey(const QString& key) {
    FieldValue v;
    v.type = SQLITE_INTEGER;
    v.integer = key.toLongLong();
    return v;
}

} // namespace

ChangeApplier::ChangeApplier(sqlite3* db, QString now)
    : m_db(db)
    , m_now(std::move(now))
    , m_rows(db) {}

void ChangeApplier::apply(const OutboxEntry& entry) {
    auto changes = readChangeset(entry.changeset);
    if (!changes)
        throw sql::Exception(SQLITE_CORRUPT, changes.error().message);
    const Write write{{entry.clock, entry.origin}, decodeSeen(entry.seen)};
    ParentTouches touches(m_rows, *changes);
    m_touches = &touches;
    for (const RowChange& change : *changes) {
        if (change.op == RowOp::Insert)
            applyInsert(change, write);
        else if (change.op == RowOp::Update)
            applyUpdate(change, write);
        else
            applyDelete(change, write);
        ++m_counts.rows;
    }
    m_touches = nullptr;
    ++m_counts.changesets;
}

void ChangeApplier::applyInsert(const RowChange& change, const Write& write) {
    const std::vector<FieldValue> row = fullRow(change.newValues);
    const std::vector<FieldValue> key = keyOf(change.primaryKey, row);
    if (m_rows.read(change.table, change.primaryKey, key))
        return; // already here (ids are unique, so it is this very row)
    try {
        insertRow(change.table, row, write.clock);
    } catch (const sql::Exception& e) {
        if (e.primaryCode() != SQLITE_CONSTRAINT)
            throw;
        recordConflict(change.table, keyText(key), QString(), textValue("existing row kept"), {},
                       textValue("new row refused: a unique value is taken"), write.clock);
        return;
    }
    reviveTouchedParents(change, write);
}

void ChangeApplier::reviveTouchedParents(const RowChange& change, const Write& write) {
    for (const auto& [parent, key] : m_touches->touch(change, write.clock)) {
        if (m_rows.read(parent, m_rows.primaryKey(parent), {textKey(key)}))
            continue;
        auto tombstone = loadTombstone(m_rows, parent, key);
        if (tombstone && !wasSeen(write.clock, tombstone->seen))
            revive(parent, key, std::move(*tombstone), write.clock);
    }
}

std::vector<std::pair<int, FieldValue>>
ChangeApplier::winningFields(const RowChange& change, const Write& write, const QString& key,
                             const std::vector<FieldValue>& current) {
    std::vector<std::pair<int, FieldValue>> winners;
    const std::vector<QString>& names = m_rows.columns(change.table);
    for (std::size_t i = 0; i < change.newValues.size() && i < names.size(); ++i) {
        if (!change.newValues[i] || change.primaryKey[i] || i >= current.size())
            continue;
        const FieldValue& incoming = *change.newValues[i];
        const WriteClock held = fieldClock(m_rows, change.table, key, names[i]);
        const bool conflicting =
            !isDerived(names[i]) && !wasSeen(held, write.seen) && current[i] != incoming;
        if (held < write.clock) {
            if (conflicting)
                recordConflict(change.table, key, names[i], incoming, write.clock, current[i],
                               held);
            winners.emplace_back(static_cast<int>(i), incoming);
            setFieldClock(m_rows, change.table, key, names[i], write.clock);
        } else if (conflicting) {
            recordConflict(change.table, key, names[i], current[i], held, incoming, write.clock);
        }
    }
    return winners;
}

void ChangeApplier::applyUpdate(const RowChange& change, const Write& write) {
    const std::vector<FieldValue> key = keyOf(change.primaryKey, change.oldValues);
    const QString keyName = keyText(key);
    if (auto row = m_rows.read(change.table, change.primaryKey, key)) {
        updateRow(change.table, key, *row, winningFields(change, write, keyName, *row),
                  write.clock);
        reviveTouchedParents(change, write);
        return;
    }
    auto tombstone = loadTombstone(m_rows, change.table, keyName);
    if (!tombstone)
        return; // never here: nothing to update
    const auto winners = winningFields(change, write, keyName, tombstone->values);
    for (const auto& [column, value] : winners)
        tombstone->values[static_cast<std::size_t>(column)] = value;
    // Only an edit that holds its field brings the row back: one that lost to a later edit the
    // deleter had seen would leave it deleted on a copy that applied both before the delete.
    if (winners.empty() || wasSeen(write.clock, tombstone->seen))
        saveTombstone(m_rows, change.table, keyName, *tombstone);
    else
        revive(change.table, keyName, std::move(*tombstone), write.clock);
}

void ChangeApplier::applyDelete(const RowChange& change, const Write& write) {
    const std::vector<FieldValue> key = keyOf(change.primaryKey, change.oldValues);
    const QString keyName = keyText(key);
    if (auto row = m_rows.read(change.table, change.primaryKey, key)) {
        for (const WriteClock& edit : fieldClocksOfRow(m_rows, change.table, keyName)) {
            if (!wasSeen(edit, write.seen)) {
                recordConflict(change.table, keyName, QString(), textValue("kept"), edit,
                               textValue("deleted"), write.clock);
                return;
            }
        }
        m_rows.remove(change.table, change.primaryKey, key);
        saveTombstone(m_rows, change.table, keyName, Tombstone{write.clock, write.seen, *row});
        return;
    }
    Tombstone merged{write.clock, write.seen, fullRow(change.oldValues)};
    if (auto earlier = loadTombstone(m_rows, change.table, keyName)) {
        // Deleted on two copies: what either deleter had seen counts as seen by a delete.
        merged.values = earlier->values;
        for (const auto& [device, clock] : earlier->seen)
            merged.seen[device] = std::max(clock, seenClock(merged.seen, device));
        merged.deleted = std::max(earlier->deleted, write.clock);
    }
    saveTombstone(m_rows, change.table, keyName, merged);
}

void ChangeApplier::revive(const QString& table, const QString& key, Tombstone tombstone,
                           const WriteClock& by) {
    insertRow(table, tombstone.values, by);
    dropTombstone(m_rows, table, key);
    recordConflict(table, key, QString(), textValue("kept"), by, textValue("deleted"),
                   tombstone.deleted);
}

void ChangeApplier::insertRow(const QString& table, std::vector<FieldValue> row,
                              const WriteClock& by) {
    for (int attempt = 0;; ++attempt) {
        try {
            m_rows.insert(table, row);
            return;
        } catch (const sql::Exception& e) {
            const UniqueClash clash = settle(e, attempt, table, row, by);
            if (clash.incoming)
                row[static_cast<std::size_t>(clash.column)] = clash.given;
        }
    }
}

void ChangeApplier::updateRow(const QString& table, const std::vector<FieldValue>& key,
                              std::vector<FieldValue> row,
                              std::vector<std::pair<int, FieldValue>> assignments,
                              const WriteClock& by) {
    for (const auto& [column, value] : assignments)
        row[static_cast<std::size_t>(column)] = value;
    for (int attempt = 0;; ++attempt) {
        try {
            m_rows.update(table, m_rows.primaryKey(table), key, assignments);
            return;
        } catch (const sql::Exception& e) {
            const UniqueClash clash = settle(e, attempt, table, row, by);
            if (!clash.incoming)
                continue;
            row[static_cast<std::size_t>(clash.column)] = clash.given;
            std::erase_if(assignments, [&](const auto& a) { return a.first == clash.column; });
            assignments.emplace_back(clash.column, clash.given);
        }
    }
}

// Called while handling a write refused with e: a refusal for a unique value another row holds
// is settled (the later row takes the marked value; the value it had is listed as the one that
// lost, the marked one as kept by the merge itself, which no device wrote); any other refusal,
// or one that keeps coming back, is thrown on.
UniqueClash ChangeApplier::settle(const sql::Exception& e, int attempt, const QString& table,
                                  const std::vector<FieldValue>& row, const WriteClock& by) {
    if (e.code() != SQLITE_CONSTRAINT_UNIQUE || attempt == kMostClashes)
        throw;
    const auto found = findUniqueClash(m_rows, table, row);
    if (!found)
        throw;
    const UniqueClash& clash = *found;
    const QString key = keyText(clash.key);
    const QString& column = m_rows.columns(table)[static_cast<std::size_t>(clash.column)];
    if (!clash.incoming)
        m_rows.update(table, m_rows.primaryKey(table), clash.key, {{clash.column, clash.given}});
    const WriteClock taker = clash.incoming ? by : fieldClock(m_rows, table, key, column);
    recordConflict(table, key, column, clash.given, WriteClock{}, clash.taken, taker);
    return clash;
}

void ChangeApplier::restoreMissingParents() {
    for (bool changed = true; changed;) {
        changed = false;
        for (const QString& table : recordedTables(m_db)) {
            for (const Reference& reference : m_rows.references(table)) {
                for (const QString& parentKey : missingParents(m_db, table, reference)) {
                    resolveOrphans(table, reference, parentKey);
                    changed = true;
                }
            }
        }
    }
    sql::Statement check(m_db, "PRAGMA foreign_key_check");
    if (check.step())
        throw sql::Exception(
            SQLITE_CONSTRAINT_FOREIGNKEY,
            QStringLiteral("%1 refers to a missing %2 record").arg(check.text(0), check.text(2)));
}

void ChangeApplier::resolveOrphans(const QString& table, const Reference& reference,
                                   const QString& parentKey) {
    auto tombstone = loadTombstone(m_rows, reference.parent, parentKey);
    if (!tombstone)
        throw sql::Exception(SQLITE_CONSTRAINT_FOREIGNKEY,
                             QStringLiteral("%1 refers to %2 %3, which this copy never had")
                                 .arg(table, reference.parent, parentKey));
    if (!isErasure(tombstone->seen)) {
        const WriteClock deleted = tombstone->deleted;
        revive(reference.parent, parentKey, std::move(*tombstone), deleted);
        return;
    }
    // An erased record never comes back: what refers to it loses the reference, or goes.
    if (!reference.required) {
        sql::Statement detach(m_db,
                              QStringLiteral("UPDATE \"%1\" SET \"%2\" = NULL WHERE \"%2\" = ?")
                                  .arg(table, reference.from));
        detach.bind(1, parentKey).exec();
        return;
    }
    sql::Statement children(
        m_db, QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" = ?").arg(table, reference.from));
    children.bind(1, parentKey);
    std::vector<std::vector<FieldValue>> rows;
    while (children.step()) {
        std::vector<FieldValue> row;
        for (int c = 0; c < children.columnCount(); ++c)
            row.push_back(FieldValue::fromColumn(children.raw(), c));
        rows.push_back(std::move(row));
    }
    const std::vector<bool>& primaryKey = m_rows.primaryKey(table);
    for (const std::vector<FieldValue>& row : rows) {
        const std::vector<FieldValue> key = keyOf(primaryKey, row);
        m_rows.remove(table, primaryKey, key);
        saveTombstone(m_rows, table, keyText(key),
                      Tombstone{tombstone->deleted, tombstone->seen, {}});
    }
}

void ChangeApplier::recordConflict(const QString& table, const QString& key, const QString& column,
                                   const FieldValue& kept, const WriteClock& keptBy,
                                   const FieldValue& lost, const WriteClock& lostBy) {
    sql::Statement q(m_db, "INSERT INTO sync_conflict (tbl, row, col, kept_value, lost_value, "
                           "kept_device, kept_hlc, lost_device, lost_hlc, recorded_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?)");
    q.bind(1, table).bind(2, key).bind(3, column);
    kept.bind(q.raw(), 4);
    lost.bind(q.raw(), 5);
    q.bind(6, keptBy.device).bind(7, keptBy.clock).bind(8, lostBy.device).bind(9, lostBy.clock);
    q.bind(10, m_now).exec();
    ++m_counts.conflicts;
}

} // namespace clientele::sync
