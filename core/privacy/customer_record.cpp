#include "customer_record.h"

#include "domain/customer_repository.h"
#include "io/csv_writer.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

namespace clientele {

const std::vector<CustomerRecordSection>& customerRecordSections() {
    static const std::vector<CustomerRecordSection> sections = {
        {"customer", "SELECT c.ref, c.kind, c.name, co.ref AS company_ref, c.role, "
                     "c.decision_role, c.phones, c.emails, "
                     "c.address, c.city, c.region, c.birthday, c.birthday_lunar, c.native_place, "
                     "c.education, c.occupation, "
                     "c.family, c.personality, c.hobbies, c.title, c.source, c.status, c.tier, "
                     "c.salesperson, c.tags, c.notes, "
                     "c.created_at, c.updated_at FROM customer c LEFT JOIN customer co ON co.id = "
                     "c.company_id WHERE c.id = ?1"},
        {"people", "SELECT ref, name, role, decision_role, phones, emails FROM customer WHERE "
                   "company_id = ?1"},
        {"visits", "SELECT v.occurred_at, v.kind, ct.ref AS contact_ref, v.subject, v.notes, "
                   "v.outcome, p.sku AS quoted_sku, "
                   "v.quoted_price, v.follow_up_on, v.cost FROM visit v LEFT JOIN customer ct ON "
                   "ct.id = v.contact_id "
                   "LEFT JOIN product p ON p.id = v.quoted_product_id WHERE v.customer_id = ?1 "
                   "ORDER BY v.occurred_at"},
        {"visits_as_contact",
         "SELECT v.occurred_at, v.kind, c.ref AS customer_ref, v.subject, v.notes, v.outcome FROM "
         "visit v "
         "JOIN customer c ON c.id = v.customer_id WHERE v.contact_id = ?1 ORDER BY v.occurred_at"},
        {"orders", "SELECT o.number AS order_number, o.ordered_at, o.channel, o.location, "
                   "o.salesperson, o.status, "
                   "l.line_no AS line, p.sku AS product_sku, p.name AS product_name, l.quantity, "
                   "l.unit_price, l.discount, "
                   "o.due_date, o.paid_amount, o.paid_at, o.notes FROM orders o JOIN order_line l "
                   "ON l.order_id = o.id "
                   "JOIN product p ON p.id = l.product_id WHERE o.customer_id = ?1 ORDER BY "
                   "o.ordered_at, o.number, l.line_no"},
        {"preferences",
         "SELECT category, value, sentiment, notes FROM preference WHERE customer_id = ?1"},
        {"competitors", "SELECT competitor, product, estimated_share, notes FROM "
                        "competitor_presence WHERE customer_id = ?1"},
        {"goals_and_needs",
         "SELECT kind, text, created_at FROM customer_note WHERE customer_id = ?1"},
        {"tickets", "SELECT t.opened_at, t.subject, o.number AS order_number, t.category, "
                    "t.severity, t.status, t.resolution, "
                    "t.resolved_at, t.satisfaction, t.notes FROM ticket t LEFT JOIN orders o ON "
                    "o.id = t.order_id "
                    "WHERE t.customer_id = ?1 ORDER BY t.opened_at"},
        {"tasks",
         "SELECT title, due_on, kind, recurrence, done_at, notes FROM task WHERE customer_id = ?1"},
        {"expenses",
         "SELECT spent_on, amount, category, notes FROM expense WHERE customer_id = ?1"},
        {"campaigns", "SELECT c.code, c.name, m.contacted_at FROM campaign_member m JOIN campaign "
                      "c ON c.id = m.campaign_id "
                      "WHERE m.customer_id = ?1"},
    };
    return sections;
}

namespace {

QJsonValue cellJson(const sql::Statement& q, int column) {
    switch (sqlite3_column_type(q.raw(), column)) {
    case SQLITE_NULL:
        return QJsonValue::Null;
    case SQLITE_INTEGER:
        return q.int64(column);
    case SQLITE_FLOAT:
        return q.real(column);
    default:
        return q.text(column);
    }
}

Status writeSection(Database& db, const CustomerRecordSection& section, Id id, const QString& dir,
                    QJsonObject& json, QStringList& csvPaths) {
    sql::Statement q = db.prepare(section.query);
    q.bind(1, id);
    std::vector<CsvOutputColumn> columns;
    for (int c = 0; c < q.columnCount(); ++c)
        columns.push_back({QString::fromUtf8(sqlite3_column_name(q.raw(), c)), CsvCellKind::Text});
    const QString path =
        QDir(dir).filePath(QString::fromLatin1(section.name) + QStringLiteral(".csv"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString()));
    CsvWriter csv(file, columns);
    QJsonArray rows;
    while (q.step()) {
        QJsonObject row;
        QStringList cells;
        for (int c = 0; c < q.columnCount(); ++c) {
            row.insert(columns[static_cast<std::size_t>(c)].name, cellJson(q, c));
            cells << q.text(c);
        }
        if (Status s = csv.writeRow(cells); !s)
            return s;
        rows.append(row);
    }
    if (Status s = csv.finish(); !s)
        return s;
    if (!file.commit())
        return Error::io(QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString()));
    csvPaths << path;
    if (QLatin1String(section.name) == QLatin1String("customer"))
        json.insert(QStringLiteral("customer"), rows.isEmpty() ? QJsonValue() : rows.first());
    else
        json.insert(QString::fromLatin1(section.name), rows);
    return {};
}

} // namespace

Result<CustomerExportResult> exportCustomerRecord(Database& db, const QString& ref,
                                                  const QString& dir) {
    const std::optional<Id> id = CustomerRepository(db).idForRef(ref);
    if (!id)
        return Error::notFound(QStringLiteral("no customer with ref \"%1\"").arg(ref));
    if (!QDir().mkpath(dir))
        return Error::io(QStringLiteral("%1: the folder cannot be created").arg(dir));
    CustomerExportResult result;
    QJsonObject json{{QStringLiteral("exported_at"), db.clock().nowText()},
                     {QStringLiteral("currency"), db.settings().currency},
                     {QStringLiteral("money_note"),
                      QStringLiteral("money columns are in minor units (cents/fen)")}};
    try {
        for (const CustomerRecordSection& section : customerRecordSections())
            if (Status s = writeSection(db, section, *id, dir, json, result.csvPaths); !s)
                return s.error();
    } catch (...) {
        return describeException(QStringLiteral("exporting customer %1").arg(ref));
    }
    result.jsonPath = QDir(dir).filePath(QStringLiteral("customer.json"));
    QSaveFile file(result.jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 ||
        !file.commit())
        return Error::io(QStringLiteral("%1: cannot be written").arg(result.jsonPath));
    return result;
}

} // namespace clientele
