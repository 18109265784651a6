#pragma once

#include "field_value.h"
#include "sync_state.h"

#include <QString>

#include <optional>
#include <tuple>
#include <vector>

namespace clientele::sync {

class TableRows;

// The write that set a value: its clock and device. Later (larger) wins; the device id breaks
// ties, so every copy picks the same winner.
struct WriteClock {
    qint64 clock = 0;
    qint64 device = 0;
    bool operator<(const WriteClock& o) const {
        return std::tie(clock, device) < std::tie(o.clock, o.device);
    }
    bool isInsert() const { return clock == 0; }
};

// A write w was seen by a device whose seen vector is `seen` when w.clock is within it.
inline bool wasSeen(const WriteClock& write, const SeenVector& seen) {
    return write.isInsert() || write.clock <= seenClock(seen, write.device);
}

// Throw sql::Exception.
WriteClock fieldClock(TableRows& rows, const QString& table, const QString& row,
                      const QString& column);
void setFieldClock(TableRows& rows, const QString& table, const QString& row, const QString& column,
                   const WriteClock& write);
std::vector<WriteClock> fieldClocksOfRow(TableRows& rows, const QString& table, const QString& row);

struct Tombstone {
    WriteClock deleted;
    SeenVector seen; // what the deleting device had applied: edits beyond it bring the row back
    std::vector<FieldValue> values;
};

std::optional<Tombstone> loadTombstone(TableRows& rows, const QString& table, const QString& row);
void saveTombstone(TableRows& rows, const QString& table, const QString& row, const Tombstone& t);
void dropTombstone(TableRows& rows, const QString& table, const QString& row);

} // namespace clientele::sync
