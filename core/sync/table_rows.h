#pragma once

#include "field_value.h"
#include "storage/sqlite.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;

namespace clientele::sync {

// A foreign key: column `from` (at index `column`) refers to parent.to; required when NOT NULL.
struct Reference {
    QString parent;
    QString from;
    QString to;
    int column = -1;
    bool required = false;
};

// Reads and writes rows of any user table by primary key, in the column order of the table
// (which is the order of a changeset's values). Throws sql::Exception.
class TableRows {
public:
    explicit TableRows(sqlite3* db)
        : m_db(db) {}

    sqlite3* db() const { return m_db; }
    // A statement prepared once for the life of this object, reset and ready to bind: the sync
    // tables are read and written for every row of a large transaction.
    sql::Statement& cached(const char* text);

    const std::vector<QString>& columns(const QString& table);
    const std::vector<bool>& primaryKey(const QString& table);
    const std::vector<Reference>& references(const QString& table);
    // The columns (by index) of each UNIQUE constraint or index of the table, the primary key
    // and partial indexes left out.
    const std::vector<std::vector<int>>& uniqueColumns(const QString& table);
    std::optional<std::vector<FieldValue>> read(const QString& table,
                                                const std::vector<bool>& primaryKey,
                                                const std::vector<FieldValue>& key);
    void insert(const QString& table, const std::vector<FieldValue>& row);
    void update(const QString& table, const std::vector<bool>& primaryKey,
                const std::vector<FieldValue>& key,
                const std::vector<std::pair<int, FieldValue>>& assignments);
    void remove(const QString& table, const std::vector<bool>& primaryKey,
                const std::vector<FieldValue>& key);

private:
    QString whereKey(const QString& table, const std::vector<bool>& primaryKey);
    sql::Statement& cached(const QString& text);

    sqlite3* m_db;
    QHash<QString, std::vector<QString>> m_columns;
    QHash<QString, std::vector<bool>> m_primaryKeys;
    QHash<QString, std::vector<Reference>> m_references;
    QHash<QString, std::vector<std::vector<int>>> m_uniques;
    QHash<QString, std::shared_ptr<sql::Statement>> m_statements;
};

// The primary key values of a row (in column order), from a full row or a changeset record.
std::vector<FieldValue> keyOf(const std::vector<bool>& primaryKey,
                              const std::vector<MaybeValue>& values);
std::vector<FieldValue> keyOf(const std::vector<bool>& primaryKey,
                              const std::vector<FieldValue>& row);
QString keyText(const std::vector<FieldValue>& key);

} // namespace clientele::sync
