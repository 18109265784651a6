#pragma once

#include "common/dates.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/result.h"

#include <QString>

namespace clientele {

class Database;

// What a message says about one customer and where it can go.
struct MessageFacts {
    Id customerId = 0;
    QString ref;
    QString name;
    QString title; // as entered: 先生, Ms, 总经理...
    QString salesperson;
    QString email; // the first address; empty when the customer has none
    QString phone; // the first number
    // The product of the first line of the customer's newest counted order; empty when none.
    QString lastProduct;
    // Still unpaid on counted orders due before today, and the earliest of their due dates
    // (the Today page's overdue payments, summed per customer).
    Money amountDue = 0;
    QString dueSince; // YYYY-MM-DD or empty
};

Result<MessageFacts> readMessageFacts(Database& db, Id customerId, DayNumber today);

} // namespace clientele
