#include "unique_clash.h"

#include "storage/sqlite.h"
#include "table_rows.h"

#include <QStringList>

#include <sqlite3.h>

namespace clientele::sync {

namespace {

constexpr qint64 kIdRandomBits = (qint64(1) << 22) - 1; // the random low bits of an id (ids.cpp)

// The row's integer id column, or -1 when its table has none to tell the later row by.
int idColumn(TableRows& rows, const QString& table, const std::vector<FieldValue>& row) {
    const std::vector<bool>& primaryKey = rows.primaryKey(table);
    int found = -1;
    for (std::size_t i = 0; i < primaryKey.size(); ++i) {
        if (!primaryKey[i])
            continue;
        if (found >= 0)
            return -1;
        found = static_cast<int>(i);
    }
    if (found < 0 || static_cast<std::size_t>(found) >= row.size() ||
        row[static_cast<std::size_t>(found)].type != SQLITE_INTEGER)
        return -1;
    return found;
}

bool isReference(TableRows& rows, const QString& table, int column) {
    for (const Reference& r : rows.references(table))
        if (r.column == column)
            return true;
    return false;
}

// The column of a unique constraint that gives way: its last text column, else its last number
// that does not refer to another row (a line number, not the order it belongs to).
int yieldingColumn(TableRows& rows, const QString& table, const std::vector<int>& columns,
                   const std::vector<FieldValue>& row) {
    for (auto it = columns.rbegin(); it != columns.rend(); ++it)
        if (row[static_cast<std::size_t>(*it)].type == SQLITE_TEXT)
            return *it;
    for (auto it = columns.rbegin(); it != columns.rend(); ++it)
        if (row[static_cast<std::size_t>(*it)].type == SQLITE_INTEGER &&
            !isReference(rows, table, *it))
            return *it;
    return -1;
}

// The value marked with the row's id: the random part of it, or (should that be taken too) all.
FieldValue marked(FieldValue value, qint64 id, bool wholeId) {
    const qint64 random = id & kIdRandomBits;
    if (value.type == SQLITE_TEXT)
        value.bytes += '~' + QByteArray::number(wholeId ? id : random, 36).toUpper();
    else
        value.integer += 1000 * (1 + (wholeId ? random : random % 1000));
    return value;
}

// The id of another row than row's holding row's values in `columns`; NULLs never clash.
std::optional<qint64> holder(TableRows& rows, const QString& table, const std::vector<int>& columns,
                             const std::vector<FieldValue>& row, int id) {
    const std::vector<QString>& names = rows.columns(table);
    QStringList terms;
    for (int c : columns) {
        if (row[static_cast<std::size_t>(c)].type == SQLITE_NULL)
            return std::nullopt;
        terms << QStringLiteral("\"%1\" = ?").arg(names[static_cast<std::size_t>(c)]);
    }
    const QString idName = names[static_cast<std::size_t>(id)];
    sql::Statement q(rows.db(), QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE %3 AND \"%1\" <> ? "
                                               "LIMIT 1")
                                    .arg(idName, table, terms.join(QStringLiteral(" AND "))));
    int index = 1;
    for (int c : columns)
        row[static_cast<std::size_t>(c)].bind(q.raw(), index++);
    row[static_cast<std::size_t>(id)].bind(q.raw(), index);
    if (!q.step())
        return std::nullopt;
    return q.int64(0);
}

} // namespace

std::optional<UniqueClash> findUniqueClash(TableRows& rows, const QString& table,
                                           const std::vector<FieldValue>& row) {
    const int id = idColumn(rows, table, row);
    if (id < 0)
        return std::nullopt;
    const qint64 mine = row[static_cast<std::size_t>(id)].integer;
    for (const std::vector<int>& columns : rows.uniqueColumns(table)) {
        const std::optional<qint64> theirs = holder(rows, table, columns, row, id);
        if (!theirs)
            continue;
        UniqueClash clash;
        clash.incoming = mine > *theirs;
        FieldValue laterId;
        laterId.type = SQLITE_INTEGER;
        laterId.integer = std::max(mine, *theirs);
        std::vector<FieldValue> later = row;
        if (!clash.incoming) {
            auto existing = rows.read(table, rows.primaryKey(table), {laterId});
            if (!existing)
                return std::nullopt;
            later = std::move(*existing);
        }
        clash.column = yieldingColumn(rows, table, columns, later);
        if (clash.column < 0)
            return std::nullopt;
        auto& value = later[static_cast<std::size_t>(clash.column)];
        clash.key = {laterId};
        clash.taken = value;
        clash.given = value = marked(clash.taken, laterId.integer, false);
        if (holder(rows, table, columns, later, id))
            clash.given = marked(clash.taken, laterId.integer, true);
        return clash;
    }
    return std::nullopt;
}

} // namespace clientele::sync
