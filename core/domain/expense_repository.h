#pragma once

#include "common/result.h"
#include "expense.h"

#include <memory>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

class ExpenseRepository {
public:
    explicit ExpenseRepository(Database& db);
    ~ExpenseRepository();

    Result<Id> create(Expense expense);
    Status update(Expense expense);
    Status remove(Id id);

    Result<Expense> get(Id id) const;
    Result<std::vector<Expense>> listForCustomer(Id customerId) const; // newest first

private:
    Status write(Expense& expense, bool insert);

    Database& m_db;
    std::unique_ptr<sql::Statement> m_insert; // cached for imports
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
