#include "ticket_repository.h"

#include "field_checks.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"
#include "ticket_validation.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect =
    "SELECT t.id, t.customer_id, t.opened_at, t.subject, t.order_id, t.category, t.severity, "
    "t.status, t.resolution, t.resolved_at, t.satisfaction, t.notes, t.created_at, t.updated_at, "
    "c.ref, c.name, coalesce(o.number, '') FROM ticket t JOIN customer c ON c.id = t.customer_id "
    "LEFT JOIN orders o ON o.id = t.order_id ";

Result<std::vector<TicketRow>> readRows(sql::Statement& q) {
    std::vector<TicketRow> rows;
    while (q.step())
        rows.push_back(readTicketRow(q));
    return rows;
}

// What moving from `from` to the ticket's status does to it; refused off the workflow.
Status applyMove(Ticket& t, const QString& from, const QString& now) {
    if (from == t.status || !ticket_values::statuses.contains(t.status))
        return {}; // an unknown status is reported by validation
    if (!ticket_values::canMove(from, t.status))
        return Error::invalid(
            QStringLiteral("ticket \"%1\": status: it cannot go from %2 to %3 (open -> "
                           "in_progress -> resolved -> closed; resolved or closed may reopen)")
                .arg(t.subject, from, t.status));
    if (t.status == QLatin1String("resolved") && from == QLatin1String("in_progress"))
        t.resolvedAt = now;
    if (t.status == QLatin1String("open")) {
        t.resolvedAt.clear();
        t.satisfaction.reset();
    }
    return {};
}

} // namespace

const char* ticketRowSelect() {
    return kSelect;
}

TicketRow readTicketRow(const sql::Statement& q) {
    TicketRow r;
    Ticket& t = r.ticket;
    t.id = q.int64(0);
    t.customerId = q.int64(1);
    t.openedAt = q.text(2);
    t.subject = q.text(3);
    t.orderId = q.optionalInt(4);
    t.category = q.text(5);
    t.severity = q.text(6);
    t.status = q.text(7);
    t.resolution = q.text(8);
    t.resolvedAt = q.text(9);
    if (!q.isNull(10))
        t.satisfaction = q.integer(10);
    t.notes = q.text(11);
    t.createdAt = q.text(12);
    t.updatedAt = q.text(13);
    r.customerRef = q.text(14);
    r.customerName = q.text(15);
    r.orderNumber = q.text(16);
    return r;
}

TicketRepository::TicketRepository(Database& db)
    : m_db(db) {}

TicketRepository::~TicketRepository() = default;

Status TicketRepository::checkReferences(const Ticket& t) const {
    const QString what = QStringLiteral("ticket \"%1\"").arg(t.subject);
    if (!rs::rowExists(m_db, "customer", t.customerId))
        return rs::refused(what, {{QStringLiteral("customer_ref"),
                                   QStringLiteral("no customer with id %1").arg(t.customerId)}});
    if (!t.orderId)
        return {};
    sql::Statement order = m_db.prepare("SELECT customer_id, number FROM orders WHERE id = ?");
    if (!order.bind(1, *t.orderId).step())
        return rs::refused(what, {{QStringLiteral("order_number"),
                                   QStringLiteral("no order with id %1").arg(*t.orderId)}});
    if (order.optionalInt(0) != t.customerId)
        return rs::refused(
            what, {{QStringLiteral("order_number"),
                    QStringLiteral("order %1 is not this customer's").arg(order.text(1))}});
    return {};
}

Status TicketRepository::write(Ticket& t, bool insert, bool followWorkflow) {
    const QString what = QStringLiteral("ticket \"%1\"").arg(t.subject);
    rs::stamp(m_db, t.id, t.createdAt, t.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (!insert && followWorkflow) {
            auto stored = get(t.id);
            if (!stored)
                return stored.error();
            if (Status s = applyMove(t, stored->status, t.updatedAt); !s)
                return s;
        }
        if (const FieldErrors errors = validateTicket(t); !errors.empty())
            return rs::refused(what, errors);
        t.openedAt = field_checks::storedDateTime(t.openedAt);
        t.resolvedAt = field_checks::storedDateTime(t.resolvedAt);
        if (Status s = checkReferences(t); !s)
            return s;
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO ticket (id, customer_id, opened_at, subject, "
                                "order_id, category, severity, status, resolution, resolved_at, "
                                "satisfaction, notes, created_at, updated_at) VALUES (:id, "
                                ":customer_id, :opened_at, :subject, :order_id, :category, "
                                ":severity, :status, :resolution, :resolved_at, :satisfaction, "
                                ":notes, :created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE ticket SET customer_id = :customer_id, opened_at = "
                                ":opened_at, subject = :subject, order_id = :order_id, category = "
                                ":category, severity = :severity, status = :status, resolution = "
                                ":resolution, resolved_at = :resolved_at, satisfaction = "
                                ":satisfaction, notes = :notes, updated_at = :updated_at WHERE id "
                                "= :id");
        q.bind(":id", t.id);
        q.bind(":customer_id", t.customerId);
        q.bind(":opened_at", t.openedAt);
        q.bind(":subject", t.subject);
        q.bind(":order_id", t.orderId);
        q.bind(":category", t.category);
        q.bind(":severity", t.severity);
        q.bind(":status", t.status);
        q.bind(":resolution", t.resolution);
        q.bindTextOrNull(":resolved_at", t.resolvedAt);
        q.bind(":satisfaction",
               t.satisfaction ? std::optional<qint64>(*t.satisfaction) : std::nullopt);
        q.bind(":notes", t.notes);
        if (insert)
            q.bind(":created_at", t.createdAt);
        q.bind(":updated_at", t.updatedAt);
        return rs::execOne(q, {}, QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> TicketRepository::create(Ticket ticket) {
    if (Status s = write(ticket, true); !s)
        return s.error();
    return ticket.id;
}

Status TicketRepository::update(Ticket ticket) {
    return write(ticket, false);
}

Status TicketRepository::restore(const Ticket& ticket) {
    Ticket t = ticket;
    return write(t, false, false);
}

Status TicketRepository::setStatus(Id id, const QString& status) {
    auto ticket = get(id);
    if (!ticket)
        return ticket.error();
    ticket->status = status;
    return write(*ticket, false);
}

Status TicketRepository::remove(Id id) {
    return rs::removeRow(m_db, "ticket", id, QStringLiteral("ticket"));
}

Result<Ticket> TicketRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE t.id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no ticket with id %1").arg(id));
        return readTicketRow(q).ticket;
    } catch (...) {
        return describeException(QStringLiteral("reading ticket %1").arg(id));
    }
}

Result<std::vector<TicketRow>> TicketRepository::listForCustomer(Id customerId) const {
    try {
        sql::Statement q = m_db.prepare(
            QLatin1String(kSelect) +
            QStringLiteral("WHERE t.customer_id = ? ORDER BY t.opened_at DESC, t.id DESC"));
        q.bind(1, customerId);
        return readRows(q);
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's tickets"));
    }
}

Result<std::vector<TicketRow>> TicketRepository::listOpen() const {
    try {
        sql::Statement q = m_db.prepare(
            QLatin1String(kSelect) +
            QStringLiteral("WHERE t.status IN ('open', 'in_progress') ORDER BY CASE t.severity "
                           "WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 "
                           "END, t.opened_at, t.id"));
        return readRows(q);
    } catch (...) {
        return describeException(QStringLiteral("listing open tickets"));
    }
}

} // namespace clientele
