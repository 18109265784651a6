#include "table_import.h"

#include "common/ids.h"
#include "domain/recurrence.h"
#include "domain/ticket.h"
#include "import_run.h"
#include "reference_lookup.h"
#include "sql_cells.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QHash>

#include <map>

namespace clientele {

TableImport::TableImport(const TableSpec& spec, Database& db)
    : m_spec(spec)
    , m_db(db)
    , m_schema(schemaOf(spec.columns)) {
    for (const QString& key : spec.keys)
        m_keyColumns.push_back(columnIndex(m_schema, key));
}

int TableImport::column(const char* name) const {
    return columnIndex(m_schema, QString::fromLatin1(name));
}

void TableImport::readRow(RowCells& cells) {
    if (m_present.empty())
        for (int i = 0; i < static_cast<int>(m_spec.columns.size()); ++i)
            m_present.push_back(cells.has(i));
    Row row;
    row.line = cells.line();
    for (int i = 0; i < static_cast<int>(m_spec.columns.size()); ++i)
        row.values.push_back(cells.value(i));
    if (!cells.failed())
        checkRow(cells, row.values);
    if (!cells.failed())
        m_rows.push_back(std::move(row));
}

void TableImport::checkRow(RowCells& cells, std::vector<CellValue>& values) {
    const auto text = [&](const char* name) { return values[column(name)].text; };
    if (m_spec.kind == QLatin1String("tasks")) {
        if (auto rule = parseRecurrence(text("recurrence")); !rule)
            cells.problem(column("recurrence"), rule.error().message);
    } else if (m_spec.kind == QLatin1String("campaigns")) {
        if (!text("starts_on").isEmpty() && !text("ends_on").isEmpty() &&
            text("ends_on") < text("starts_on"))
            cells.problem(column("ends_on"), QStringLiteral("%1 is before the start, %2")
                                                 .arg(text("ends_on"), text("starts_on")));
    } else if (m_spec.kind == QLatin1String("tickets")) {
        const bool finished = ticket_values::isFinished(text("status"));
        if (!text("resolved_at").isEmpty() && !finished)
            cells.problem(
                column("resolved_at"),
                QStringLiteral("a ticket that is %1 has no resolution date").arg(text("status")));
        if (!values[column("satisfaction")].isNull() && !finished)
            cells.problem(column("satisfaction"),
                          QStringLiteral("is rated once the ticket is resolved or closed"));
    }
}

void TableImport::checkRelations(ImportRun& run, const Row& row) {
    const auto id = [&](const char* name) { return row.values[column(name)]; };
    if (m_spec.kind == QLatin1String("visits") && !id("contact_ref").isNull()) {
        sql::Statement q(m_db.handle(),
                         "SELECT k.kind, k.company_id = c.id, c.kind FROM customer k, customer c "
                         "WHERE k.id = ? AND c.id = ?");
        q.bind(1, id("contact_ref").integer).bind(2, id("customer_ref").integer);
        if (!q.step())
            return;
        if (q.text(0) != QLatin1String("person"))
            run.problems().add(row.line, QStringLiteral("contact_ref"),
                               QStringLiteral("a company, not a person"));
        else if (q.text(2) == QLatin1String("company") && q.integer(1) != 1)
            run.problems().add(row.line, QStringLiteral("contact_ref"),
                               QStringLiteral("not one of the company's people"));
    } else if (m_spec.kind == QLatin1String("tickets") && !id("order_number").isNull()) {
        sql::Statement q(m_db.handle(), "SELECT customer_id IS ? FROM orders WHERE id = ?");
        q.bind(1, id("customer_ref").integer).bind(2, id("order_number").integer);
        if (q.step() && q.integer(0) != 1)
            run.problems().add(row.line, QStringLiteral("order_number"),
                               QStringLiteral("the order is not this customer's"));
    }
}

QString TableImport::keyOf(const Row& row) const {
    QString key;
    for (int k : m_keyColumns) {
        const CellValue& v = row.values[static_cast<std::size_t>(k)];
        key += v.kind == CellValue::Kind::Integer ? QString::number(v.integer) : v.text;
        key += u'\x1f';
    }
    return key;
}

void TableImport::check(ImportRun& run) {
    std::map<RefTable, std::unique_ptr<ReferenceLookup>> lookups;
    for (Row& row : m_rows) {
        bool resolved = true;
        for (std::size_t i = 0; i < m_spec.columns.size(); ++i) {
            const ColumnSpec& spec = m_spec.columns[i];
            CellValue& value = row.values[i];
            if (spec.type != CellType::Reference || value.isNull())
                continue;
            auto& lookup = lookups[spec.ref];
            if (!lookup)
                lookup = std::make_unique<ReferenceLookup>(m_db, spec.ref);
            if (auto id = lookup->find(value.text))
                value = CellValue::ofInteger(*id);
            else {
                resolved = false;
                run.problems().add(row.line, spec.name,
                                   QStringLiteral("no %1 \"%2\" in the database")
                                       .arg(refNoun(spec.ref), value.text));
            }
        }
        if (resolved)
            checkRelations(run, row);
    }
    if (m_keyColumns.empty()) {
        run.summary().created += static_cast<qint64>(m_rows.size());
        return;
    }
    QStringList where;
    for (int k : m_keyColumns)
        where << m_spec.columns[static_cast<std::size_t>(k)].sqlColumn + QStringLiteral(" IS ?");
    sql::Statement exists(m_db.handle(),
                          QStringLiteral("SELECT 1 FROM %1 WHERE %2")
                              .arg(m_spec.table, where.join(QStringLiteral(" AND "))));
    QHash<QString, int> firstLine;
    const QString keyNames = m_spec.keys.join(QStringLiteral(" + "));
    for (Row& row : m_rows) {
        const QString key = keyOf(row);
        if (auto seen = firstLine.constFind(key); seen != firstLine.constEnd()) {
            run.problems().add(row.line, m_spec.keys.first(),
                               QStringLiteral("the same %1 as line %2").arg(keyNames).arg(*seen));
            continue;
        }
        firstLine.insert(key, row.line);
        int position = 1;
        for (int k : m_keyColumns)
            bindCell(exists, position++, row.values[static_cast<std::size_t>(k)]);
        const bool found = exists.step();
        exists.reset();
        if (!found) {
            ++run.summary().created;
            continue;
        }
        switch (run.options().onDuplicate) {
        case OnDuplicate::Error:
            run.problems().add(row.line, m_spec.keys.first(),
                               QStringLiteral("a record with this %1 already exists (use "
                                              "--on-duplicate skip or update)")
                                   .arg(keyNames));
            break;
        case OnDuplicate::Skip:
            row.action = Action::Skip;
            ++run.summary().skipped;
            break;
        case OnDuplicate::Update:
            row.action = Action::Update;
            ++run.summary().updated;
            break;
        }
    }
}

Status TableImport::apply(ImportRun& run) {
    if (m_rows.empty())
        return {};
    QStringList insertColumns, insertValues, sets, where;
    std::vector<bool> updated(m_spec.columns.size(), false); // the columns an update sets
    if (m_spec.hasId) {
        insertColumns << QStringLiteral("id");
        insertValues << QStringLiteral("?");
    }
    for (std::size_t i = 0; i < m_spec.columns.size(); ++i) {
        const ColumnSpec& spec = m_spec.columns[i];
        insertColumns << spec.sqlColumn;
        insertValues << QStringLiteral("?");
        const bool isKey = m_spec.keys.contains(spec.name);
        if (isKey)
            where << spec.sqlColumn + QStringLiteral(" IS ?");
        else if (m_present[i])
            sets << spec.sqlColumn + QStringLiteral(" = ?");
        updated[i] = !isKey && m_present[i];
    }
    if (m_spec.hasTimestamps) {
        insertColumns << QStringLiteral("created_at") << QStringLiteral("updated_at");
        insertValues << QStringLiteral("?") << QStringLiteral("?");
        sets << QStringLiteral("updated_at = ?");
    }
    sql::Statement insert(
        m_db.handle(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(m_spec.table, insertColumns.join(u','), insertValues.join(u',')));
    std::unique_ptr<sql::Statement> update;
    if (!sets.isEmpty() && !where.isEmpty())
        update = std::make_unique<sql::Statement>(
            m_db.handle(),
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(m_spec.table, sets.join(u','), where.join(QStringLiteral(" AND "))));
    qint64 done = 0;
    for (const Row& row : m_rows) {
        if (row.action == Action::Create) {
            int p = 1;
            if (m_spec.hasId)
                insert.bind(p++, newId());
            for (const CellValue& v : row.values)
                bindCell(insert, p++, v);
            if (m_spec.hasTimestamps) {
                insert.bind(p++, run.now());
                insert.bind(p++, run.now());
            }
            insert.exec();
            insert.reset();
        } else if (row.action == Action::Update && update) {
            int p = 1;
            for (std::size_t i = 0; i < m_spec.columns.size(); ++i)
                if (updated[i])
                    bindCell(*update, p++, row.values[i]);
            if (m_spec.hasTimestamps)
                update->bind(p++, run.now());
            for (int k : m_keyColumns)
                bindCell(*update, p++, row.values[static_cast<std::size_t>(k)]);
            update->exec();
            update->reset();
        }
        if (++done % 1024 == 0 && !run.written(done))
            return Error::cancelled();
    }
    return {};
}

} // namespace clientele
