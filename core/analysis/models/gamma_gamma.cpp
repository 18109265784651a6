#include "gamma_gamma.h"

#include "minimizer.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace clientele::models {

namespace {

using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::pole_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

double lgam(double v) {
    return boost::math::lgamma(v, Policy());
}

double psi(double v) {
    return boost::math::digamma(v, Policy());
}

// The eligible customers grouped by x, with the logarithms that do not depend on the parameters.
struct SpendData {
    struct Customer {
        double x, m, logM;
    };
    struct PerX {
        double x, weight, sumLogM;
    };
    std::vector<Customer> customers;
    std::vector<PerX> xs;
    double constant = 0; // sum of -log(m): the Jacobian part of the density
};

SpendData prepare(std::span<const CustomerSummary> summaries) {
    SpendData d;
    std::map<int, SpendData::PerX> byX;
    for (const CustomerSummary& c : summaries) {
        if (!gammaGammaEligible(c)) {
            continue;
        }
        const double logM = std::log(c.meanValue);
        d.customers.push_back({double(c.x), c.meanValue, logM});
        auto& g = byX.try_emplace(c.x, SpendData::PerX{double(c.x), 0, 0}).first->second;
        g.weight += 1;
        g.sumLogM += logM;
        d.constant -= logM;
    }
    for (const auto& [x, g] : byX) {
        d.xs.push_back(g);
    }
    return d;
}

// log f(m | p, q, gamma, x) = log Gamma(px+q) - log Gamma(px) - log Gamma(q) + q log gamma
//   + (px - 1) log m + px log x - (px + q) log(gamma + m x), summed; grad gets d/d(p, q, gamma).
double logLikelihood(const SpendData& d, const GammaGammaParams& params, std::span<double> grad) {
    const double p = params.p, q = params.q, gamma = params.gamma;
    const bool wantGrad = !grad.empty();
    double ll = d.constant, gP = 0, gQ = 0, gGamma = 0;
    const double lgQ = lgam(q), psiQ = wantGrad ? psi(q) : 0, logGamma = std::log(gamma);
    for (const auto& g : d.xs) {
        const double px = p * g.x, logX = std::log(g.x);
        ll +=
            g.weight * (lgam(px + q) - lgam(px) - lgQ + q * logGamma + px * logX) + px * g.sumLogM;
        if (wantGrad) {
            const double psiPxQ = psi(px + q);
            gP += g.weight * g.x * (psiPxQ - psi(px) + logX) + g.x * g.sumLogM;
            gQ += g.weight * (psiPxQ - psiQ + logGamma);
            gGamma += g.weight * q / gamma;
        }
    }
    for (const auto& c : d.customers) {
        const double logDen = std::log(gamma + c.m * c.x);
        ll -= (p * c.x + q) * logDen;
        if (wantGrad) {
            gP -= c.x * logDen;
            gQ -= logDen;
            gGamma -= (p * c.x + q) / (gamma + c.m * c.x);
        }
    }
    if (wantGrad) {
        grad[0] = gP;
        grad[1] = gQ;
        grad[2] = gGamma;
    }
    return ll;
}

GammaGammaParams fromLog(std::span<const double> t) {
    return {std::exp(t[0]), std::exp(t[1]), std::exp(t[2])};
}

bool usable(const GammaGammaParams& p) {
    return std::isfinite(p.p) && std::isfinite(p.q) && std::isfinite(p.gamma) && p.p > 0 &&
           p.q > 0 && p.gamma > 0;
}

// Starting points in (p, q); gamma is set so that the start's population mean p*gamma/(q-1)
// equals the observed mean spend, which makes the starts independent of the currency unit.
constexpr std::array<std::array<double, 2>, 3> kStarts = {{{1.0, 2.0}, {5.0, 4.0}, {0.5, 1.5}}};

// The mean negative log-likelihood over log(p, q, gamma).
ObjectiveWithGradient objectiveFor(const SpendData& data) {
    return [&data](std::span<const double> theta, std::span<double> grad) {
        const double n = static_cast<double>(data.customers.size());
        const GammaGammaParams p = fromLog(theta);
        if (!usable(p)) {
            return std::numeric_limits<double>::infinity();
        }
        std::array<double, 3> g{};
        const double ll = logLikelihood(data, p, grad.empty() ? std::span<double>() : g);
        if (!grad.empty()) {
            const std::array<double, 3> scale = {p.p, p.q, p.gamma};
            for (int i = 0; i < 3; ++i) {
                grad[i] = -g[i] * scale[i] / n;
            }
        }
        return -ll / n;
    };
}

// Above twice this many eligible customers the starts run on an evenly spread subsample.
constexpr std::size_t kSubsample = 4000;

std::vector<CustomerSummary> subsample(std::span<const CustomerSummary> customers) {
    std::vector<CustomerSummary> eligible;
    for (const CustomerSummary& c : customers) {
        if (gammaGammaEligible(c)) {
            eligible.push_back(c);
        }
    }
    std::vector<CustomerSummary> out;
    const std::size_t stride = eligible.size() / kSubsample + 1;
    for (std::size_t i = 0; i < eligible.size(); i += stride) {
        out.push_back(eligible[i]);
    }
    return out;
}

} // namespace

