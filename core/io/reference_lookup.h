#pragma once

#include "csv_columns.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace clientele {

class Database;
namespace sql {
class Statement;
}

// Finds the ids behind keys of one kind (customer refs, skus, order numbers, campaign codes) with
// one prepared statement, remembering each answer: files name the same few records again and
// again.
class ReferenceLookup {
public:
    ReferenceLookup(Database& db, RefTable table);
    ~ReferenceLookup();

    std::optional<qint64> find(const QString& key);
    // Makes a key known (a record the import will create) with its future id.
    void remember(const QString& key, qint64 id) { m_known.insert(key, id); }

private:
    Database& m_db;
    RefTable m_table;
    std::unique_ptr<sql::Statement> m_query;
    QHash<QString, std::optional<qint64>> m_known;
};

} // namespace clientele
