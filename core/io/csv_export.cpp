#include "csv_export.h"

#include "common/dates.h"
#include "common/money.h"
#include "csv_values.h"
#include "domain/order.h"
#include "domain/stock.h"
#include "import_kind.h"
#include "kind_specs.h"
#include "profitability_export.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace {

// One export: its columns (names and how to write each) and the query giving them in order.
// The query may use :from, :to (YYYY-MM-DD) and :today; %1 stands for its date conditions.
struct ExportQuery {
    ColumnSpecs columns;
    QString sql;
    QString dateExpression; // what --from / --to compare with; empty: not dated
};

ColumnSpec out(const char* name, CellType type = CellType::Text) {
    ColumnSpec c;
    c.name = QLatin1String(name);
    c.type = type;
    return c;
}

ExportQuery tableQuery(const TableSpec& spec) {
    QStringList selected;
    for (const ColumnSpec& c : spec.columns) {
        QString value = QStringLiteral("t.") + c.sqlColumn;
        if (!c.exportSql.isEmpty())
            value = c.exportSql;
        else if (c.type == CellType::Reference)
            value = QStringLiteral("(SELECT %1 FROM %2 WHERE id = t.%3)")
                        .arg(QLatin1String(refKeyColumn(c.ref)), QLatin1String(refTableName(c.ref)),
                             c.sqlColumn);
        selected << QStringLiteral("%1 AS \"%2\"").arg(value, c.name);
    }
    return {spec.columns,
            QStringLiteral("SELECT %1 FROM %2 t WHERE 1 %3 ORDER BY %4")
                .arg(selected.join(QStringLiteral(", ")), spec.table, QStringLiteral("%1"),
                     spec.exportOrder),
            spec.dateColumn};
}

// Orders first (CROSS JOIN keeps that order), read through their date index, then each order's
// lines through (order_id, line_no): SQLite then sorts only orders of the same date by number,
// instead of sorting every line of the ledger in memory (temp_store is MEMORY), which took
// hundreds of megabytes for a few million lines.
const char* const kLineJoins =
    " FROM orders o CROSS JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = "
    "l.product_id LEFT JOIN customer c ON c.id = o.customer_id ";

ExportQuery salesQuery() {
    return {salesColumns(),
            QStringLiteral("SELECT o.number, o.ordered_at, c.ref, p.sku, l.quantity, l.unit_price, "
                           "c.name, p.name, p.category, l.unit_cost, l.discount, o.channel, "
                           "o.location, o.salesperson, o.status, "
                           "(SELECT code FROM campaign WHERE id = o.campaign_id)") +
                QLatin1String(kLineJoins) +
                QStringLiteral("WHERE 1 %1 ORDER BY o.ordered_at, o.number, l.line_no"),
            QStringLiteral("o.ordered_at")};
}

ExportQuery ledgerQuery() {
    return {{out("date", CellType::Date), out("order_number", CellType::Key),
             out("customer_ref", CellType::Key), out("customer_name"), out("sku", CellType::Key),
             out("product"), out("category"), out("quantity", CellType::Integer),
             out("unit_price", CellType::Money), out("net_amount", CellType::Money),
             out("unit_cost", CellType::Money), out("line_cost", CellType::Money),
             out("line_profit", CellType::Money), out("channel"), out("location"),
             out("salesperson"), out("status")},
            QStringLiteral("SELECT substr(o.ordered_at, 1, 10), o.number, c.ref, c.name, p.sku, "
                           "p.name, p.category, l.quantity, l.unit_price, "
                           "l.quantity * l.unit_price - l.discount, l.unit_cost, "
                           "l.quantity * l.unit_cost, "
                           "l.quantity * (l.unit_price - l.unit_cost) - l.discount, o.channel, "
                           "o.location, o.salesperson, o.status") +
                QLatin1String(kLineJoins) +
                QStringLiteral("WHERE 1 %1 ORDER BY o.ordered_at, o.number, l.line_no"),
            QStringLiteral("o.ordered_at")};
}

ExportQuery receivablesQuery() {
    return {{out("order_number", CellType::Key), out("ordered_at", CellType::DateTime),
             out("customer_ref", CellType::Key), out("customer_name"), out("status"),
             out("due_date", CellType::Date), out("amount", CellType::Money),
             out("paid_amount", CellType::Money), out("outstanding", CellType::Money),
             out("days_overdue", CellType::Integer)},
            QStringLiteral(
                "SELECT o.number, o.ordered_at, c.ref, c.name, o.status, o.due_date, r.revenue, "
                "o.paid_amount, r.revenue - o.paid_amount, "
                "CASE WHEN o.due_date < :today THEN CAST(julianday(:today) - "
                "julianday(o.due_date) AS INTEGER) ELSE 0 END "
                "FROM orders o JOIN (SELECT order_id, sum(quantity * unit_price - discount) AS "
                "revenue FROM order_line GROUP BY order_id) r ON r.order_id = o.id "
                "LEFT JOIN customer c ON c.id = o.customer_id WHERE o.status IN (%2) AND "
                "o.paid_amount < r.revenue %1 ORDER BY o.ordered_at, o.number")
                .arg(QStringLiteral("%1"), order_values::countedStatusesSql()),
            QStringLiteral("o.ordered_at")};
}

