#pragma once

#include "common/result.h"
#include "salesperson.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

class SalespersonRepository {
public:
    explicit SalespersonRepository(Database& db);
    ~SalespersonRepository();

    Result<Id> create(Salesperson salesperson);
    // A new name is carried to the customers and orders that named the old one, in the same
    // transaction, so history stays attributed.
    Status update(Salesperson salesperson);
    // Refused while customers or orders name the salesperson: deactivate instead.
    Status remove(Id id);

    Result<Salesperson> get(Id id) const;
    std::optional<Id> idForName(const QString& name) const;
    Result<std::vector<Salesperson>> list(bool activeOnly) const; // by name

    // The id of the salesperson with this name, created when missing (imports name salespeople
    // that the roster may not have yet).
    Result<Id> ensure(const QString& name);

private:
    Status write(Salesperson& salesperson, bool insert);

    Database& m_db;
    std::unique_ptr<sql::Statement> m_insert; // cached: ensure() runs once per imported row
    std::unique_ptr<sql::Statement> m_update;
    std::unique_ptr<sql::Statement> m_byName;
};

} // namespace clientele
