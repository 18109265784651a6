// The agenda's sections that read orders and tickets. Order totals come from the lines of one
// order at a time (the order_line (order_id, line_no) key), never from a scan of all lines.
#include "agenda.h"
#include "domain/order.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace {

QString greetSql() {
    // The year's orders through their date index, then each one's lines: walking the active
    // customers' orders instead reads the whole file in customer order, several times slower.
    return QStringLiteral(
               "SELECT c.id, c.ref, c.name, r.revenue FROM (SELECT o.customer_id AS cid, "
               "sum(l.quantity * l.unit_price - l.discount) AS revenue "
               "FROM orders o INDEXED BY orders_date CROSS JOIN order_line l ON l.order_id = o.id "
               "WHERE o.ordered_at >= :from AND o.ordered_at < :to AND o.status IN (%1) "
               "GROUP BY o.customer_id) r JOIN customer c ON c.id = r.cid "
               "WHERE c.status = 'active' ORDER BY r.revenue DESC, c.id LIMIT :limit")
        .arg(order_values::countedStatusesSql());
}

QString paymentsSql() {
    return QStringLiteral(
               "SELECT o.id, o.number, coalesce(o.customer_id, 0), coalesce(c.ref, ''), "
               "coalesce(c.name, ''), o.due_date, o.paid_amount, "
               "(SELECT coalesce(sum(l.quantity * l.unit_price - l.discount), 0) "
               "FROM order_line l WHERE l.order_id = o.id) AS total "
               "FROM orders o LEFT JOIN customer c ON c.id = o.customer_id "
               "WHERE o.due_date < :today AND o.status IN (%1) AND o.paid_amount < total "
               "ORDER BY o.due_date, o.id")
        .arg(order_values::countedStatusesSql());
}

const char* const kTicketsSql =
    "SELECT t.id, t.subject, t.severity, t.status, t.opened_at, c.id, c.ref, c.name "
    "FROM ticket t JOIN customer c ON c.id = t.customer_id "
    "WHERE t.status IN ('open', 'in_progress') ORDER BY t.opened_at, t.id";

AgendaCustomer customerAt(const sql::Statement& q, int column) {
    return {q.int64(column), q.text(column + 1), q.text(column + 2)};
}

} // namespace

QStringList agendaQueries() {
    return {greetSql(), paymentsSql(), QString::fromLatin1(kTicketsSql)};
}

Result<std::vector<GreetCandidate>> readGreetCandidates(Database& db, DayNumber today) {
    try {
        sql::Statement q = db.prepare(greetSql());
        q.bind(":from", formatIsoDate(today - agenda_limits::greetDays + 1));
        q.bind(":to", formatIsoDate(today + 1));
        q.bind(":limit", agenda_limits::greetCount);
        std::vector<GreetCandidate> out;
        while (q.step())
            out.push_back({customerAt(q, 0), q.int64(3)});
        return out;
    } catch (...) {
        return describeException(QStringLiteral("choosing customers to greet"));
    }
}

Result<std::vector<OverduePayment>> readOverduePayments(Database& db, DayNumber today) {
    try {
        sql::Statement q = db.prepare(paymentsSql());
        q.bind(":today", formatIsoDate(today));
        std::vector<OverduePayment> out;
        while (q.step()) {
            OverduePayment p;
            p.orderId = q.int64(0);
            p.number = q.text(1);
            p.customer = customerAt(q, 2);
            p.due = dayOfStoredDate(q.text(5));
            p.daysOverdue = today - p.due;
            p.paid = q.int64(6);
            p.total = q.int64(7);
            p.amountDue = p.total - p.paid;
            out.push_back(std::move(p));
        }
        return out;
    } catch (...) {
        return describeException(QStringLiteral("listing overdue payments"));
    }
}

Result<std::vector<OpenTicket>> readOpenTickets(Database& db, DayNumber today) {
    try {
        sql::Statement q = db.prepare(kTicketsSql);
        std::vector<OpenTicket> out;
        while (q.step()) {
            OpenTicket t;
            t.id = q.int64(0);
            t.subject = q.text(1);
            t.severity = q.text(2);
            t.status = q.text(3);
            t.openedAt = q.text(4);
            t.daysOpen = today - dayOfStoredDate(t.openedAt);
            t.customer = customerAt(q, 5);
            out.push_back(std::move(t));
        }
        return out;
    } catch (...) {
        return describeException(QStringLiteral("listing open tickets"));
    }
}

} // namespace clientele
