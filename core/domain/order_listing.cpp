// The read side of OrderRepository: order lists with their totals, filtered and paged in SQL.
#include "common/dates.h"
#include "order_repository.h"
#include "search/customer_finder.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/sqlite_error.h"

#include <QStringList>

namespace clientele {

namespace {

QString revenueSql() {
    return QStringLiteral("(SELECT coalesce(sum(l.quantity * l.unit_price - l.discount), 0) "
                          "FROM order_line l WHERE l.order_id = o.id)");
}

QString selectSql() {
    return QStringLiteral(
               "SELECT o.id, o.number, o.ordered_at, o.customer_id, coalesce(c.ref, ''), "
               "coalesce(c.name, ''), o.channel, o.location, o.salesperson, o.status, o.due_date, "
               "%1 AS revenue, (SELECT coalesce(sum(l.quantity * l.unit_cost), 0) FROM order_line "
               "l WHERE l.order_id = o.id) AS cost, o.paid_amount, o.paid_at, (SELECT count(*) "
               "FROM order_line l WHERE l.order_id = o.id) AS line_count FROM orders o LEFT JOIN "
               "customer c ON c.id = o.customer_id")
        .arg(revenueSql());
}

OrderListRow readRow(const sql::Statement& q) {
    OrderListRow r;
    r.id = q.int64(0);
    r.number = q.text(1);
    r.orderedAt = q.text(2);
    r.customerId = q.optionalInt(3);
    r.customerRef = q.text(4);
    r.customerName = q.text(5);
    r.channel = q.text(6);
    r.location = q.text(7);
    r.salesperson = q.text(8);
    r.status = q.text(9);
    r.dueDate = q.text(10);
    r.revenue = q.int64(11);
    r.cost = q.int64(12);
    r.paidAmount = q.int64(13);
    r.paidAt = q.text(14);
    r.lineCount = q.integer(15);
    r.outstanding = order_values::isCounted(r.status) ? r.revenue - r.paidAmount : 0;
    return r;
}

QString sortColumn(OrderSort sort) {
    switch (sort) {
    case OrderSort::Date:
        return QStringLiteral("o.ordered_at");
    case OrderSort::Number:
        return QStringLiteral("o.number");
    case OrderSort::Customer:
        return QStringLiteral("c.name");
    case OrderSort::Status:
        return QStringLiteral("o.status");
    case OrderSort::Revenue:
        return QStringLiteral("revenue");
    case OrderSort::Profit:
        return QStringLiteral("revenue - cost");
    case OrderSort::Paid:
        return QStringLiteral("o.paid_amount");
    case OrderSort::DueDate:
        return QStringLiteral("o.due_date");
    case OrderSort::Channel:
        return QStringLiteral("o.channel");
    case OrderSort::Salesperson:
        return QStringLiteral("o.salesperson");
    case OrderSort::Lines:
        return QStringLiteral("line_count");
    }
    return QStringLiteral("o.ordered_at");
}

struct Where {
    QString sql;
    QList<QPair<QByteArray, QString>> texts;
    std::optional<Id> customerId;
    CustomerFinder::Condition find;
};

// Dates are checked here: a bad bound is the caller's input, named in the error.
Result<Where> whereFor(const OrderFilter& f) {
    Where w;
    QStringList parts;
    if (!f.from.isEmpty()) {
        auto from = parseIsoDate(f.from);
        if (!from)
            return Error::invalid(QStringLiteral("from: %1").arg(from.error().message));
        parts << QStringLiteral("o.ordered_at >= :from");
        w.texts.append({":from", formatIsoDate(*from)});
    }
    if (!f.to.isEmpty()) {
        auto to = parseIsoDate(f.to);
        if (!to)
            return Error::invalid(QStringLiteral("to: %1").arg(to.error().message));
        // Date-times of the last day sort after its bare date, so compare with the next day.
        parts << QStringLiteral("o.ordered_at < :to_next");
        w.texts.append({":to_next", formatIsoDate(*to + 1)});
    }
    const auto equals = [&](const QString& value, const char* column) {
        if (value.isEmpty())
            return;
        const QByteArray name = QByteArray(":f_") + column;
        parts << QStringLiteral("o.%1 = %2").arg(QLatin1String(column), QLatin1String(name));
        w.texts.append({name, value});
    };
    equals(f.status, "status");
    equals(f.channel, "channel");
    equals(f.location, "location");
    equals(f.salesperson, "salesperson");
    if (f.customerId) {
        parts << QStringLiteral("o.customer_id = :customer_id");
        w.customerId = f.customerId;
    }
    if (f.unpaidOnly)
        parts << QStringLiteral("o.status IN (%1) AND o.paid_amount < %2")
                     .arg(order_values::countedStatusesSql(), revenueSql());
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        // A range rather than LIKE, so the number's unique index answers the prefix; the
        // customer side reuses quick-find's condition (trigram index, phone digits).
        w.find = CustomerFinder::condition(text);
        parts << QStringLiteral("(o.number >= :number_from AND o.number < :number_to OR "
                                "o.customer_id IN (SELECT c.id FROM customer c WHERE %1))")
                     .arg(w.find.sql);
        w.texts.append({":number_from", text});
        w.texts.append({":number_to", text + QChar(0xFFFF)});
    }
    w.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return w;
}

void bindWhere(sql::Statement& q, const Where& w) {
    for (const auto& [name, value] : w.texts)
        q.bind(name.constData(), value);
    if (w.customerId)
        q.bind(":customer_id", *w.customerId);
    if (q.hasParameter(":find_match"))
        q.bind(":find_match", w.find.match);
    if (q.hasParameter(":find_text"))
        q.bind(":find_text", w.find.text);
}

} // namespace

Result<std::vector<OrderListRow>> OrderRepository::listForCustomer(Id customerId) const {
    std::vector<OrderListRow> rows;
    try {
        sql::Statement q = m_db.prepare(
            selectSql() +
            QStringLiteral(" WHERE o.customer_id = ? ORDER BY o.ordered_at DESC, o.id DESC"));
        q.bind(1, customerId);
        while (q.step())
            rows.push_back(readRow(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's orders"));
    }
    return rows;
}

Result<std::vector<OrderListRow>> OrderRepository::list(const OrderFilter& filter, OrderSort sort,
                                                        bool ascending, int offset,
                                                        int limit) const {
    auto where = whereFor(filter);
    if (!where)
        return where.error();
    std::vector<OrderListRow> rows;
    try {
        const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        sql::Statement q = m_db.prepare(
            selectSql() + QStringLiteral(" WHERE %1 ORDER BY %2 %3, o.id %3 LIMIT :limit "
                                         "OFFSET :offset")
                              .arg(where->sql, sortColumn(sort), direction));
        bindWhere(q, *where);
        q.bind(":limit", limit);
        q.bind(":offset", offset);
        while (q.step())
            rows.push_back(readRow(q));
    } catch (...) {
        return describeException(QStringLiteral("listing orders"));
    }
    return rows;
}

Result<int> OrderRepository::count(const OrderFilter& filter) const {
    auto where = whereFor(filter);
    if (!where)
        return where.error();
    try {
        sql::Statement q =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM orders o WHERE %1").arg(where->sql));
        bindWhere(q, *where);
        q.step();
        return q.integer(0);
    } catch (...) {
        return describeException(QStringLiteral("counting orders"));
    }
}

} // namespace clientele
