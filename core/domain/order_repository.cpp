#include "order_repository.h"

#include "field_checks.h"
#include "order_stock.h"
#include "order_validation.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kInsert =
    "INSERT INTO orders (id, number, ordered_at, customer_id, channel, location, salesperson, "
    "status, campaign_id, due_date, paid_amount, paid_at, notes, created_at, updated_at) VALUES "
    "(:id, :number, :ordered_at, :customer_id, :channel, :location, :salesperson, :status, "
    ":campaign_id, :due_date, :paid_amount, :paid_at, :notes, :created_at, :updated_at)";

const char* const kUpdate =
    "UPDATE orders SET number = :number, ordered_at = :ordered_at, customer_id = :customer_id, "
    "channel = :channel, location = :location, salesperson = :salesperson, status = :status, "
    "campaign_id = :campaign_id, due_date = :due_date, paid_amount = :paid_amount, paid_at = "
    ":paid_at, notes = :notes, updated_at = :updated_at WHERE id = :id";

void bindOrder(sql::Statement& q, const Order& o, bool insert) {
    q.bind(":id", o.id);
    q.bind(":number", o.number);
    q.bind(":ordered_at", o.orderedAt);
    q.bind(":customer_id", o.customerId);
    q.bind(":channel", o.channel);
    q.bind(":location", o.location);
    q.bind(":salesperson", o.salesperson);
    q.bind(":status", o.status);
    q.bind(":campaign_id", o.campaignId);
    q.bindTextOrNull(":due_date", o.dueDate);
    q.bind(":paid_amount", qint64{o.paidAmount});
    q.bindTextOrNull(":paid_at", o.paidAt);
    q.bind(":notes", o.notes);
    if (insert)
        q.bind(":created_at", o.createdAt);
    q.bind(":updated_at", o.updatedAt);
}

Order readOrder(const sql::Statement& q) {
    Order o;
    o.id = q.int64(0);
    o.number = q.text(1);
    o.orderedAt = q.text(2);
    o.customerId = q.optionalInt(3);
    o.channel = q.text(4);
    o.location = q.text(5);
    o.salesperson = q.text(6);
    o.status = q.text(7);
    o.campaignId = q.optionalInt(8);
    o.dueDate = q.text(9);
    o.paidAmount = q.int64(10);
    o.paidAt = q.text(11);
    o.notes = q.text(12);
    o.createdAt = q.text(13);
    o.updatedAt = q.text(14);
    return o;
}

} // namespace

OrderRepository::OrderRepository(Database& db)
    : m_db(db)
    , m_stock(std::make_unique<OrderStock>(db)) {}

OrderRepository::~OrderRepository() = default;

// Also captures each line's cost: a line saved without one takes the product's cost of today.
Status OrderRepository::checkReferences(Order& o) {
    const QString what = QStringLiteral("order %1").arg(o.number);
    sql::Statement& customer =
        rs::cached(m_db, m_customerExists, "SELECT 1 FROM customer WHERE id = ?");
    if (!rs::firstInt(customer.bind(1, *o.customerId)))
        return rs::refused(what, {{QStringLiteral("customer_ref"),
                                   QStringLiteral("no customer with id %1").arg(*o.customerId)}});
    if (o.campaignId && !rs::rowExists(m_db, "campaign", *o.campaignId))
        return rs::refused(what, {{QStringLiteral("campaign"),
                                   QStringLiteral("no campaign with id %1").arg(*o.campaignId)}});
    for (OrderLine& line : o.lines) {
        sql::Statement& cost =
            rs::cached(m_db, m_productCost, "SELECT unit_cost FROM product WHERE id = ?");
        const std::optional<qint64> current = rs::firstInt(cost.bind(1, line.productId));
        if (!current)
            return rs::refused(what, {{QStringLiteral("product_sku"),
                                       QStringLiteral("line %1: no product with id %2")
                                           .arg(line.lineNo)
                                           .arg(line.productId)}});
        if (!line.unitCost)
            line.unitCost = *current;
    }
    return {};
}

