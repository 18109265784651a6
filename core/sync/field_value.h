#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3_value;
struct sqlite3_stmt;

namespace clientele::sync {

// One SQLite value as a changeset carries it, kept apart from any statement so that it can be
// compared, stored in a tombstone and bound again.
struct FieldValue {
    int type = 5; // SQLITE_INTEGER 1, FLOAT 2, TEXT 3, BLOB 4, NULL 5
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes; // text (UTF-8) or blob

    static FieldValue from(sqlite3_value* value);
    static FieldValue fromColumn(sqlite3_stmt* statement, int column);
    void bind(sqlite3_stmt* statement, int index) const;
    QString display() const; // for the conflict list and messages
    bool operator==(const FieldValue& other) const;
    bool operator!=(const FieldValue& other) const { return !(*this == other); }
};

// A changeset's value slot: absent when the record does not carry that column.
using MaybeValue = std::optional<FieldValue>;

// A whole row's values in column order, for tombstones.
QByteArray encodeRow(const std::vector<FieldValue>& row);
std::vector<FieldValue> decodeRow(const QByteArray& bytes);

} // namespace clientele::sync
