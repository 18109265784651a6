#pragma once

#include "facts.h"
#include "window.h"

#include <vector>

namespace clientele::analysis {

// What serving each customer cost in the window (ServiceCostFacts dated in [from, to]: visit
// costs, task costs and expenses), indexed by CustomerFacts index. Not part of the spec's
// profitability: profitability's cost_to_serve and net_profit (profit - cost_to_serve) add it.
std::vector<Money> costToServe(const Facts& facts, const Window& window);

} // namespace clientele::analysis