// The stock on hand (domain/stock.h), which sales may have taken below zero.
ExportQuery stockQuery() {
    return {{out("sku", CellType::Key), out("name"), out("category"),
             out("stock", CellType::Integer), out("reorder_level", CellType::Integer),
             out("below_reorder", CellType::Bool)},
            QStringLiteral("SELECT sku, name, category, on_hand, reorder_level, on_hand < "
                           "reorder_level FROM (SELECT p.sku, p.name, p.category, %1 AS on_hand, "
                           "p.reorder_level FROM product p) WHERE 1 %2 ORDER BY sku")
                .arg(onHandSql(QStringLiteral("p")), QStringLiteral("%1")),
            {}};
}

Result<ExportQuery> queryFor(const QString& kind) {
    if (const TableSpec* spec = tableSpec(kind))
        return tableQuery(*spec);
    if (kind == QLatin1String("sales"))
        return salesQuery();
    if (kind == QLatin1String("ledger"))
        return ledgerQuery();
    if (kind == QLatin1String("receivables"))
        return receivablesQuery();
    if (kind == QLatin1String("stock"))
        return stockQuery();
    return Error::usage(QStringLiteral("unknown kind \"%1\" (the kinds are: %2)")
                            .arg(kind, exportKindNames().join(QStringLiteral(", "))));
}

QString cellText(const sql::Statement& q, int i, CellType type, int minorDigits) {
    if (q.isNull(i))
        return {};
    switch (type) {
    case CellType::Money:
        return formatMoneyFixed(q.int64(i), minorDigits);
    case CellType::Integer:
        return QString::number(q.int64(i));
    case CellType::Bool:
        return formatBoolCell(q.int64(i) != 0);
    case CellType::Ratio:
        return formatRatioCell(q.real(i));
    default:
        return q.text(i);
    }
}

// formatMoneyFixed() into bytes, without a QString per cell.
void formatMoneyInto(qint64 minor, int minorDigits, std::string& out) {
    const bool negative = minor < 0;
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    char digits[32];
    int n = 0;
    for (int d = 0; d <= minorDigits || magnitude > 0; ++d) {
        if (d == minorDigits && minorDigits > 0)
            digits[n++] = '.';
        digits[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    }
    out.clear();
    if (negative)
        out += '-';
    while (n > 0)
        out += digits[--n];
}

// The cell as UTF-8 bytes: SQLite's own text where it is text, else formatted into scratch.
std::string_view cellBytes(const sql::Statement& q, int i, CellType type, int minorDigits,
                           std::string& scratch) {
    if (q.isNull(i))
        return {};
    switch (type) {
    case CellType::Money:
        formatMoneyInto(q.int64(i), minorDigits, scratch);
        return scratch;
    case CellType::Integer:
        scratch = std::to_string(q.int64(i));
        return scratch;
    case CellType::Bool:
    case CellType::Ratio:
        scratch = cellText(q, i, type, minorDigits).toStdString();
        return scratch;
    default:
        return q.utf8(i);
    }
}

// Computed by the analysis engine rather than read with one query.
const QString kCustomerProfitability = QStringLiteral("customer-profitability");

} // namespace

QStringList exportKindNames() {
    QStringList kinds = importKindNames();
    kinds << QStringLiteral("stock") << QStringLiteral("ledger") << QStringLiteral("receivables")
          << kCustomerProfitability;
    return kinds;
}

bool isDatedExport(const QString& kind) {
    if (kind == kCustomerProfitability)
        return true;
    auto query = queryFor(kind);
    return query && !query->dateExpression.isEmpty();
}

Status checkExportRequest(const QString& kind, const ExportOptions& options) {
    if (kind == kCustomerProfitability)
        return {};
    auto query = queryFor(kind);
    if (!query)
        return query.error();
    if ((!options.from.isEmpty() || !options.to.isEmpty()) && query->dateExpression.isEmpty())
        return Error::usage(
            QStringLiteral("%1 has no dates: --from and --to do not apply").arg(kind));
    return {};
}

Status exportCsv(Database& db, const QString& kind, QIODevice& device,
                 const ExportOptions& options) {
    if (Status possible = checkExportRequest(kind, options); !possible)
        return possible;
    if (kind == kCustomerProfitability)
        return exportCustomerProfitability(db, device, options);
    auto query = queryFor(kind);
    try {
        QStringList conditions;
        if (!options.from.isEmpty())
            conditions
                << QStringLiteral("AND substr(%1, 1, 10) >= :from").arg(query->dateExpression);
        if (!options.to.isEmpty())
            conditions << QStringLiteral("AND substr(%1, 1, 10) <= :to").arg(query->dateExpression);
        sql::Statement q(db.handle(), query->sql.arg(conditions.join(u' ')));
        if (!options.from.isEmpty())
            q.bind(":from", options.from);
        if (!options.to.isEmpty())
            q.bind(":to", options.to);
        if (q.hasParameter(":today"))
            q.bind(":today", formatIsoDate(db.clock().today()));
        CsvWriter writer(device, outputColumnsOf(query->columns), options.writer);
        const int minorDigits = db.settings().minorDigits;
        const int columns = static_cast<int>(query->columns.size());
        std::vector<std::string_view> cells(static_cast<std::size_t>(columns));
        std::vector<std::string> scratch(static_cast<std::size_t>(columns));
        qint64 rows = 0;
        while (q.step()) {
            for (std::size_t i = 0; i < cells.size(); ++i)
                cells[i] = cellBytes(q, static_cast<int>(i), query->columns[i].type, minorDigits,
                                     scratch[i]);
            if (Status s = writer.writeRow(cells); !s)
                return s;
            if (++rows % 4096 == 0 && !reportProgress(options.progress, rows, 0))
                return Error::cancelled();
        }
        return writer.finish();
    } catch (...) {
        return describeException(QStringLiteral("exporting %1").arg(kind));
    }
}

} // namespace clientele