bool gammaGammaEligible(const CustomerSummary& c) {
    return c.x >= 1 && c.meanValue > 0 && std::isfinite(c.meanValue);
}

double gammaGammaLogLikelihood(const GammaGammaParams& params,
                               std::span<const CustomerSummary> customers) {
    return logLikelihood(prepare(customers), params, {});
}

GammaGammaFit fitGammaGamma(std::span<const CustomerSummary> customers,
                            const GammaGammaFitOptions& options) {
    GammaGammaFit fit;
    const SpendData data = prepare(customers);
    fit.customers = static_cast<int>(data.customers.size());
    if (fit.customers < options.minCustomers) {
        fit.status = {FitStatus::NotEnoughHistory,
                      QStringLiteral("not enough history: %1 customers with a repeat purchase of "
                                     "positive value, %2 needed")
                          .arg(fit.customers)
                          .arg(options.minCustomers)};
        return fit;
    }
    double meanSpend = 0;
    for (const auto& c : data.customers) {
        meanSpend += c.m;
    }
    meanSpend /= fit.customers;

    std::vector<std::vector<double>> starts;
    for (const auto& s : kStarts) {
        const double gamma0 = meanSpend * (s[1] - 1) / s[0];
        starts.push_back({std::log(s[0]), std::log(s[1]), std::log(gamma0)});
    }
    const bool large = data.customers.size() > 2 * kSubsample;
    const SpendData few = large ? prepare(subsample(customers)) : SpendData{};
    MinimizerOptions minimizerOptions;
    minimizerOptions.maxIterations = options.maxIterations;
    minimizerOptions.gradientTolerance = 1e-9;
    const MinimizerResult best =
        minimizeFromStarts(large ? objectiveFor(few) : ObjectiveWithGradient(), objectiveFor(data),
                           starts, minimizerOptions);
    if (!best.converged || !usable(fromLog(best.x))) {
        fit.status = {
            FitStatus::NotConverged,
            QStringLiteral("the Gamma-Gamma fit did not converge from any starting point")};
        return fit;
    }
    fit.params = fromLog(best.x);
    fit.logLikelihood = logLikelihood(data, fit.params, {});
    fit.converged = true;
    fit.status = {FitStatus::Fitted, {}};
    return fit;
}

std::optional<double> gammaGammaExpectedValue(const GammaGammaParams& params,
                                              const CustomerSummary& customer) {
    const double x = std::max(customer.x, 0);
    const double m = x > 0 ? customer.meanValue : 0;
    const double denominator = params.p * x + params.q - 1;
    if (!(denominator > 0) || !(params.q > 1)) {
        return std::nullopt;
    }
    const double value = params.p * (params.gamma + x * m) / denominator;
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace clientele::models
