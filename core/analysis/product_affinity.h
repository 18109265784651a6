#pragma once

#include "facts.h"
#include "window.h"

#include <vector>

namespace clientele::analysis {

// What a basket holds: products, or the categories of its products.
enum class AffinityLevel { Product, Category };

// The baskets of a window: the distinct items (product indexes or category codes) of each
// counted order in the window that has at least one line, each basket sorted ascending. An
// order with lines counts as a basket even when, at the category level, none of its products
// has a category (products without one are left out of category baskets).
struct Baskets {
    std::vector<int> items;
    std::vector<int> first{0}; // basket b is items[first[b], first[b + 1])
    int itemCount = 0;         // items are 0 .. itemCount - 1

    int size() const { return static_cast<int>(first.size()) - 1; }
};

Baskets collectBaskets(const Facts& facts, const Window& window, AffinityLevel level);

// A rule lhs -> rhs between two items with count = n(lhs and rhs) baskets.
struct AssociationRule {
    int lhs = 0;
    int rhs = 0;
    int count = 0;
    double support = 0;    // count / N
    double confidence = 0; // count / n(lhs)
    double lift = 0;       // confidence / (n(rhs) / N)
};

// Every single-item rule, both directions, with support >= minSupport and confidence >=
// minConfidence (compared on the relative values, as arules does). Unsorted.
std::vector<AssociationRule> associationRules(const Baskets& baskets, double minSupport,
                                              double minConfidence);

} // namespace clientele::analysis
