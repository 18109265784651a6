#pragma once

#include "facts.h"
#include "window.h"

#include <vector>

namespace clientele::analysis {

// The counted orders whose day lies in the window: indexes [begin, end) of OrderFacts (orders
// are sorted by day, so the window is one run of them).
struct OrderRange {
    int begin = 0;
    int end = 0;
};
OrderRange ordersInWindow(const Facts& facts, const Window& window);

// What each customer bought in the window, indexed by CustomerFacts index. Orders are counted by
// number, which the database keeps unique, so "distinct order numbers" is the number of orders.
struct CustomerTotals {
    std::vector<int> orders;
    std::vector<Money> revenue;
    std::vector<Money> cost;
    std::vector<DayNumber> first; // kNoDay without orders
    std::vector<DayNumber> last;  // kNoDay without orders

    Money profit(int customer) const { return revenue[customer] - cost[customer]; }
    bool bought(int customer) const { return orders[customer] > 0; }
};
CustomerTotals customerTotals(const Facts& facts, const Window& window);

// The indexes of the customers with at least one counted order in the window, ascending (so in
// ref order).
std::vector<int> buyers(const CustomerTotals& totals);

// The window's orders grouped by customer: the orders of customer c are
// order[first[c]] .. order[first[c + 1] - 1], by day (erased customers' orders are left out).
struct CustomerOrders {
    std::vector<int> first; // customers + 1 entries
    std::vector<int> order; // OrderFacts indexes

    int count(int customer) const { return first[customer + 1] - first[customer]; }
};
CustomerOrders ordersByCustomer(const Facts& facts, const Window& window);

} // namespace clientele::analysis
