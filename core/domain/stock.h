#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

// Stock on hand = product.stock (the figure a product was created or imported with) + the sum
// of its stock_movement rows (see migration 0005 for why sales are rows and not an update of
// product.stock). Stock may go below zero: an order is never refused for want of stock, the
// order editor only warns.
namespace stock_reasons {
inline const QString order = QStringLiteral("order");   // an order came to hold stock
inline const QString edit = QStringLiteral("edit");     // a held order's lines changed
inline const QString cancel = QStringLiteral("cancel"); // cancelled, or back to a quote
inline const QString returned = QStringLiteral("return");
inline const QString deleted = QStringLiteral("delete"); // a held order was deleted
inline const QString count = QStringLiteral("count");    // counted or set by hand
} // namespace stock_reasons

// Quantities per product id.
using StockQuantities = std::map<Id, qint64>;

// An SQL expression of the stock on hand of the product row `alias` ("p", or "product").
QString onHandSql(const QString& alias);

// Time to reorder: at or below the reorder level (0 means none was set), or below zero whatever
// the level, sold beyond what was counted. lowStockSql is the same test over an on_hand column
// and a reorder_level column.
inline bool isLowStock(qint64 onHand, qint64 reorderLevel) {
    return (reorderLevel > 0 && onHand <= reorderLevel) || onHand < 0;
}
inline const char* const lowStockSql =
    "((reorder_level > 0 AND on_hand <= reorder_level) OR on_hand < 0)";

// Writes movements inside the caller's write transaction and reads the figure they add up to.
// Throws sql::Exception (the repositories around it turn that into an Error).
class StockLedger {
public:
    explicit StockLedger(Database& db);
    ~StockLedger();

    // Nothing is written for a quantity of 0.
    void record(Id productId, std::optional<Id> orderId, qint64 quantity, const QString& reason);
    // Makes the product's stock on hand `counted`. A count is a movement of the difference
    // rather than a new product.stock: the history shows when and by how much a count
    // corrected the figure; product.stock keeps its first value, so its CHECK (stock >= 0)
    // holds however many returns came in since; and a count on one copy merges with sales made
    // on another (both are inserts). Two copies that count the same product before they meet
    // add both corrections: count again once they have met.
    void recordCount(Id productId, qint64 counted);
    qint64 onHand(Id productId);

private:
    Database& m_db;
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_onHand;
};

// The stock on hand of these products (those that do not exist are left out).
Result<StockQuantities> readOnHand(const Database& db, const std::vector<Id>& productIds);

} // namespace clientele
