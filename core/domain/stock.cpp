#include "stock.h"

#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace rs = repository_support;

namespace {

QString onHandOfOneSql() {
    return QStringLiteral("SELECT %1 FROM product p WHERE p.id = ?")
        .arg(onHandSql(QStringLiteral("p")));
}

} // namespace

QString onHandSql(const QString& alias) {
    return QStringLiteral("(%1.stock + coalesce((SELECT sum(m.quantity) FROM stock_movement m "
                          "WHERE m.product_id = %1.id), 0))")
        .arg(alias);
}

StockLedger::StockLedger(Database& db)
    : m_db(db) {}

StockLedger::~StockLedger() = default;

void StockLedger::record(Id productId, std::optional<Id> orderId, qint64 quantity,
                         const QString& reason) {
    if (quantity == 0)
        return;
    sql::Statement& q = rs::cached(m_db, m_insert,
                                   "INSERT INTO stock_movement (id, product_id, order_id, "
                                   "quantity, reason, at) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, newId())
        .bind(2, productId)
        .bind(3, orderId)
        .bind(4, quantity)
        .bind(5, reason)
        .bind(6, m_db.clock().nowText());
    q.exec();
    q.reset();
}

void StockLedger::recordCount(Id productId, qint64 counted) {
    record(productId, std::nullopt, counted - onHand(productId), stock_reasons::count);
}

qint64 StockLedger::onHand(Id productId) {
    static const QByteArray text = onHandOfOneSql().toUtf8();
    sql::Statement& q = rs::cached(m_db, m_onHand, text.constData());
    return rs::firstInt(q.bind(1, productId)).value_or(0);
}

Result<StockQuantities> readOnHand(const Database& db, const std::vector<Id>& productIds) {
    StockQuantities out;
    try {
        sql::Statement q = db.prepare(onHandOfOneSql());
        for (Id id : productIds) {
            if (out.contains(id))
                continue;
            if (q.bind(1, id).step())
                out[id] = q.int64(0);
            q.reset();
        }
    } catch (...) {
        return describeException(QStringLiteral("reading the stock on hand"));
    }
    return out;
}

} // namespace clientele
