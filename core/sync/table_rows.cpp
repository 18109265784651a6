#include "table_rows.h"

#include "storage/sqlite.h"

#include <QStringList>

#include <sqlite3.h>

namespace clientele::sync {

namespace {

QString quoted(const QString& name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

const std::vector<QString>& TableRows::columns(const QString& table) {
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    std::vector<QString> names;
    std::vector<bool> keys;
    sql::Statement q(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    while (q.step()) {
        names.push_back(q.text(1));
        keys.push_back(q.integer(5) > 0);
    }
    m_primaryKeys.insert(table, std::move(keys));
    return *m_columns.insert(table, std::move(names));
}

sql::Statement& TableRows::cached(const char* text) {
    return cached(QString::fromLatin1(text));
}

sql::Statement& TableRows::cached(const QString& text) {
    auto it = m_statements.find(text);
    if (it == m_statements.end())
        it = m_statements.insert(text, std::make_shared<sql::Statement>(m_db, text));
    (*it)->reset();
    return **it;
}

const std::vector<bool>& TableRows::primaryKey(const QString& table) {
    columns(table);
    return *m_primaryKeys.find(table);
}

const std::vector<Reference>& TableRows::references(const QString& table) {
    auto it = m_references.find(table);
    if (it != m_references.end())
        return *it;
    std::vector<Reference> references;
    sql::Statement keys(m_db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)));
    while (keys.step())
        references.push_back({keys.text(2), keys.text(3), keys.text(4), -1, false});
    sql::Statement info(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    for (int index = 0; info.step(); ++index)
        for (Reference& r : references)
            if (r.from == info.text(1)) {
                r.column = index;
                r.required = info.integer(3) != 0;
            }
    return *m_references.insert(table, std::move(references));
}

const std::vector<std::vector<int>>& TableRows::uniqueColumns(const QString& table) {
    auto it = m_uniques.find(table);
    if (it != m_uniques.end())
        return *it;
    QStringList indexes;
    sql::Statement list(m_db, QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table)));
    while (list.step())
        if (list.integer(2) != 0 && list.text(3) != QLatin1String("pk") && list.integer(4) == 0)
            indexes << list.text(1);
    std::vector<std::vector<int>> uniques;
    for (const QString& index : indexes) {
        std::vector<int> columns;
        sql::Statement info(m_db, QStringLiteral("PRAGMA index_info(%1)").arg(quoted(index)));
        while (info.step())
            columns.push_back(static_cast<int>(info.integer(1)));
        uniques.push_back(std::move(columns));
    }
    return *m_uniques.insert(table, std::move(uniques));
}

QString TableRows::whereKey(const QString& table, const std::vector<bool>& primaryKey) {
    const std::vector<QString>& names = columns(table);
    QStringList terms;
    for (std::size_t i = 0; i < primaryKey.size() && i < names.size(); ++i)
        if (primaryKey[i])
            terms << quoted(names[i]) + QStringLiteral(" = ?");
    return terms.join(QStringLiteral(" AND "));
}

std::optional<std::vector<FieldValue>> TableRows::read(const QString& table,
                                                       const std::vector<bool>& primaryKey,
                                                       const std::vector<FieldValue>& key) {
    sql::Statement& q = cached(QStringLiteral("SELECT * FROM %1 WHERE %2")
                                   .arg(quoted(table), whereKey(table, primaryKey)));
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i].bind(q.raw(), static_cast<int>(i) + 1);
    if (!q.step())
        return std::nullopt;
    std::vector<FieldValue> row;
    for (int c = 0; c < q.columnCount(); ++c)
        row.push_back(FieldValue::fromColumn(q.raw(), c));
    q.reset();
    return row;
}

void TableRows::insert(const QString& table, const std::vector<FieldValue>& row) {
    const std::vector<QString>& names = columns(table);
    QStringList cols, marks;
    for (std::size_t i = 0; i < row.size() && i < names.size(); ++i) {
        cols << quoted(names[i]);
        marks << QStringLiteral("?");
    }
    sql::Statement q(
        m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(quoted(table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (std::size_t i = 0; i < static_cast<std::size_t>(cols.size()); ++i)
        row[i].bind(q.raw(), static_cast<int>(i) + 1);
    q.exec();
}

void TableRows::update(const QString& table, const std::vector<bool>& primaryKey,
                       const std::vector<FieldValue>& key,
                       const std::vector<std::pair<int, FieldValue>>& assignments) {
    if (assignments.empty())
        return;
    const std::vector<QString>& names = columns(table);
    QStringList sets;
    for (const auto& [column, value] : assignments)
        sets << quoted(names[static_cast<std::size_t>(column)]) + QStringLiteral(" = ?");
    sql::Statement q(
        m_db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                  .arg(quoted(table), sets.join(QLatin1Char(',')), whereKey(table, primaryKey)));
    int index = 1;
    for (const auto& assignment : assignments)
        assignment.second.bind(q.raw(), index++);
    for (const FieldValue& k : key)
        k.bind(q.raw(), index++);
    q.exec();
}

void TableRows::remove(const QString& table, const std::vector<bool>& primaryKey,
                       const std::vector<FieldValue>& key) {
    sql::Statement q(
        m_db,
        QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(table), whereKey(table, primaryKey)));
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i].bind(q.raw(), static_cast<int>(i) + 1);
    q.exec();
}

std::vector<FieldValue> keyOf(const std::vector<bool>& primaryKey,
                              const std::vector<MaybeValue>& values) {
    std::vector<FieldValue> key;
    for (std::size_t i = 0; i < primaryKey.size() && i < values.size(); ++i)
        if (primaryKey[i])
            key.push_back(values[i].value_or(FieldValue{}));
    return key;
}

std::vector<FieldValue> keyOf(const std::vector<bool>& primaryKey,
                              const std::vector<FieldValue>& row) {
    std::vector<FieldValue> key;
    for (std::size_t i = 0; i < primaryKey.size() && i < row.size(); ++i)
        if (primaryKey[i])
            key.push_back(row[i]);
    return key;
}

QString keyText(const std::vector<FieldValue>& key) {
    QStringList parts;
    for (const FieldValue& v : key)
        parts << v.display();
    return parts.join(QLatin1Char('/'));
}

} // namespace clientele::sync
