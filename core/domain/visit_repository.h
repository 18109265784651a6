#pragma once

#include "common/result.h"
#include "visit.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

// A visit with the names a list shows.
struct VisitRow {
    Visit visit;
    QString contactName;
    QString quotedSku;
    QString quotedProductName;
};

// A price a customer was given or paid for a product, and where it comes from.
struct PricePoint {
    Money unitPrice = 0;
    QString at;         // the visit's or the order's date-time
    QString reference;  // the order number; empty for a quote
    Money discount = 0; // on the order line, for the line's whole quantity
    qint64 quantity = 0;
};

class VisitRepository {
public:
    explicit VisitRepository(Database& db);
    ~VisitRepository();

    // Validates, fills id (when 0) and timestamps. The contact must be a person; when the customer
    // is a company, one of its people.
    Result<Id> create(Visit visit);
    Status update(Visit visit);
    Status remove(Id id);

    Result<Visit> get(Id id) const;
    Result<std::vector<VisitRow>> listForCustomer(Id customerId) const; // newest first

    // The newest price quoted to the customer for the product during a visit.
    Result<std::optional<PricePoint>> lastQuotedPrice(Id customerId, Id productId) const;
    // The unit price on the customer's newest counted order line for the product.
    Result<std::optional<PricePoint>> lastPaidPrice(Id customerId, Id productId) const;

private:
    Status write(Visit& visit, bool insert);
    Status checkContact(const Visit& visit) const;

    Database& m_db;
    // Cached: imports and the demo generator write visits row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
