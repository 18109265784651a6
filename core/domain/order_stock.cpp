#include "order_stock.h"

#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <set>

namespace clientele {

namespace rs = repository_support;

namespace {

QString reasonFor(const QString& before, const QString& after) {
    if (!holdsStock(before))
        return stock_reasons::order;
    if (holdsStock(after))
        return stock_reasons::edit;
    return after == QLatin1String("returned") ? stock_reasons::returned : stock_reasons::cancel;
}

} // namespace

bool holdsStock(const QString& status) {
    return order_values::isCounted(status);
}

StockQuantities stockHeld(const QString& status, const std::vector<OrderLine>& lines) {
    StockQuantities held;
    if (!holdsStock(status))
        return held;
    for (const OrderLine& line : lines)
        held[line.productId] += line.quantity;
    return held;
}

std::vector<StockShortfall> stockShortfalls(const StockQuantities& onHand,
                                            const OrderStockState& saved,
                                            const OrderStockState& edited) {
    const StockQuantities was = stockHeld(saved.status, saved.lines);
    std::vector<StockShortfall> out;
    for (const auto& [product, taken] : stockHeld(edited.status, edited.lines)) {
        const auto held = was.find(product);
        const qint64 more = taken - (held == was.end() ? 0 : held->second);
        const auto now = onHand.find(product);
        const qint64 stock = now == onHand.end() ? 0 : now->second;
        if (more > 0 && stock - more < 0)
            out.push_back({product, stock, stock - more});
    }
    return out;
}

OrderStock::OrderStock(Database& db)
    : m_db(db)
    , m_ledger(db) {}

OrderStock::~OrderStock() = default;

OrderStockState OrderStock::stored(Id orderId) {
    sql::Statement& q = rs::cached(m_db, m_lines,
                                   "SELECT o.status, l.product_id, l.quantity FROM orders o "
                                   "LEFT JOIN order_line l ON l.order_id = o.id WHERE o.id = ?");
    q.bind(1, orderId);
    OrderStockState order;
    while (q.step()) {
        order.status = q.text(0);
        if (q.isNull(1))
            continue;
        OrderLine line;
        line.productId = q.int64(1);
        line.quantity = q.int64(2);
        order.lines.push_back(line);
    }
    q.reset();
    return order;
}

void OrderStock::move(Id orderId, const OrderStockState& before, const OrderStockState& after) {
    const StockQuantities was = stockHeld(before.status, before.lines);
    const StockQuantities is = stockHeld(after.status, after.lines);
    std::set<Id> products;
    for (const auto& [product, quantity] : was)
        products.insert(product);
    for (const auto& [product, quantity] : is)
        products.insert(product);
    const QString reason = reasonFor(before.status, after.status);
    for (Id product : products) {
        const auto held = [product](const StockQuantities& q) {
            const auto it = q.find(product);
            return it == q.end() ? qint64{0} : it->second;
        };
        m_ledger.record(product, orderId, held(was) - held(is), reason);
    }
}

void OrderStock::changeStatus(Id orderId, const QString& status) {
    OrderStockState before = stored(orderId);
    OrderStockState after{status, before.lines};
    move(orderId, before, after);
}

void OrderStock::release(Id orderId) {
    const OrderStockState order = stored(orderId);
    for (const auto& [product, quantity] : stockHeld(order.status, order.lines))
        m_ledger.record(product, std::nullopt, quantity, stock_reasons::deleted); // order goes
}

} // namespace clientele
