#pragma once

#include "customer_summary.h"
#include "model_status.h"

#include <optional>
#include <span>

namespace clientele::models {

// Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"; Hardie's
// note 025): a customer's purchase values are Gamma(p, nu) with nu ~ Gamma(q, gamma). It uses
// x and meanValue of the summaries; only customers with x >= 1 and meanValue > 0 take part.
struct GammaGammaParams {
    double p = 0;
    double q = 0;
    double gamma = 0;
};

struct GammaGammaFitOptions {
    int minCustomers = 30; // fewer eligible customers give "not enough history"
    int maxIterations = 500;
};

struct GammaGammaFit {
    ModelStatus status;
    GammaGammaParams params;
    double logLikelihood = 0; // summed over the eligible customers
    bool converged = false;
    int customers = 0; // eligible customers
};

bool gammaGammaEligible(const CustomerSummary& customer);

// Log-likelihood of the eligible customers' mean values given x (the density of the mean).
double gammaGammaLogLikelihood(const GammaGammaParams& params,
                               std::span<const CustomerSummary> customers);

// Maximum likelihood over log(p, q, gamma), BFGS from several starts.
GammaGammaFit fitGammaGamma(std::span<const CustomerSummary> customers,
                            const GammaGammaFitOptions& options = {});

// E[M | x, mean]: the expected value of the customer's future purchases,
// (p * (gamma + x * mean)) / (p * x + q - 1). A customer without repeat purchases gets the
// population mean p * gamma / (q - 1). Nothing when q <= 1 (the mean is then infinite).
std::optional<double> gammaGammaExpectedValue(const GammaGammaParams& params,
                                              const CustomerSummary& customer);

} // namespace clientele::models
