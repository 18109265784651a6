#include "product.h"

#include "distinct_pairs.h"
#include "order_span.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace clientele::analysis {

namespace {

std::vector<ProductRow> productRows(const Facts& facts, const Window& window) {
    const int n = facts.products.size();
    std::vector<ProductRow> all(static_cast<size_t>(n));
    std::vector<int> lastOrder(static_cast<size_t>(n), kNone);
    DistinctPairs buyers; // (product, customer)
    const OrderSpan span = ordersBetween(facts.orders, window.from, window.to);
    for (int o = span.first; o < span.last; ++o) {
        const int customer = facts.orders.customer[o];
        for (int line = facts.orders.firstLine[o]; line < facts.orders.firstLine[o + 1]; ++line) {
            const int p = facts.lines.product[line];
            ProductRow& row = all[static_cast<size_t>(p)];
            row.revenue += facts.lines.revenue[line];
            row.cost += facts.lines.cost[line];
            row.quantity += facts.lines.quantity[line];
            if (lastOrder[static_cast<size_t>(p)] != o) {
                lastOrder[static_cast<size_t>(p)] = o;
                ++row.orders;
                if (customer != kNone)
                    buyers.add(p, customer);
            }
        }
    }
    const std::vector<int> customers = buyers.countPerRow(n, facts.customers.size());
    for (int p = 0; p < n; ++p)
        all[static_cast<size_t>(p)].customers = customers[static_cast<size_t>(p)];

    std::vector<ProductRow> rows;
    for (int p = 0; p < n; ++p) {
        if (all[static_cast<size_t>(p)].orders > 0) {
            rows.push_back(all[static_cast<size_t>(p)]);
            rows.back().product = p;
        }
    }
    // Rows are in sku order here, which is the tie order abcTiers expects.
    std::vector<Money> profit;
    for (const ProductRow& row : rows)
        profit.push_back(row.profit());
    const auto tiers = abcTiers(profit);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].tier = tiers[i];
    std::stable_sort(rows.begin(), rows.end(), [](const ProductRow& a, const ProductRow& b) {
        return a.profit() > b.profit();
    });
    return rows;
}

// Position of each item in label order: skus are already sorted, category texts are not.
std::vector<int> labelRanks(const Facts& facts, AffinityLevel level) {
    const int n = level == AffinityLevel::Product ? facts.products.size() : facts.categories.size();
    std::vector<int> byLabel(static_cast<size_t>(n));
    std::iota(byLabel.begin(), byLabel.end(), 0);
    if (level == AffinityLevel::Category) {
        std::sort(byLabel.begin(), byLabel.end(), [&](int a, int b) {
            return facts.categories.text(a) < facts.categories.text(b);
        });
    }
    std::vector<int> rank(static_cast<size_t>(n));
    for (int pos = 0; pos < n; ++pos)
        rank[static_cast<size_t>(byLabel[static_cast<size_t>(pos)])] = pos;
    return rank;
}

void sortRules(std::vector<AssociationRule>& rules, const std::vector<int>& rank) {
    std::sort(rules.begin(), rules.end(), [&](const AssociationRule& a, const AssociationRule& b) {
        if (a.lift != b.lift)
            return a.lift > b.lift;
        if (a.count != b.count)
            return a.count > b.count;
        if (a.lhs != b.lhs)
            return rank[static_cast<size_t>(a.lhs)] < rank[static_cast<size_t>(b.lhs)];
        return rank[static_cast<size_t>(a.rhs)] < rank[static_cast<size_t>(b.rhs)];
    });
}

// Items the customer bought in counted orders up to the window's end (before the window too:
// what it already has is no suggestion).
std::vector<bool> boughtItems(const Facts& facts, const Window& window, AffinityLevel level,
                              int customer) {
    const int n = level == AffinityLevel::Product ? facts.products.size() : facts.categories.size();
    std::vector<bool> bought(static_cast<size_t>(n), false);
    const OrderSpan span = ordersBetween(facts.orders, kNoDay, window.to);
    for (int o = span.first; o < span.last; ++o) {
        if (facts.orders.customer[o] != customer)
            continue;
        for (int line = facts.orders.firstLine[o]; line < facts.orders.firstLine[o + 1]; ++line) {
            const int p = facts.lines.product[line];
            bought[static_cast<size_t>(
                level == AffinityLevel::Product ? p : facts.products.category[p])] = true;
        }
    }
    return bought;
}

// Suggestions come from the rules that pass --min-support and --min-confidence (all of them,
// not only the --top shown), so a single shared basket cannot make a suggestion by itself.
// Highest score first; equal scores, and equal best rules for one item, go by label.
std::vector<CrossSellSuggestion> crossSell(const Facts& facts, const Window& window,
                                           const ProductOptions& options, int customer,
                                           const std::vector<AssociationRule>& rules,
                                           const std::vector<int>& rank) {
    const std::vector<bool> bought = boughtItems(facts, window, options.level, customer);
    std::vector<CrossSellSuggestion> best(bought.size(), CrossSellSuggestion{0, -1, kNone});
    for (const AssociationRule& rule : rules) {
        if (!bought[static_cast<size_t>(rule.lhs)] || bought[static_cast<size_t>(rule.rhs)])
            continue;
        CrossSellSuggestion& s = best[static_cast<size_t>(rule.rhs)];
        if (rule.confidence > s.score ||
            (rule.confidence == s.score &&
             rank[static_cast<size_t>(rule.lhs)] < rank[static_cast<size_t>(s.because)]))
            s = {rule.rhs, rule.confidence, rule.lhs};
    }
    std::vector<CrossSellSuggestion> out;
    for (const CrossSellSuggestion& s : best)
        if (s.because != kNone)
            out.push_back(s);
    std::sort(out.begin(), out.end(),
              [&](const CrossSellSuggestion& a, const CrossSellSuggestion& b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  return rank[static_cast<size_t>(a.item)] < rank[static_cast<size_t>(b.item)];
              });
    if (out.size() > static_cast<size_t>(std::max(0, options.suggestions)))
        out.resize(static_cast<size_t>(std::max(0, options.suggestions)));
    return out;
}

} // namespace

QString itemLabel(const Facts& facts, AffinityLevel level, int item) {
    return level == AffinityLevel::Product ? facts.products.sku[static_cast<size_t>(item)]
                                           : facts.categories.text(item);
}

ProductResult computeProduct(const Facts& facts, const Window& window,
                             const ProductOptions& options) {
    ProductResult result;
    result.products = productRows(facts, window);
    result.level = options.level;
    const Baskets baskets = collectBaskets(facts, window, options.level);
    result.baskets = baskets.size();
    std::vector<AssociationRule> rules =
        associationRules(baskets, options.minSupport, options.minConfidence);
    const std::vector<int> rank = labelRanks(facts, options.level);
    sortRules(rules, rank);
    result.matchingRules = static_cast<int>(rules.size());
    if (!options.customerRef.isEmpty()) {
        result.crossSellCustomer = facts.customers.indexOf(options.customerRef);
        if (result.crossSellCustomer != kNone)
            result.crossSell =
                crossSell(facts, window, options, result.crossSellCustomer, rules, rank);
    }
    if (rules.size() > static_cast<size_t>(std::max(0, options.top)))
        rules.resize(static_cast<size_t>(std::max(0, options.top)));
    result.rules = std::move(rules);
    return result;
}

} // namespace clientele::analysis
