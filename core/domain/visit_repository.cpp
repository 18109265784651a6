#include "visit_repository.h"

#include "field_checks.h"
#include "order.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"
#include "visit_validation.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect =
    "SELECT v.id, v.customer_id, v.occurred_at, v.kind, v.contact_id, v.subject, v.notes, "
    "v.outcome, v.quoted_product_id, v.quoted_price, v.follow_up_on, v.cost, v.created_at, "
    "v.updated_at, coalesce(k.name, ''), coalesce(p.sku, ''), coalesce(p.name, '') FROM visit v "
    "LEFT JOIN customer k ON k.id = v.contact_id LEFT JOIN product p ON p.id = "
    "v.quoted_product_id ";

VisitRow readRow(const sql::Statement& q) {
    VisitRow r;
    Visit& v = r.visit;
    v.id = q.int64(0);
    v.customerId = q.int64(1);
    v.occurredAt = q.text(2);
    v.kind = q.text(3);
    v.contactId = q.optionalInt(4);
    v.subject = q.text(5);
    v.notes = q.text(6);
    v.outcome = q.text(7);
    v.quotedProductId = q.optionalInt(8);
    v.quotedPrice = q.optionalInt(9);
    v.followUpOn = q.text(10);
    v.cost = q.int64(11);
    v.createdAt = q.text(12);
    v.updatedAt = q.text(13);
    r.contactName = q.text(14);
    r.quotedSku = q.text(15);
    r.quotedProductName = q.text(16);
    return r;
}

Error refusedField(const QString& what, const char* field, const QString& message) {
    return rs::refused(what, {{QLatin1String(field), message}});
}

} // namespace

VisitRepository::VisitRepository(Database& db)
    : m_db(db) {}

VisitRepository::~VisitRepository() = default;

Status VisitRepository::checkContact(const Visit& v) const {
    const QString what = QStringLiteral("visit on %1").arg(v.occurredAt);
    sql::Statement customer = m_db.prepare("SELECT kind FROM customer WHERE id = ?");
    if (!customer.bind(1, v.customerId).step())
        return refusedField(what, "customer_ref",
                            QStringLiteral("no customer with id %1").arg(v.customerId));
    if (!v.contactId)
        return {};
    sql::Statement contact =
        m_db.prepare("SELECT kind, company_id, name FROM customer WHERE id = ?");
    if (!contact.bind(1, *v.contactId).step())
        return refusedField(what, "contact_ref",
                            QStringLiteral("no customer with id %1").arg(*v.contactId));
    if (contact.text(0) != QLatin1String("person"))
        return refusedField(what, "contact_ref",
                            QStringLiteral("%1 is a company, not a person").arg(contact.text(2)));
    if (customer.text(0) == QLatin1String("company") && contact.optionalInt(1) != v.customerId)
        return refusedField(
            what, "contact_ref",
            QStringLiteral("%1 is not one of the company's people").arg(contact.text(2)));
    return {};
}

