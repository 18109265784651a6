#include "record_name.h"

#include "storage/sqlite.h"

#include <QStringList>

namespace clientele::sync {

namespace {

// Per table, the record's name and its customer, by the parts of its key.
struct Naming {
    const char* table;
    const char* query;
};

constexpr Naming kNamings[] = {
    {"customer", "SELECT c.name || ' (' || c.ref || ')', c.id FROM customer c WHERE c.id = ?"},
    {"product", "SELECT p.name || ' (' || p.sku || ')', NULL FROM product p WHERE p.id = ?"},
    {"orders", "SELECT o.number, o.customer_id FROM orders o WHERE o.id = ?"},
    {"order_line", "SELECT o.number || ' #' || l.line_no, o.customer_id FROM order_line l "
                   "JOIN orders o ON o.id = l.order_id WHERE l.id = ?"},
    {"campaign", "SELECT m.name || ' (' || m.code || ')', NULL FROM campaign m WHERE m.id = ?"},
    {"campaign_member", "SELECT m.name || ': ' || c.name || ' (' || c.ref || ')', c.id FROM "
                        "campaign_member x JOIN campaign m ON m.id = x.campaign_id JOIN customer c "
                        "ON c.id = x.customer_id WHERE x.campaign_id = ? AND x.customer_id = ?"},
    {"salesperson", "SELECT s.name, NULL FROM salesperson s WHERE s.id = ?"},
    {"task", "SELECT t.title || coalesce(': ' || c.name || ' (' || c.ref || ')', ''), c.id FROM "
             "task t LEFT JOIN customer c ON c.id = t.customer_id WHERE t.id = ?"},
    {"ticket", "SELECT c.name || ' (' || c.ref || '): ' || t.subject, c.id FROM ticket t "
               "JOIN customer c ON c.id = t.customer_id WHERE t.id = ?"},
    {"visit", "SELECT c.name || ' (' || c.ref || '): ' || coalesce(nullif(v.subject, ''), "
              "v.occurred_at), c.id FROM visit v JOIN customer c ON c.id = v.customer_id "
              "WHERE v.id = ?"},
};

bool hasColumns(sqlite3* db, const QString& table) {
    sql::Statement q(db, "SELECT count(*) FROM pragma_table_info(?) WHERE name IN ('id', "
                         "'customer_id')");
    q.bind(1, table);
    return q.step() && q.int64(0) == 2;
}

RecordName run(sql::Statement& q, const QString& row) {
    const QStringList parts = row.split(QLatin1Char('/'));
    for (int i = 0; i < parts.size(); ++i)
        q.bind(i + 1, parts[i].toLongLong());
    RecordName name;
    if (q.step()) {
        name.text = q.text(0);
        name.customer = q.isNull(1) ? 0 : q.int64(1);
        name.exists = true;
    }
    return name;
}

} // namespace

RecordName nameRecord(sqlite3* db, const QString& table, const QString& row) {
    for (const Naming& n : kNamings) {
        if (table == QLatin1String(n.table)) {
            sql::Statement q(db, n.query);
            return run(q, row);
        }
    }
    // Other records of a customer (notes, preferences, expenses) go by the customer's name.
    if (!table.contains(QLatin1Char('"')) && hasColumns(db, table)) {
        sql::Statement q(db, QStringLiteral("SELECT c.name || ' (' || c.ref || ')', c.id FROM "
                                            "\"%1\" x JOIN customer c ON c.id = x.customer_id "
                                            "WHERE x.id = ?")
                                 .arg(table));
        return run(q, row);
    }
    return {};
}

} // namespace clientele::sync
