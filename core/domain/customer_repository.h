#pragma once

#include "common/result.h"
#include "customer.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;
class NameCollator;

struct CustomerFilter {
    QString text; // quick-find text (see CustomerFinder)
    QString kind;
    QString status;
    QString tier;
    QString tag;
    QString salesperson;
    QString region;
    QString city;
    std::optional<std::vector<Id>> ids; // restrict to these (an analysis segment, a campaign)
};

enum class CustomerSort {
    Name,
    Ref,
    Company,
    City,
    Region,
    Status,
    Tier,
    Salesperson,
    Created,
    Updated
};

// What one row of the customers list shows.
struct CustomerListRow {
    Id id = 0;
    QString ref;
    QString name;
    QString kind;
    QString company;
    QString phones;
    QString emails;
    QString city;
    QString region;
    QString status;
    QString tier;
    QString salesperson;
    QString tags;
    QString createdAt;
    QString updatedAt;
};

class CustomerRepository {
public:
    explicit CustomerRepository(Database& db);
    ~CustomerRepository();

    // Validates, fills id (when 0), timestamps and the derived search columns.
    Result<Id> create(Customer customer);
    Status update(Customer customer);
    // Refused while orders refer to the customer (they belong to the accounts: merge or erase).
    Status remove(Id id);
    // For bulk writers that hold one write transaction and roll all of it back on any error:
    // creates and updates then add no savepoint each. A savepoint per row makes the search
    // index (FTS5) flush its pending terms every row, which dominated importing many customers.
    void setWithinCallerTransaction(bool on) { m_withinCallerTransaction = on; }

    Result<Customer> get(Id id) const;
    std::optional<Id> idForRef(const QString& ref) const;

    Result<std::vector<CustomerListRow>> list(const CustomerFilter& filter, CustomerSort sort,
                                              bool ascending, int offset, int limit) const;
    Result<int> count(const CustomerFilter& filter) const;

private:
    Status write(Customer& customer, bool insert);
    sql::Statement& writeStatement(bool insert);

    Database& m_db;
    // Cached: bulk writers (imports, the demo generator) go through here row by row.
    std::unique_ptr<NameCollator> m_collator;
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
    bool m_withinCallerTransaction = false;
};

} // namespace clientele