Status VisitRepository::write(Visit& v, bool insert) {
    const QString what = QStringLiteral("visit on %1").arg(v.occurredAt);
    if (const FieldErrors errors = validateVisit(v); !errors.empty())
        return rs::refused(what, errors);
    v.occurredAt = field_checks::storedDateTime(v.occurredAt);
    rs::stamp(m_db, v.id, v.createdAt, v.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (Status s = checkContact(v); !s)
            return s;
        if (v.quotedProductId && !rs::rowExists(m_db, "product", *v.quotedProductId))
            return refusedField(what, "quoted_sku",
                                QStringLiteral("no product with id %1").arg(*v.quotedProductId));
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO visit (id, customer_id, occurred_at, kind, "
                                "contact_id, subject, notes, outcome, quoted_product_id, "
                                "quoted_price, follow_up_on, cost, created_at, updated_at) VALUES "
                                "(:id, :customer_id, :occurred_at, :kind, :contact_id, :subject, "
                                ":notes, :outcome, :quoted_product_id, :quoted_price, "
                                ":follow_up_on, :cost, :created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE visit SET customer_id = :customer_id, occurred_at = "
                                ":occurred_at, kind = :kind, contact_id = :contact_id, subject = "
                                ":subject, notes = :notes, outcome = :outcome, quoted_product_id "
                                "= :quoted_product_id, quoted_price = :quoted_price, follow_up_on "
                                "= :follow_up_on, cost = :cost, updated_at = :updated_at WHERE id "
                                "= :id");
        q.bind(":id", v.id);
        q.bind(":customer_id", v.customerId);
        q.bind(":occurred_at", v.occurredAt);
        q.bind(":kind", v.kind);
        q.bind(":contact_id", v.contactId);
        q.bind(":subject", v.subject);
        q.bind(":notes", v.notes);
        q.bind(":outcome", v.outcome);
        q.bind(":quoted_product_id", v.quotedProductId);
        q.bind(":quoted_price", std::optional<qint64>(v.quotedPrice));
        q.bindTextOrNull(":follow_up_on", v.followUpOn);
        q.bind(":cost", qint64{v.cost});
        if (insert)
            q.bind(":created_at", v.createdAt);
        q.bind(":updated_at", v.updatedAt);
        return rs::execOne(q, {}, QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> VisitRepository::create(Visit visit) {
    if (Status s = write(visit, true); !s)
        return s.error();
    return visit.id;
}

Status VisitRepository::update(Visit visit) {
    return write(visit, false);
}

Status VisitRepository::remove(Id id) {
    return rs::removeRow(m_db, "visit", id, QStringLiteral("visit"));
}

Result<Visit> VisitRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE v.id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no visit with id %1").arg(id));
        return readRow(q).visit;
    } catch (...) {
        return describeException(QStringLiteral("reading visit %1").arg(id));
    }
}

Result<std::vector<VisitRow>> VisitRepository::listForCustomer(Id customerId) const {
    std::vector<VisitRow> rows;
    try {
        sql::Statement q = m_db.prepare(
            QLatin1String(kSelect) +
            QStringLiteral("WHERE v.customer_id = ? ORDER BY v.occurred_at DESC, v.id DESC"));
        q.bind(1, customerId);
        while (q.step())
            rows.push_back(readRow(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's visits"));
    }
    return rows;
}

Result<std::optional<PricePoint>> VisitRepository::lastQuotedPrice(Id customerId,
                                                                   Id productId) const {
    try {
        sql::Statement q = m_db.prepare(
            "SELECT quoted_price, occurred_at FROM visit WHERE customer_id = ? AND "
            "quoted_product_id = ? AND quoted_price IS NOT NULL ORDER BY occurred_at DESC, id DESC "
            "LIMIT 1");
        q.bind(1, customerId).bind(2, productId);
        if (!q.step())
            return std::optional<PricePoint>();
        PricePoint p;
        p.unitPrice = q.int64(0);
        p.at = q.text(1);
        return std::optional<PricePoint>(p);
    } catch (...) {
        return describeException(QStringLiteral("reading the last quoted price"));
    }
}

Result<std::optional<PricePoint>> VisitRepository::lastPaidPrice(Id customerId,
                                                                 Id productId) const {
    try {
        // "+l.product_id" keeps SQLite on the customer's few orders rather than the product's
        // many lines.
        sql::Statement q = m_db.prepare(
            QStringLiteral("SELECT l.unit_price, o.ordered_at, o.number, l.discount, l.quantity "
                           "FROM orders o JOIN order_line l ON l.order_id = o.id WHERE "
                           "o.customer_id = ? AND +l.product_id = ? AND o.status IN (%1) ORDER BY "
                           "o.ordered_at DESC, o.id DESC, l.line_no LIMIT 1")
                .arg(order_values::countedStatusesSql()));
        q.bind(1, customerId).bind(2, productId);
        if (!q.step())
            return std::optional<PricePoint>();
        PricePoint p;
        p.unitPrice = q.int64(0);
        p.at = q.text(1);
        p.reference = q.text(2);
        p.discount = q.int64(3);
        p.quantity = q.int64(4);
        return std::optional<PricePoint>(p);
    } catch (...) {
        return describeException(QStringLiteral("reading the last paid price"));
    }
}

} // namespace clientele
