#pragma once

#include "common/dates.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/result.h"

#include <QString>

#include <optional>

namespace clientele {

class Database;

// The figures in the header of a customer's page. Money figures count counted orders only
// (confirmed, delivered, paid), over the customer's whole history.
struct CustomerSummary {
    Money revenue = 0;
    Money cost = 0;
    Money profit = 0;
    Money outstanding = 0; // revenue - payments on counted orders
    int orders = 0;
    QString firstOrder; // YYYY-MM-DD, empty without counted orders
    QString lastOrder;
    std::optional<int> daysSinceLast; // asOf - lastOrder
    int openTasks = 0;
    int openTickets = 0; // open or in progress
};

Result<CustomerSummary> readCustomerSummary(const Database& db, Id customerId, DayNumber asOf);

} // namespace clientele
