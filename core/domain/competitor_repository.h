#pragma once

#include "common/result.h"
#include "competitor_presence.h"

#include <memory>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

class CompetitorRepository {
public:
    explicit CompetitorRepository(Database& db);
    ~CompetitorRepository();

    // Refused (Conflict) when the customer already has this competitor and product.
    Result<Id> create(CompetitorPresence presence);
    Status update(CompetitorPresence presence);
    Status remove(Id id);

    Result<CompetitorPresence> get(Id id) const;
    // By competitor, then product.
    Result<std::vector<CompetitorPresence>> listForCustomer(Id customerId) const;

private:
    Status write(CompetitorPresence& presence, bool insert);

    Database& m_db;
    std::unique_ptr<sql::Statement> m_insert; // cached for imports
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
