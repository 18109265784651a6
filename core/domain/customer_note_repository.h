#pragma once

#include "common/result.h"
#include "customer_note.h"

#include <vector>

namespace clientele {

class Database;

class CustomerNoteRepository {
public:
    explicit CustomerNoteRepository(Database& db);

    Result<Id> create(CustomerNote note);
    Status update(CustomerNote note);
    Status remove(Id id);

    Result<CustomerNote> get(Id id) const;
    // Goals first, then needs; oldest first within each, as they were written down.
    Result<std::vector<CustomerNote>> listForCustomer(Id customerId) const;

private:
    Status write(CustomerNote& note, bool insert);

    Database& m_db;
};

} // namespace clientele
