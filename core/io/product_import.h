#pragma once

#include "table_import.h"

namespace clientele {

// Products are the one table, except for their stock: a file's stock is the stock on hand. A
// new product starts from it; for a stored product (--on-duplicate update) a count makes its
// stock on hand the file's figure (StockLedger::recordCount), in the import's transaction, so
// that undoing the import takes the count back too.
class ProductImport : public TableImport {
public:
    explicit ProductImport(Database& db);

    Status apply(ImportRun& run) override;
};

} // namespace clientele
