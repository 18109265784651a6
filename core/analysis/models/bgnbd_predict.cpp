#include "bgnbd.h"
#include "hypergeometric.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace clientele::models {

namespace {

// (a+b+x-1)/(a-1) * [1 - ((alpha+T)/(alpha+T+t))^(r+x) * 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))],
// the conditional expectation before weighting by P(alive) (FHL 2005, eq. 10). Both factors
// vanish at a = 1, so there the value is taken as the mean of two evaluations just either side.
std::optional<double> aliveExpectationAwayFromOne(const BgNbdParams& p, int x, double T, double t) {
    const double z = t / (p.alpha + T + t);
    const std::optional<double> damped = dampedHyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    if (!damped) {
        return std::nullopt;
    }
    const double value = (p.a + p.b + x - 1) / (p.a - 1) * (1 - *damped);
    if (!std::isfinite(value)) {
        return std::nullopt;
    }
    return std::max(value, 0.0);
}

std::optional<double> aliveExpectation(const BgNbdParams& p, int x, double T, double t) {
    if (!(t >= 0) || !(T >= 0)) {
        return std::nullopt;
    }
    constexpr double kNearOne = 1e-7;
    if (std::abs(p.a - 1) >= kNearOne) {
        return aliveExpectationAwayFromOne(p, x, T, t);
    }
    BgNbdParams below = p, above = p;
    below.a = 1 - kNearOne;
    above.a = 1 + kNearOne;
    const auto lo = aliveExpectationAwayFromOne(below, x, T, t);
    const auto hi = aliveExpectationAwayFromOne(above, x, T, t);
    if (!lo || !hi) {
        return std::nullopt;
    }
    return (*lo + *hi) / 2;
}

struct XTKey {
    int x;
    double T;
    bool operator==(const XTKey& o) const { return x == o.x && T == o.T; }
};

struct XTHash {
    std::size_t operator()(const XTKey& k) const {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &k.T, sizeof bits);
        return std::hash<std::uint64_t>()(
            bits ^ (static_cast<std::uint64_t>(k.x) * 0x9E3779B97F4A7C15ULL));
    }
};

} // namespace

double bgnbdProbabilityAlive(const BgNbdParams& p, const CustomerSummary& c) {
    if (c.x <= 0) {
        return 1.0; // a customer who never came back cannot have dropped out after a repeat
    }
    // 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x)), in logs to avoid overflow.
    const double d = std::log(p.a / (p.b + c.x - 1)) +
                     (p.r + c.x) * (std::log(p.alpha + c.T) - std::log(p.alpha + c.tx));
    return d > 0 ? std::exp(-d) / (1 + std::exp(-d)) : 1 / (1 + std::exp(d));
}

std::optional<double> bgnbdExpectedPurchasesIfAlive(const BgNbdParams& params, int x, double T,
                                                    double t) {
    return aliveExpectation(params, x, T, t);
}

std::optional<double> bgnbdExpectedPurchases(const BgNbdParams& params, double t) {
    return aliveExpectation(params, 0, 0, t);
}

std::optional<double> bgnbdConditionalExpectedPurchases(const BgNbdParams& params,
                                                        const CustomerSummary& customer, double t) {
    const std::optional<double> alive = aliveExpectation(params, customer.x, customer.T, t);
    if (!alive) {
        return std::nullopt;
    }
    return *alive * bgnbdProbabilityAlive(params, customer);
}

std::vector<BgNbdPrediction> predictBgNbd(const BgNbdParams& params,
                                          std::span<const CustomerSummary> customers,
                                          double horizon) {
    std::unordered_map<XTKey, std::optional<double>, XTHash> cache;
    std::vector<BgNbdPrediction> out;
    out.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        BgNbdPrediction p;
        if (!validSummary(c)) {
            out.push_back(p);
            continue;
        }
        const XTKey key{c.x, c.T};
        auto it = cache.find(key);
        if (it == cache.end()) {
            it = cache.emplace(key, aliveExpectation(params, c.x, c.T, horizon)).first;
        }
        const double pAlive = bgnbdProbabilityAlive(params, c);
        if (std::isfinite(pAlive)) {
            p.pAlive = pAlive;
        }
        if (it->second && p.pAlive) {
            p.expectedPurchases = *it->second * pAlive;
        }
        out.push_back(p);
    }
    return out;
}

} // namespace clientele::models
