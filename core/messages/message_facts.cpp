#include "message_facts.h"

#include "common/text_lists.h"
#include "domain/customer_repository.h"
#include "domain/order.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace {

// Through the customer's orders by the orders_customer index, newest first.
QString lastProductSql() {
    return QStringLiteral("SELECT p.name FROM orders o JOIN order_line l ON l.order_id = o.id "
                          "JOIN product p ON p.id = l.product_id WHERE o.customer_id = ? AND "
                          "o.status IN (%1) ORDER BY o.ordered_at DESC, o.id DESC, l.line_no "
                          "LIMIT 1")
        .arg(order_values::countedStatusesSql());
}

QString amountDueSql() {
    return QStringLiteral(
               "SELECT coalesce(sum(total - paid_amount), 0), min(due_date) FROM (SELECT "
               "o.due_date, o.paid_amount, (SELECT coalesce(sum(l.quantity * l.unit_price - "
               "l.discount), 0) FROM order_line l WHERE l.order_id = o.id) AS total "
               "FROM orders o WHERE o.customer_id = :customer AND o.due_date < :today AND "
               "o.status IN (%1)) WHERE paid_amount < total")
        .arg(order_values::countedStatusesSql());
}

} // namespace

Result<MessageFacts> readMessageFacts(Database& db, Id customerId, DayNumber today) {
    auto customer = CustomerRepository(db).get(customerId);
    if (!customer)
        return customer.error();
    MessageFacts f;
    f.customerId = customer->id;
    f.ref = customer->ref;
    f.name = customer->name;
    f.title = customer->title;
    f.salesperson = customer->salesperson;
    f.email = splitList(customer->emails).value(0);
    f.phone = splitList(customer->phones).value(0);
    try {
        sql::Statement last = db.prepare(lastProductSql());
        if (last.bind(1, customerId).step())
            f.lastProduct = last.text(0);
        sql::Statement due = db.prepare(amountDueSql());
        due.bind(":customer", customerId).bind(":today", formatIsoDate(today));
        if (due.step()) {
            f.amountDue = due.int64(0);
            f.dueSince = due.text(1);
        }
    } catch (...) {
        return describeException(QStringLiteral("reading what to write to %1").arg(f.ref));
    }
    return f;
}

} // namespace clientele
