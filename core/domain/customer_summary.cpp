#include "customer_summary.h"

#include "order.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace {

// One statement; the counted orders are found through the orders_customer index.
QString summarySql() {
    return QStringLiteral(
               "WITH counted AS (SELECT o.ordered_at, o.paid_amount, "
               "(SELECT coalesce(sum(l.quantity * l.unit_price - l.discount), 0) FROM order_line l "
               "WHERE l.order_id = o.id) AS revenue, "
               "(SELECT coalesce(sum(l.quantity * l.unit_cost), 0) FROM order_line l "
               "WHERE l.order_id = o.id) AS cost "
               "FROM orders o WHERE o.customer_id = :c AND o.status IN (%1)) "
               "SELECT count(*), coalesce(sum(revenue), 0), coalesce(sum(cost), 0), "
               "coalesce(sum(revenue - paid_amount), 0), min(ordered_at), max(ordered_at), "
               "(SELECT count(*) FROM task WHERE customer_id = :c AND done_at IS NULL), "
               "(SELECT count(*) FROM ticket WHERE customer_id = :c AND status IN ('open', "
               "'in_progress')) FROM counted")
        .arg(order_values::countedStatusesSql());
}

} // namespace

Result<CustomerSummary> readCustomerSummary(const Database& db, Id customerId, DayNumber asOf) {
    try {
        sql::Statement exists = db.prepare("SELECT 1 FROM customer WHERE id = ?");
        if (!exists.bind(1, customerId).step())
            return Error::notFound(QStringLiteral("no customer with id %1").arg(customerId));
        sql::Statement q = db.prepare(summarySql());
        q.bind(":c", customerId);
        q.step();
        CustomerSummary s;
        s.orders = q.integer(0);
        s.revenue = q.int64(1);
        s.cost = q.int64(2);
        s.profit = s.revenue - s.cost;
        s.outstanding = q.int64(3);
        s.firstOrder = q.text(4).left(10);
        s.lastOrder = q.text(5).left(10);
        if (!s.lastOrder.isEmpty())
            s.daysSinceLast = asOf - dayOfStoredDate(s.lastOrder);
        s.openTasks = q.integer(6);
        s.openTickets = q.integer(7);
        return s;
    } catch (...) {
        return describeException(QStringLiteral("summarising customer %1").arg(customerId));
    }
}

} // namespace clientele
