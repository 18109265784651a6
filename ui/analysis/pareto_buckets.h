#pragma once

#include "analysis/profitability.h"

#include <optional>
#include <vector>

namespace clientele {

// Customers by the measure (profit or net profit), best first, in at most maxBars groups of
// (nearly) equal size, so a Pareto chart of 100,000 customers has 100 bars of one percentile each.
// Group b holds customers [b * n / bars, (b + 1) * n / bars) of the sorted list; with n <= maxBars
// each customer is a bar.
struct ParetoBucket {
    int first = 0; // positions in ProfitabilityResult::customers
    int end = 0;
    Money profit = 0;                      // of the measure
    std::optional<double> cumulativeShare; // of the measure's net total, after this group
};

std::vector<ParetoBucket>
paretoBuckets(const std::vector<analysis::CustomerProfit>& customers,
              analysis::ProfitMeasure measure = analysis::ProfitMeasure::Profit, int maxBars = 100);

} // namespace clientele
