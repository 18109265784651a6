#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>

namespace clientele {

// Money spent on one customer (a dinner, a gift), counted in the customer's profitability.
struct Expense {
    Id id = 0;
    Id customerId = 0;
    QString spentOn; // YYYY-MM-DD
    Money amount = 0;
    QString category;
    QString notes;
    QString createdAt;
    QString updatedAt;
};

} // namespace clientele
