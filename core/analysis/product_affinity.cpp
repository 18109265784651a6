#include "product_affinity.h"

#include "order_span.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace clientele::analysis {

namespace {

// Co-occurrence counts of item pairs (a < b): a dense triangle while it stays small (a few
// thousand frequent items), a hash of the pairs that occur beyond that.
class PairCounts {
public:
    explicit PairCounts(int items)
        : m_items(items) {
        const auto cells = static_cast<std::uint64_t>(items) * (items > 0 ? items - 1 : 0) / 2;
        m_dense = cells <= kDenseCells;
        if (m_dense)
            m_cells.assign(cells, 0);
    }

    void add(int a, int b) {
        if (m_dense)
            ++m_cells[cell(a, b)];
        else
            ++m_sparse[key(a, b)];
    }

    template <typename F>
    void forEach(F&& visit) const {
        if (!m_dense) {
            for (const auto& [k, count] : m_sparse)
                visit(static_cast<int>(k >> 32), static_cast<int>(k & 0xffffffffU), count);
            return;
        }
        for (int a = 0; a < m_items; ++a)
            for (int b = a + 1; b < m_items; ++b)
                if (const std::uint32_t count = m_cells[cell(a, b)])
                    visit(a, b, count);
    }

private:
    static constexpr std::uint64_t kDenseCells = std::uint64_t{1} << 22;

    size_t cell(int a, int b) const {
        const auto ua = static_cast<size_t>(a);
        return ua * static_cast<size_t>(m_items) - ua * (ua + 1) / 2 +
               static_cast<size_t>(b - a - 1);
    }
    static std::uint64_t key(int a, int b) {
        return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint32_t>(b);
    }

    int m_items = 0;
    bool m_dense = true;
    std::vector<std::uint32_t> m_cells;
    std::unordered_map<std::uint64_t, std::uint32_t> m_sparse;
};

// The smallest count whose support reaches minSupport, found with the same division the
// filter uses so that the boundary agrees with it exactly.
int minimumCount(double minSupport, int baskets) {
    int count = std::max(1, static_cast<int>(std::floor(minSupport * baskets)) - 1);
    while (count <= baskets && static_cast<double>(count) / baskets < minSupport)
        ++count;
    return count;
}

int itemOf(const Facts& facts, int line, AffinityLevel level) {
    const int product = facts.lines.product[line];
    return level == AffinityLevel::Product ? product : facts.products.category[product];
}

} // namespace

Baskets collectBaskets(const Facts& facts, const Window& window, AffinityLevel level) {
    Baskets baskets;
    baskets.itemCount =
        level == AffinityLevel::Product ? facts.products.size() : facts.categories.size();
    const OrderSpan span = ordersBetween(facts.orders, window.from, window.to);
    for (int o = span.first; o < span.last; ++o) {
        const int begin = facts.orders.firstLine[o], end = facts.orders.firstLine[o + 1];
        if (begin == end)
            continue;
        const size_t start = baskets.items.size();
        for (int line = begin; line < end; ++line) {
            const int item = itemOf(facts, line, level);
            if (level == AffinityLevel::Product || item != 0)
                baskets.items.push_back(item);
        }
        const auto first = baskets.items.begin() + static_cast<std::ptrdiff_t>(start);
        std::sort(first, baskets.items.end());
        baskets.items.erase(std::unique(first, baskets.items.end()), baskets.items.end());
        baskets.first.push_back(static_cast<int>(baskets.items.size()));
    }
    return baskets;
}

std::vector<AssociationRule> associationRules(const Baskets& baskets, double minSupport,
                                              double minConfidence) {
    std::vector<AssociationRule> rules;
    const int n = baskets.size();
    if (n == 0)
        return rules;
    std::vector<int> itemBaskets(static_cast<size_t>(baskets.itemCount), 0);
    for (int item : baskets.items)
        ++itemBaskets[static_cast<size_t>(item)];

    // A pair is never more frequent than either item, so only frequent items are paired;
    // they get dense ids in item order, which keeps each basket's ids sorted.
    const int minCount = minimumCount(minSupport, n);
    std::vector<int> dense(itemBaskets.size(), kNone), item;
    for (int i = 0; i < baskets.itemCount; ++i) {
        if (itemBaskets[static_cast<size_t>(i)] >= minCount) {
            dense[static_cast<size_t>(i)] = static_cast<int>(item.size());
            item.push_back(i);
        }
    }
    PairCounts pairs(static_cast<int>(item.size()));
    std::vector<int> basket;
    for (int b = 0; b < n; ++b) {
        basket.clear();
        for (int k = baskets.first[b]; k < baskets.first[b + 1]; ++k)
            if (const int d = dense[static_cast<size_t>(baskets.items[k])]; d != kNone)
                basket.push_back(d);
        for (size_t i = 0; i < basket.size(); ++i)
            for (size_t j = i + 1; j < basket.size(); ++j)
                pairs.add(basket[i], basket[j]);
    }

    const auto addRule = [&](int lhs, int rhs, std::uint32_t count) {
        const qint64 nl = itemBaskets[static_cast<size_t>(lhs)];
        const qint64 nr = itemBaskets[static_cast<size_t>(rhs)];
        const double confidence = static_cast<double>(count) / static_cast<double>(nl);
        if (confidence < minConfidence)
            return;
        // Lift as one division of two exact integers, so A -> B and B -> A get the same value.
        const double lift =
            static_cast<double>(static_cast<qint64>(count) * n) / static_cast<double>(nl * nr);
        rules.push_back(
            {lhs, rhs, static_cast<int>(count), static_cast<double>(count) / n, confidence, lift});
    };
    pairs.forEach([&](int a, int b, std::uint32_t count) {
        if (static_cast<double>(count) / n < minSupport)
            return;
        addRule(item[static_cast<size_t>(a)], item[static_cast<size_t>(b)], count);
        addRule(item[static_cast<size_t>(b)], item[static_cast<size_t>(a)], count);
    });
    return rules;
}

} // namespace clientele::analysis
