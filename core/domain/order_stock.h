#pragma once

#include "order.h"
#include "stock.h"

#include <memory>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

// Which orders hold stock: confirmed, delivered and paid ones take it (the counted statuses);
// quotes, cancelled and returned orders do not.
bool holdsStock(const QString& status);

// What an order takes from stock, per product: its lines' quantities when its status holds
// stock, nothing otherwise.
StockQuantities stockHeld(const QString& status, const std::vector<OrderLine>& lines);

// An order's status and lines (product and quantity), as far as stock is concerned. A new
// order has no status.
struct OrderStockState {
    QString status;
    std::vector<OrderLine> lines;
};

// A product the order being edited would take below zero.
struct StockShortfall {
    Id productId = 0;
    qint64 onHand = 0; // now, with the saved order's take in it
    qint64 after = 0;  // once the edited order is saved: below zero
};

// What saving `edited` in place of `saved` would leave on hand of each product, where that is
// below zero and the edit takes more of it than the saved order held (an order that takes no
// more than before is no news, however low the stock already is). By product id.
std::vector<StockShortfall> stockShortfalls(const StockQuantities& onHand,
                                            const OrderStockState& saved,
                                            const OrderStockState& edited);

// An order's stock as it moves between two saved states. The movements are the differences of
// what the order held before and after, so every save moves exactly what changed: confirming
// takes, cancelling or returning gives back, editing a held order's lines moves the difference,
// and an undo (which saves the earlier state again) moves it all back. Imports (the sales
// ledger, orders files) and the demo history do not come through here: they write history
// whose stock is already in the counted figures of the products.
//
// Left as it is: two copies of the database that change the same order before they meet (one
// cancels it while the other edits its lines) each move stock from the state they saw, so that
// product's figure is off by the difference once they merge; a count puts it right.
class OrderStock {
public:
    explicit OrderStock(Database& db);
    ~OrderStock();

    // The stored order (no status and no lines when there is none), read before a write.
    OrderStockState stored(Id orderId);
    // Records the movements from the state before to the order's new one.
    void move(Id orderId, const OrderStockState& before, const OrderStockState& after);
    // The stored order's lines going to another status, before the status is written.
    void changeStatus(Id orderId, const QString& status);
    // Gives back what the stored order holds, before it is deleted.
    void release(Id orderId);

private:
    Database& m_db;
    StockLedger m_ledger;
    std::unique_ptr<sql::Statement> m_lines;
};

} // namespace clientele
