#pragma once

#include "common/result.h"
#include "preference.h"

#include <memory>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

class PreferenceRepository {
public:
    explicit PreferenceRepository(Database& db);
    ~PreferenceRepository();

    // Refused (Conflict) when the customer already has this category and value.
    Result<Id> create(Preference preference);
    Status update(Preference preference);
    Status remove(Id id);

    Result<Preference> get(Id id) const;
    Result<std::vector<Preference>> listForCustomer(Id customerId) const; // by category, value

private:
    Status write(Preference& preference, bool insert);

    Database& m_db;
    std::unique_ptr<sql::Statement> m_insert; // cached for imports
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
