#pragma once

#include "customer_summary.h"
#include "model_status.h"

#include <optional>
#include <span>
#include <vector>

namespace clientele::models {

// BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy
// way"): while alive a customer buys at rate lambda ~ Gamma(r, alpha); after each purchase it
// drops out with probability p ~ Beta(a, b). Time is in the unit of the summaries.
struct BgNbdParams {
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

struct BgNbdFitOptions {
    int minRepeatCustomers = 30; // fewer customers with x >= 1 give "not enough history"
    int maxIterations = 500;
};

struct BgNbdFit {
    ModelStatus status;
    BgNbdParams params;       // meaningful when status.fitted()
    double logLikelihood = 0; // at params, summed over all customers
    bool converged = false;
    int iterations = 0; // of the start that won
    int customers = 0;
    int repeatCustomers = 0; // customers with x >= 1
};

// The model's log-likelihood of the summaries (sum over customers).
double bgnbdLogLikelihood(const BgNbdParams& params, std::span<const CustomerSummary> customers);

// Maximum likelihood over log(r, alpha, a, b) with BFGS from several starts; the start with the
// highest likelihood among those that converged wins.
BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers, const BgNbdFitOptions& options = {});

// P(alive | x, t_x, T), for a summary that passes validSummary().
double bgnbdProbabilityAlive(const BgNbdParams& params, const CustomerSummary& customer);

// E[X(t)]: expected purchases in (0, t] of a customer just acquired at time 0.
std::optional<double> bgnbdExpectedPurchases(const BgNbdParams& params, double t);

// E[Y(t) | x, t_x, T]: expected purchases in the next t units after the calibration end.
// Nothing when the figure cannot be computed reliably (it is then shown as null).
std::optional<double> bgnbdConditionalExpectedPurchases(const BgNbdParams& params,
                                                        const CustomerSummary& customer, double t);

// E[Y(t) | x, t_x, T] / P(alive): the expected purchases of a customer known to be alive at T.
// It depends on x and T only, which lets callers share it between customers.
std::optional<double> bgnbdExpectedPurchasesIfAlive(const BgNbdParams& params, int x, double T,
                                                    double t);

struct BgNbdPrediction {
    std::optional<double> expectedPurchases; // over the horizon
    std::optional<double> pAlive;            // null, like the expectation, for an invalid summary
};

// Predictions for many customers at once: customers sharing (x, T) share the costly
// hypergeometric term, which is computed once.
std::vector<BgNbdPrediction>
predictBgNbd(const BgNbdParams& params, std::span<const CustomerSummary> customers, double horizon);

} // namespace clientele::models
