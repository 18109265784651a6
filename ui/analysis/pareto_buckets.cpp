#include "pareto_buckets.h"

namespace clientele {

std::vector<ParetoBucket> paretoBuckets(const std::vector<analysis::CustomerProfit>& customers,
                                        analysis::ProfitMeasure measure, int maxBars) {
    const auto n = static_cast<qint64>(customers.size());
    const qint64 bars = std::min<qint64>(n, maxBars);
    Money total = 0;
    for (const auto& c : customers)
        total += c.measure(measure);
    std::vector<ParetoBucket> buckets;
    buckets.reserve(static_cast<std::size_t>(bars));
    Money cumulative = 0;
    for (qint64 b = 0; b < bars; ++b) {
        ParetoBucket bucket;
        bucket.first = static_cast<int>(b * n / bars);
        bucket.end = static_cast<int>((b + 1) * n / bars);
        for (int i = bucket.first; i < bucket.end; ++i)
            bucket.profit += customers[static_cast<std::size_t>(i)].measure(measure);
        cumulative += bucket.profit;
        // As in the spec's Pareto figures: no shares of a total that is not positive.
        if (total > 0)
            bucket.cumulativeShare = static_cast<double>(cumulative) / static_cast<double>(total);
        buckets.push_back(bucket);
    }
    return buckets;
}

} // namespace clientele
