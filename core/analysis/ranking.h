#pragma once

#include "common/money.h"

#include <optional>
#include <span>
#include <vector>

namespace clientele::analysis {

enum class Tier : char { A = 'A', B = 'B', C = 'C' };

// A/B/C tiers by a measure (profit), as the spec defines them: sorted by the measure descending
// (ties in the given order, so callers pass items sorted by ref), the total is the sum of the
// positive measures; an item is A while the cumulative share before it is < 0.80, B while < 0.95,
// else C; a measure <= 0 is always C. All empty when no measure is positive.
std::vector<std::optional<Tier>> abcTiers(std::span<const Money> measure);

// Quintile scores 1..5: items sorted from worst to best; an item's position is that of the first
// item with an equal value (equal values, equal scores); score = 1 + floor(5 x position / n).
// higherIsBetter = false for recency in days.
std::vector<int> quintileScores(std::span<const double> values, bool higherIsBetter);

} // namespace clientele::analysis
