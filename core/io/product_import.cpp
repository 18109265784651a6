#include "product_import.h"

#include "domain/stock.h"
#include "reference_lookup.h"
#include "storage/sqlite_error.h"

#include <utility>

namespace clientele {

ProductImport::ProductImport(Database& db)
    : TableImport(*tableSpec(QStringLiteral("products")), db) {}

Status ProductImport::apply(ImportRun& run) {
    const auto stock = static_cast<std::size_t>(column("stock"));
    const auto sku = static_cast<std::size_t>(column("sku"));
    if (m_rows.empty() || !m_present[stock])
        return TableImport::apply(run);
    std::vector<std::pair<QString, qint64>> counts; // of stored products
    for (const Row& row : m_rows)
        if (row.action == Action::Update)
            counts.emplace_back(row.values[sku].text, row.values[stock].integer);
    m_present[stock] = false; // product.stock of a stored product stays as it is
    const Status written = TableImport::apply(run);
    m_present[stock] = true;
    if (!written)
        return written;
    try {
        ReferenceLookup products(m_db, RefTable::Product);
        StockLedger ledger(m_db);
        for (const auto& [key, counted] : counts)
            if (const auto id = products.find(key))
                ledger.recordCount(*id, counted);
    } catch (...) {
        return describeException(QStringLiteral("counting the stock of the products"));
    }
    return {};
}

} // namespace clientele
