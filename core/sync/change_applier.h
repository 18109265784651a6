#pragma once

#include "field_clocks.h"
#include "outbox.h"
#include "table_rows.h"

#include <QString>

struct sqlite3;

namespace clientele::sync {

class ParentTouches;
struct UniqueClash;

struct ApplyCounts {
    qint64 changesets = 0;
    qint64 rows = 0;
    qint64 conflicts = 0;
};

// Applies other devices' changesets to this copy by the merge rules (see change_applier.cpp),
// inside the caller's transaction, with foreign keys off (their actions would change rows
// behind the rules' back); restoreMissingParents() then makes every reference hold again.
// Throws sql::Exception.
class ChangeApplier {
public:
    ChangeApplier(sqlite3* db, QString now);

    void apply(const OutboxEntry& entry);
    void restoreMissingParents();
    const ApplyCounts& counts() const { return m_counts; }

private:
    struct Write {
        WriteClock clock;
        SeenVector seen;
    };
    void applyInsert(const struct RowChange& change, const Write& write);
    void applyUpdate(const struct RowChange& change, const Write& write);
    void applyDelete(const struct RowChange& change, const Write& write);
    std::vector<std::pair<int, FieldValue>> winningFields(const struct RowChange& change,
                                                          const Write& write, const QString& key,
                                                          const std::vector<FieldValue>& current);
    // Writes that give way when another row holds one of their unique values (unique_clash.h).
    void insertRow(const QString& table, std::vector<FieldValue> row, const WriteClock& by);
    void updateRow(const QString& table, const std::vector<FieldValue>& key,
                   std::vector<FieldValue> row, std::vector<std::pair<int, FieldValue>> assignments,
                   const WriteClock& by);
    UniqueClash settle(const sql::Exception& e, int attempt, const QString& table,
                       const std::vector<FieldValue>& row, const WriteClock& by);
    void reviveTouchedParents(const struct RowChange& change, const Write& write);
    void resolveOrphans(const QString& table, const Reference& reference, const QString& parentKey);
    void revive(const QString& table, const QString& key, Tombstone tombstone,
                const WriteClock& by);
    void recordConflict(const QString& table, const QString& key, const QString& column,
                        const FieldValue& kept, const WriteClock& keptBy, const FieldValue& lost,
                        const WriteClock& lostBy);

    sqlite3* m_db;
    QString m_now;
    TableRows m_rows;
    ApplyCounts m_counts;
    ParentTouches* m_touches = nullptr; // of the changeset being applied
};

} // namespace clientele::sync
