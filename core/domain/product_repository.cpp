#include "product_repository.h"

#include "product_validation.h"
#include "repository_support.h"
#include "stock.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

// The stock read is the stock on hand.
QString columns() {
    return QStringLiteral("id, sku, name, category, unit_price, unit_cost, active, %1 AS on_hand, "
                          "reorder_level, created_at, updated_at")
        .arg(onHandSql(QStringLiteral("product")));
}

Product readProduct(const sql::Statement& q) {
    Product p;
    p.id = q.int64(0);
    p.sku = q.text(1);
    p.name = q.text(2);
    p.category = q.text(3);
    p.unitPrice = q.int64(4);
    p.unitCost = q.int64(5);
    p.active = q.integer(6) != 0;
    p.stock = q.int64(7);
    p.reorderLevel = q.int64(8);
    p.createdAt = q.text(9);
    p.updatedAt = q.text(10);
    return p;
}

QString sortColumn(ProductSort sort) {
    switch (sort) {
    case ProductSort::Sku:
        return QStringLiteral("sku");
    case ProductSort::Name:
        return QStringLiteral("name");
    case ProductSort::Category:
        return QStringLiteral("category");
    case ProductSort::UnitPrice:
        return QStringLiteral("unit_price");
    case ProductSort::UnitCost:
        return QStringLiteral("unit_cost");
    case ProductSort::Stock:
        return QStringLiteral("on_hand");
    case ProductSort::Updated:
        return QStringLiteral("updated_at");
    }
    return QStringLiteral("sku");
}

QString whereFor(const ProductFilter& f) {
    QStringList parts;
    if (!f.text.isEmpty())
        parts << QStringLiteral("(instr(lower(sku), lower(:text)) > 0 OR "
                                "instr(lower(name), lower(:text)) > 0)");
    if (!f.category.isEmpty())
        parts << QStringLiteral("category = :category");
    if (f.active)
        parts << QStringLiteral("active = :active");
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

void bindWhere(sql::Statement& q, const ProductFilter& f) {
    if (!f.text.isEmpty())
        q.bind(":text", f.text);
    if (!f.category.isEmpty())
        q.bind(":category", f.category);
    if (f.active)
        q.bind(":active", *f.active);
}

} // namespace

ProductRepository::ProductRepository(Database& db)
    : m_db(db) {}

ProductRepository::~ProductRepository() = default;

Status ProductRepository::write(Product& p, bool insert) {
    const QString what = QStringLiteral("product %1").arg(p.sku);
    rs::stamp(m_db, p.id, p.createdAt, p.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        StockLedger stock(m_db);
        const std::optional<qint64> stored =
            insert ? std::nullopt : std::optional<qint64>(stock.onHand(p.id));
        if (const FieldErrors errors = validateProduct(p, stored); !errors.empty())
            return rs::refused(what, errors);
        // A new product starts from its figure; a stored one is counted to it (see
        // StockLedger::recordCount), its product.stock is left as it was.
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO product (id, sku, name, category, unit_price, "
                                "unit_cost, active, stock, reorder_level, created_at, updated_at) "
                                "VALUES (:id, :sku, :name, :category, :unit_price, :unit_cost, "
                                ":active, :stock, :reorder_level, :created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE product SET sku = :sku, name = :name, category = "
                                ":category, unit_price = :unit_price, unit_cost = :unit_cost, "
                                "active = :active, reorder_level = :reorder_level, updated_at = "
                                ":updated_at WHERE id = :id");
        q.bind(":id", p.id);
        q.bind(":sku", p.sku);
        q.bind(":name", p.name);
        q.bind(":category", p.category);
        q.bind(":unit_price", qint64{p.unitPrice});
        q.bind(":unit_cost", qint64{p.unitCost});
        q.bind(":active", p.active);
        q.bind(":reorder_level", p.reorderLevel);
        if (insert) {
            q.bind(":stock", p.stock);
            q.bind(":created_at", p.createdAt);
        }
        q.bind(":updated_at", p.updatedAt);
        if (Status s = rs::execOne(
                q, QStringLiteral("sku: \"%1\" is already used by another product").arg(p.sku),
                QStringLiteral("%1 no longer exists").arg(what));
            !s)
            return s;
        if (stored && *stored != p.stock)
            stock.recordCount(p.id, p.stock);
        return {};
    });
}

Result<Id> ProductRepository::create(Product product) {
    if (Status s = write(product, true); !s)
        return s.error();
    return product.id;
}

Status ProductRepository::update(Product product) {
    return write(product, false);
}

Status ProductRepository::remove(Id id) {
    return writeInTransaction(m_db, QStringLiteral("deleting a product"), [&]() -> Status {
        const qint64 lines =
            rs::countWhere(m_db, "SELECT count(*) FROM order_line WHERE product_id = ?", id);
        if (lines > 0)
            return Error::invalid(
                QStringLiteral("the product is on %1 order lines, which belong to the accounts; "
                               "deactivate it instead so it is no longer offered")
                    .arg(lines));
        return rs::removeRow(m_db, "product", id, QStringLiteral("product"));
    });
}

Result<Product> ProductRepository::get(Id id) const {
    try {
        sql::Statement q =
            m_db.prepare(QStringLiteral("SELECT %1 FROM product WHERE id = ?").arg(columns()));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no product with id %1").arg(id));
        return readProduct(q);
    } catch (...) {
        return describeException(QStringLiteral("reading product %1").arg(id));
    }
}

std::optional<Id> ProductRepository::idForSku(const QString& sku) const {
    try {
        sql::Statement q = m_db.prepare("SELECT id FROM product WHERE sku = ?");
        if (q.bind(1, sku).step())
            return q.int64(0);
    } catch (const sql::Exception&) {
        // Reads as "not found"; a broken database is reported by the next write.
    }
    return std::nullopt;
}

Result<std::vector<Product>> ProductRepository::list(const ProductFilter& filter, ProductSort sort,
                                                     bool ascending, int offset, int limit) const {
    std::vector<Product> rows;
    try {
        const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        sql::Statement q =
            m_db.prepare(QStringLiteral("SELECT %1 FROM product WHERE %2 ORDER BY %3 %4, id %4 "
                                        "LIMIT :limit OFFSET :offset")
                             .arg(columns(), whereFor(filter), sortColumn(sort), direction));
        bindWhere(q, filter);
        q.bind(":limit", limit);
        q.bind(":offset", offset);
        while (q.step())
            rows.push_back(readProduct(q));
    } catch (...) {
        return describeException(QStringLiteral("listing products"));
    }
    return rows;
}

Result<int> ProductRepository::count(const ProductFilter& filter) const {
    try {
        sql::Statement q = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM product WHERE %1").arg(whereFor(filter)));
        bindWhere(q, filter);
        q.step();
        return q.integer(0);
    } catch (...) {
        return describeException(QStringLiteral("counting products"));
    }
}

Result<QStringList> ProductRepository::categories() const {
    QStringList out;
    try {
        sql::Statement q = m_db.prepare(
            "SELECT DISTINCT category FROM product WHERE category <> '' ORDER BY category");
        while (q.step())
            out << q.text(0);
    } catch (...) {
        return describeException(QStringLiteral("listing product categories"));
    }
    return out;
}

} // namespace clientele
