#pragma once

#include "order.h"

namespace clientele {

// The line figures of the analyses: revenue = quantity * unit price - discount,
// cost = quantity * unit cost, profit = revenue - cost; integer minor units throughout.
Money lineRevenue(const OrderLine& line);
Money lineCost(const OrderLine& line);

Money orderRevenue(const Order& order);
Money orderCost(const Order& order);
Money orderProfit(const Order& order);
// What the customer still owes: revenue - paid for a counted order, nothing otherwise (a quote or
// a cancelled order is not a debt). Negative when overpaid.
Money orderOutstanding(const Order& order);

} // namespace clientele
