#include "changeset_rows.h"

#include "storage/sqlite_session.h"

#include <QStringList>

namespace clientele::sync {

namespace {

std::vector<MaybeValue> valuesOf(sqlite3_changeset_iter* it, int columns, bool newValues) {
    std::vector<MaybeValue> values(static_cast<std::size_t>(columns));
    for (int i = 0; i < columns; ++i) {
        sqlite3_value* value = nullptr;
        const int rc =
            newValues ? sqlite3changeset_new(it, i, &value) : sqlite3changeset_old(it, i, &value);
        if (rc == SQLITE_OK && value)
            values[static_cast<std::size_t>(i)] = FieldValue::from(value);
    }
    return values;
}

Status readRecord(sqlite3_changeset_iter* it, RowChange& change) {
    const char* table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK || !table)
        return Error::invalid(QStringLiteral("a change record cannot be read"));
    change.table = QString::fromUtf8(table);
    change.op =
        op == SQLITE_INSERT ? RowOp::Insert : (op == SQLITE_DELETE ? RowOp::Delete : RowOp::Update);
    unsigned char* pk = nullptr;
    int pkColumns = 0;
    sqlite3changeset_pk(it, &pk, &pkColumns);
    for (int i = 0; i < pkColumns; ++i)
        change.primaryKey.push_back(pk[i] != 0);
    if (change.op != RowOp::Insert)
        change.oldValues = valuesOf(it, columns, false);
    if (change.op != RowOp::Delete)
        change.newValues = valuesOf(it, columns, true);
    return {};
}

} // namespace

QString RowChange::rowKey() const {
    const std::vector<MaybeValue>& values = op == RowOp::Insert ? newValues : oldValues;
    QStringList parts;
    for (std::size_t i = 0; i < primaryKey.size() && i < values.size(); ++i)
        if (primaryKey[i] && values[i])
            parts << values[i]->display();
    return parts.join(QLatin1Char('/'));
}

Result<std::vector<RowChange>> readChangeset(const QByteArray& changeset) {
    std::vector<RowChange> changes;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, static_cast<int>(changeset.size()),
                               const_cast<char*>(changeset.constData())) != SQLITE_OK)
        return Error::invalid(QStringLiteral("a changeset cannot be read"));
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) {
        RowChange change;
        if (Status read = readRecord(it, change); !read) {
            sqlite3changeset_finalize(it);
            return read.error();
        }
        changes.push_back(std::move(change));
    }
    const int finalRc = sqlite3changeset_finalize(it);
    if (rc != SQLITE_DONE || finalRc != SQLITE_OK)
        return Error::invalid(QStringLiteral("a changeset is damaged"));
    return changes;
}

} // namespace clientele::sync
