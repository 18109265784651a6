#pragma once

#include "bgnbd.h"

#include <array>
#include <span>
#include <vector>

namespace clientele::models {

// The BG/NBD log-likelihood and its gradient, arranged for repeated evaluation by an optimiser:
// identical customers are merged with a weight, the gamma-function terms are computed once per
// distinct x, and the logarithms once per distinct T and t_x.
class BgNbdLikelihood {
public:
    explicit BgNbdLikelihood(std::span<const CustomerSummary> customers);

    // Sum of log-likelihoods; when grad is not empty it receives d/d(r, alpha, a, b).
    double evaluate(const BgNbdParams& p, std::span<double> grad) const;

    double totalWeight() const { return m_totalWeight; }
    double meanX() const { return m_sumX / m_totalWeight; }
    double meanT() const { return m_sumT / m_totalWeight; }

private:
    struct Group {
        int xIndex = 0;
        int tIndex = 0;  // into m_tValues
        int txIndex = 0; // into m_tValues
        double weight = 0;
    };
    struct PerX {
        int x = 0;
        double weight = 0; // customers with this x
    };

    std::vector<Group> m_groups;
    std::vector<PerX> m_xs;
    std::vector<double> m_tValues; // distinct T and t_x values, sorted
    double m_totalWeight = 0;
    double m_sumX = 0;
    double m_sumT = 0;
};

} // namespace clientele::models
