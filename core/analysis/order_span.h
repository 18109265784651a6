#pragma once

#include "facts.h"

#include <algorithm>

namespace clientele::analysis {

// The counted orders with a day in [from, to]: orders are sorted by day, so they are one run
// [first, last) found by binary search.
struct OrderSpan {
    int first = 0;
    int last = 0;
};

inline OrderSpan ordersBetween(const OrderFacts& orders, DayNumber from, DayNumber to) {
    const auto begin = orders.day.begin();
    const auto lo = std::lower_bound(begin, orders.day.end(), from);
    const auto hi = std::upper_bound(lo, orders.day.end(), to);
    return {static_cast<int>(lo - begin), static_cast<int>(hi - begin)};
}

} // namespace clientele::analysis
