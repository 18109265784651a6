#pragma once

#include "common/result.h"
#include "field_value.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace clientele::sync {

enum class RowOp { Insert, Update, Delete };

// One record of a session changeset. An insert carries new values of every column, a delete
// old values of every column, an update the primary key (in oldValues) and, for each column it
// changed, the old and the new value; unchanged columns are absent.
struct RowChange {
    QString table;
    RowOp op = RowOp::Insert;
    std::vector<bool> primaryKey;
    std::vector<MaybeValue> oldValues;
    std::vector<MaybeValue> newValues;

    // Primary key values joined with '/', the row's name in the sync tables.
    QString rowKey() const;
};

Result<std::vector<RowChange>> readChangeset(const QByteArray& changeset);

} // namespace clientele::sync
