#include "ranking.h"

#include <algorithm>
#include <numeric>

namespace clientele::analysis {

std::vector<std::optional<Tier>> abcTiers(std::span<const Money> measure) {
    const size_t n = measure.size();
    std::vector<std::optional<Tier>> tiers(n);
    Money total = 0;
    for (Money m : measure)
        if (m > 0)
            total += m;
    if (total <= 0)
        return tiers;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return measure[a] > measure[b]; });
    // Integer comparisons: before / total < 0.80  <=>  100 x before < 80 x total.
    Money before = 0;
    for (size_t i : order) {
        if (measure[i] <= 0)
            tiers[i] = Tier::C;
        else if (before * 100 < total * 80)
            tiers[i] = Tier::A;
        else if (before * 100 < total * 95)
            tiers[i] = Tier::B;
        else
            tiers[i] = Tier::C;
        if (measure[i] > 0)
            before += measure[i];
    }
    return tiers;
}

std::vector<int> quintileScores(std::span<const double> values, bool higherIsBetter) {
    const size_t n = values.size();
    std::vector<int> scores(n);
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    auto worse = [&](size_t a, size_t b) {
        return higherIsBetter ? values[a] < values[b] : values[a] > values[b];
    };
    std::stable_sort(order.begin(), order.end(), worse);
    size_t firstOfRun = 0;
    for (size_t pos = 0; pos < n; ++pos) {
        if (pos > 0 && values[order[pos]] != values[order[pos - 1]])
            firstOfRun = pos;
        scores[order[pos]] = 1 + static_cast<int>(5 * firstOfRun / n);
    }
    return scores;
}

} // namespace clientele::analysis
