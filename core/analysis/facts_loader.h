#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "facts.h"

#include <memory>

namespace clientele {
class Database;
}

namespace clientele::analysis {

// Reads the shop's history into Facts from one consistent snapshot of the database: customers,
// products, campaigns with their members, preferences, and the counted orders (confirmed,
// delivered, paid) with their lines. Reports progress and stops with Error::cancelled() when
// asked. A counted order without lines is still loaded (it counts as an order, worth nothing).
Result<std::shared_ptr<const Facts>> loadFacts(const Database& db, const Progress& progress = {});

} // namespace clientele::analysis
