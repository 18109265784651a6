#pragma once

#include "bgnbd.h"
#include "customer_summary.h"
#include "gamma_gamma.h"

#include <optional>
#include <span>
#include <vector>

namespace clientele::models {

struct ClvOptions {
    double horizon = 52; // in units
    TimeUnit unit = TimeUnit::Week;
    double margin = 1.0; // profit share of revenue
    // Yearly discount rate (0.1 = 10 %). The horizon is cut into months (365.25 / 12 days; the
    // last one may be shorter); the purchases the model expects in month k, E[Y(t_k)] -
    // E[Y(t_(k-1))], are discounted to the calibration end as if made at the month's end t_k,
    // by the factor (1 + rate)^(-t_k / one year). Without a rate nothing is discounted.
    std::optional<double> yearlyDiscountRate;
};

struct CustomerValue {
    std::optional<double> expectedPurchases; // E[Y(horizon) | x, t_x, T]
    std::optional<double> pAlive;            // everything is null for an invalid summary
    std::optional<double> expectedValue;     // Gamma-Gamma E[M | x, mean]
    // expected (discounted) purchases x expected value x margin; null when a part is null.
    std::optional<double> clv;
};

// Predictions, spend and CLV for every customer, in the order given. Without spend parameters
// (the Gamma-Gamma fit failed or was not wanted) expectedValue and clv stay null.
std::vector<CustomerValue> customerValues(const BgNbdParams& purchases,
                                          const std::optional<GammaGammaParams>& spend,
                                          std::span<const CustomerSummary> customers,
                                          const ClvOptions& options);

} // namespace clientele::models
