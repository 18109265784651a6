// The agenda's section of products to reorder.
#include "agenda.h"
#include "domain/stock.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele {

Result<std::vector<LowStock>> readLowStock(Database& db) {
    try {
        // The products are few (a shop's catalogue); each one's movements are summed from the
        // (product_id, quantity) index.
        sql::Statement q = db.prepare(
            QStringLiteral(
                "SELECT id, sku, name, category, on_hand, reorder_level FROM "
                "(SELECT p.id, p.sku, p.name, p.category, p.reorder_level, %1 AS on_hand "
                "FROM product p WHERE p.active = 1) "
                "WHERE %2 "
                "ORDER BY on_hand - reorder_level, sku")
                .arg(onHandSql(QStringLiteral("p")), QLatin1String(lowStockSql)));
        std::vector<LowStock> out;
        while (q.step())
            out.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5)});
        return out;
    } catch (...) {
        return describeException(QStringLiteral("listing products to reorder"));
    }
}

} // namespace clientele
