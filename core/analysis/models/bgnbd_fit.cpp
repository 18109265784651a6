#include "bgnbd.h"
#include "bgnbd_likelihood.h"
#include "minimizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace clientele::models {

namespace {

BgNbdParams fromLog(std::span<const double> theta) {
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

bool finite(const BgNbdParams& p) {
    return std::isfinite(p.r) && std::isfinite(p.alpha) && std::isfinite(p.a) &&
           std::isfinite(p.b) && p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0;
}

// Starting points in (r, a, b); alpha follows from the data's average purchase rate
// (r / alpha is the mean rate of the Gamma mixing distribution), so the starts suit days and
// weeks alike.
constexpr std::array<std::array<double, 3>, 3> kStarts = {{
    {1.0, 1.0, 1.0},
    {0.5, 0.5, 3.0},
    {2.0, 2.0, 1.0},
}};

// The mean negative log-likelihood over log-parameters, which keeps all four parameters
// positive and the gradient tolerance independent of the number of customers.
ObjectiveWithGradient objectiveFor(const BgNbdLikelihood& likelihood) {
    return [&likelihood](std::span<const double> theta, std::span<double> grad) {
        const double n = likelihood.totalWeight();
        const BgNbdParams p = fromLog(theta);
        if (!finite(p)) {
            return std::numeric_limits<double>::infinity();
        }
        std::array<double, 4> g{};
        const double ll = likelihood.evaluate(p, grad.empty() ? std::span<double>() : g);
        if (!grad.empty()) {
            const std::array<double, 4> scale = {p.r, p.alpha, p.a, p.b};
            for (int i = 0; i < 4; ++i) {
                grad[i] = -g[i] * scale[i] / n;
            }
        }
        return -ll / n;
    };
}

// Above this many customers the starts run on an evenly spread subsample of about this size.
constexpr std::size_t kSubsample = 4000;

std::vector<CustomerSummary> subsample(std::span<const CustomerSummary> customers) {
    std::vector<CustomerSummary> out;
    const std::size_t stride = customers.size() / kSubsample + 1;
    for (std::size_t i = 0; i < customers.size(); i += stride) {
        out.push_back(customers[i]);
    }
    return out;
}

} // namespace

double bgnbdLogLikelihood(const BgNbdParams& params, std::span<const CustomerSummary> customers) {
    return BgNbdLikelihood(customers).evaluate(params, {});
}

BgNbdFit fitBgNbd(std::span<const CustomerSummary> customers, const BgNbdFitOptions& options) {
    BgNbdFit fit;
    fit.customers = static_cast<int>(customers.size());
    fit.repeatCustomers = static_cast<int>(std::count_if(
        customers.begin(), customers.end(), [](const CustomerSummary& c) { return c.x > 0; }));
    const auto invalid = std::find_if_not(customers.begin(), customers.end(), validSummary);
    if (invalid != customers.end()) {
        fit.status = {FitStatus::InvalidInput,
                      QStringLiteral("customer %1 has an impossible summary (x %2, t_x %3, T %4)")
                          .arg(invalid - customers.begin() + 1)
                          .arg(invalid->x)
                          .arg(invalid->tx)
                          .arg(invalid->T)};
        return fit;
    }
    if (fit.repeatCustomers < options.minRepeatCustomers) {
        fit.status = {
            FitStatus::NotEnoughHistory,
            QStringLiteral("not enough history: %1 customers with a repeat purchase, %2 needed")
                .arg(fit.repeatCustomers)
                .arg(options.minRepeatCustomers)};
        return fit;
    }

    const BgNbdLikelihood likelihood(customers);
    const double meanRate = std::max(likelihood.meanX(), 0.01) / std::max(likelihood.meanT(), 1e-6);
    std::vector<std::vector<double>> starts;
    for (const auto& s : kStarts) {
        starts.push_back(
            {std::log(s[0]), std::log(s[0] / meanRate), std::log(s[1]), std::log(s[2])});
    }
    const bool large = customers.size() > 2 * kSubsample;
    const std::vector<CustomerSummary> few =
        large ? subsample(customers) : std::vector<CustomerSummary>{};
    const BgNbdLikelihood coarse(few);
    MinimizerOptions minimizerOptions;
    minimizerOptions.maxIterations = options.maxIterations;
    minimizerOptions.gradientTolerance = 1e-9;
    const MinimizerResult best =
        minimizeFromStarts(large ? objectiveFor(coarse) : ObjectiveWithGradient(),
                           objectiveFor(likelihood), starts, minimizerOptions);
    if (!best.converged || !finite(fromLog(best.x))) {
        fit.status = {FitStatus::NotConverged,
                      QStringLiteral("the BG/NBD fit did not converge from any starting point")};
        return fit;
    }
    fit.params = fromLog(best.x);
    fit.logLikelihood = likelihood.evaluate(fit.params, {});
    fit.converged = true;
    fit.iterations = best.iterations;
    fit.status = {FitStatus::Fitted, {}};
    return fit;
}

} // namespace clientele::models
