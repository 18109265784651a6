#include "customer_totals.h"

#include <algorithm>

namespace clientele::analysis {

OrderRange ordersInWindow(const Facts& facts, const Window& window) {
    const std::vector<DayNumber>& day = facts.orders.day;
    if (window.from > window.to)
        return {};
    const auto begin = std::lower_bound(day.begin(), day.end(), window.from);
    const auto end = std::upper_bound(begin, day.end(), window.to);
    return {static_cast<int>(begin - day.begin()), static_cast<int>(end - day.begin())};
}

CustomerTotals customerTotals(const Facts& facts, const Window& window) {
    const auto n = static_cast<std::size_t>(facts.customers.size());
    CustomerTotals t;
    t.orders.assign(n, 0);
    t.revenue.assign(n, 0);
    t.cost.assign(n, 0);
    t.first.assign(n, kNoDay);
    t.last.assign(n, kNoDay);
    const OrderFacts& orders = facts.orders;
    const OrderRange range = ordersInWindow(facts, window);
    for (int o = range.begin; o < range.end; ++o) {
        const int c = orders.customer[o];
        if (c == kNone)
            continue;
        if (t.orders[c]++ == 0)
            t.first[c] = orders.day[o];
        t.last[c] = orders.day[o]; // orders come by day
        for (int l = orders.firstLine[o]; l < orders.firstLine[o + 1]; ++l) {
            t.revenue[c] += facts.lines.revenue[l];
            t.cost[c] += facts.lines.cost[l];
        }
    }
    return t;
}

std::vector<int> buyers(const CustomerTotals& totals) {
    std::vector<int> out;
    for (int c = 0; c < static_cast<int>(totals.orders.size()); ++c)
        if (totals.orders[c] > 0)
            out.push_back(c);
    return out;
}

CustomerOrders ordersByCustomer(const Facts& facts, const Window& window) {
    CustomerOrders out;
    out.first.assign(static_cast<std::size_t>(facts.customers.size()) + 1, 0);
    const OrderRange range = ordersInWindow(facts, window);
    for (int o = range.begin; o < range.end; ++o)
        if (facts.orders.customer[o] != kNone)
            ++out.first[facts.orders.customer[o] + 1];
    for (std::size_t c = 1; c < out.first.size(); ++c)
        out.first[c] += out.first[c - 1];
    out.order.resize(static_cast<std::size_t>(out.first.back()));
    // A counting sort keeps each customer's orders in day order.
    std::vector<int> next(out.first.begin(), out.first.end() - 1);
    for (int o = range.begin; o < range.end; ++o)
        if (facts.orders.customer[o] != kNone)
            out.order[next[facts.orders.customer[o]]++] = o;
    return out;
}

} // namespace clientele::analysis