void OrderRepository::writeLines(const Order& o) {
    for (const OrderLine& line : o.lines) {
        sql::Statement& q = rs::cached(
            m_db, m_insertLine,
            "INSERT INTO order_line (id, order_id, line_no, product_id, quantity, unit_price, "
            "unit_cost, discount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, line.id)
            .bind(2, o.id)
            .bind(3, line.lineNo)
            .bind(4, line.productId)
            .bind(5, line.quantity)
            .bind(6, qint64{line.unitPrice})
            .bind(7, qint64{line.unitCost.value_or(0)})
            .bind(8, qint64{line.discount});
        q.exec();
        q.reset();
    }
}

Status OrderRepository::write(Order& o, bool insert) {
    const QString what = QStringLiteral("order %1").arg(o.number);
    if (const FieldErrors errors = validateOrder(o); !errors.empty())
        return rs::refused(what, errors);
    o.orderedAt = field_checks::storedDateTime(o.orderedAt);
    o.paidAt = field_checks::storedDateTime(o.paidAt);
    rs::stamp(m_db, o.id, o.createdAt, o.updatedAt, insert);
    int position = 0;
    for (OrderLine& line : o.lines) {
        line.lineNo = ++position;
        if (line.id == 0)
            line.id = newId();
    }
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (Status s = checkReferences(o); !s)
            return s;
        const OrderStockState before = insert ? OrderStockState() : m_stock->stored(o.id);
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert, kInsert) : rs::cached(m_db, m_update, kUpdate);
        bindOrder(q, o, insert);
        if (Status s =
                rs::execOne(q, QStringLiteral("order_number: \"%1\" already exists").arg(o.number),
                            QStringLiteral("%1 no longer exists").arg(what));
            !s)
            return s;
        if (!insert) {
            sql::Statement& del =
                rs::cached(m_db, m_deleteLines, "DELETE FROM order_line WHERE order_id = ?");
            del.bind(1, o.id).exec();
            del.reset();
        }
        writeLines(o);
        m_stock->move(o.id, before, {o.status, o.lines});
        return {};
    });
}

Result<Id> OrderRepository::create(Order order) {
    if (Status s = write(order, true); !s)
        return s.error();
    return order.id;
}

Status OrderRepository::update(Order order) {
    return write(order, false);
}

Status OrderRepository::setStatus(Id id, const QString& status) {
    FieldErrors errors;
    field_checks::oneOf(errors, "status", status, order_values::statuses);
    if (!errors.empty())
        return rs::refused(QStringLiteral("order %1").arg(id), errors);
    return writeInTransaction(m_db, QStringLiteral("changing an order's status"), [&]() -> Status {
        m_stock->changeStatus(id, status); // rolled back with the update if it fails
        sql::Statement q =
            m_db.prepare("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?");
        q.bind(1, status).bind(2, m_db.clock().nowText()).bind(3, id);
        return rs::execOne(q, {}, QStringLiteral("no order with id %1").arg(id));
    });
}

Status OrderRepository::recordPayment(Id id, Money paidAmount, const QString& paidAt) {
    FieldErrors errors;
    field_checks::notNegative(errors, "paid_amount", paidAmount);
    field_checks::dateTime(errors, "paid_at", paidAt, paidAmount > 0);
    if (!errors.empty())
        return rs::refused(QStringLiteral("order %1").arg(id), errors);
    return writeInTransaction(m_db, QStringLiteral("recording a payment"), [&]() -> Status {
        sql::Statement q = m_db.prepare(
            "UPDATE orders SET paid_amount = ?, paid_at = ?, updated_at = ? WHERE id = ?");
        q.bind(1, qint64{paidAmount})
            .bindTextOrNull(2, field_checks::storedDateTime(paidAt))
            .bind(3, m_db.clock().nowText())
            .bind(4, id);
        return rs::execOne(q, {}, QStringLiteral("no order with id %1").arg(id));
    });
}

Status OrderRepository::remove(Id id) {
    return writeInTransaction(m_db, QStringLiteral("deleting an order"), [&]() -> Status {
        m_stock->release(id);
        return rs::removeRow(m_db, "orders", id, QStringLiteral("order"));
    });
}

Result<Order> OrderRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(
            "SELECT id, number, ordered_at, customer_id, channel, location, salesperson, status, "
            "campaign_id, due_date, paid_amount, paid_at, notes, created_at, updated_at "
            "FROM orders WHERE id = ?");
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no order with id %1").arg(id));
        Order o = readOrder(q);
        sql::Statement lines = m_db.prepare(
            "SELECT l.id, l.line_no, l.product_id, l.quantity, l.unit_price, l.unit_cost, "
            "l.discount, p.sku, p.name FROM order_line l JOIN product p ON p.id = l.product_id "
            "WHERE l.order_id = ? ORDER BY l.line_no");
        lines.bind(1, id);
        while (lines.step()) {
            OrderLine l;
            l.id = lines.int64(0);
            l.lineNo = lines.integer(1);
            l.productId = lines.int64(2);
            l.quantity = lines.int64(3);
            l.unitPrice = lines.int64(4);
            l.unitCost = lines.int64(5);
            l.discount = lines.int64(6);
            l.productSku = lines.text(7);
            l.productName = lines.text(8);
            o.lines.push_back(std::move(l));
        }
        return o;
    } catch (...) {
        return describeException(QStringLiteral("reading order %1").arg(id));
    }
}

std::optional<Id> OrderRepository::idForNumber(const QString& number) const {
    try {
        sql::Statement q = m_db.prepare("SELECT id FROM orders WHERE number = ?");
        if (q.bind(1, number).step())
            return q.int64(0);
    } catch (const sql::Exception&) {
        // Reads as "not found"; a broken database is reported by the next write.
    }
    return std::nullopt;
}

} // namespace clientele
