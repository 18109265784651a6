#include "cost_to_serve.h"

namespace clientele::analysis {

std::vector<Money> costToServe(const Facts& facts, const Window& window) {
    std::vector<Money> cost(static_cast<std::size_t>(facts.customers.size()), 0);
    const ServiceCostFacts& s = facts.serviceCosts;
    for (int i = 0; i < s.size(); ++i)
        if (window.contains(s.day[i]))
            cost[static_cast<std::size_t>(s.customer[i])] += s.amount[i];
    return cost;
}

} // namespace clientele::analysis
