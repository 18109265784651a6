#pragma once

#include "common/result.h"
#include "product.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

struct ProductFilter {
    QString text; // a substring of the sku or the name
    QString category;
    std::optional<bool> active;
};

enum class ProductSort { Sku, Name, Category, UnitPrice, UnitCost, Stock, Updated };

class ProductRepository {
public:
    explicit ProductRepository(Database& db);
    ~ProductRepository();

    // Validates, fills id (when 0) and timestamps.
    Result<Id> create(Product product);
    Status update(Product product);
    // Refused while order lines refer to the product: deactivate it instead.
    Status remove(Id id);

    Result<Product> get(Id id) const;
    std::optional<Id> idForSku(const QString& sku) const;

    Result<std::vector<Product>> list(const ProductFilter& filter, ProductSort sort, bool ascending,
                                      int offset, int limit) const;
    Result<int> count(const ProductFilter& filter) const;
    Result<QStringList> categories() const; // distinct, non-empty, sorted

private:
    Status write(Product& product, bool insert);

    Database& m_db;
    // Cached: imports and the demo generator write products row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
