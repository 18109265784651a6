#include "clv.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace clientele::models {

namespace {

constexpr double kDaysPerYear = 365.25;

struct Expectations {
    std::optional<double> plain;      // E[Y(horizon)] / P(alive)
    std::optional<double> discounted; // the same, month by month, discounted
};

Expectations expectations(const BgNbdParams& params, int x, double T, const ClvOptions& o) {
    Expectations e;
    e.plain = bgnbdExpectedPurchasesIfAlive(params, x, T, o.horizon);
    if (!e.plain || !o.yearlyDiscountRate) {
        e.discounted = e.plain;
        return e;
    }
    const double year = kDaysPerYear / daysPerUnit(o.unit);
    const double month = year / 12;
    const double growth = 1 + *o.yearlyDiscountRate;
    if (!(growth > 0)) {
        return e;
    }
    double sum = 0, before = 0, tBefore = 0;
    while (tBefore < o.horizon) {
        const double t = std::min(tBefore + month, o.horizon);
        const std::optional<double> upTo = bgnbdExpectedPurchasesIfAlive(params, x, T, t);
        if (!upTo) {
            return e;
        }
        sum += (*upTo - before) * std::pow(growth, -t / year);
        before = *upTo;
        tBefore = t;
    }
    e.discounted = sum;
    return e;
}

} // namespace

std::vector<CustomerValue> customerValues(const BgNbdParams& purchases,
                                          const std::optional<GammaGammaParams>& spend,
                                          std::span<const CustomerSummary> customers,
                                          const ClvOptions& options) {
    // Customers with the same x and T share the hypergeometric work.
    std::map<std::pair<int, double>, Expectations> cache;
    std::vector<CustomerValue> out;
    out.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        CustomerValue v;
        const double pAlive = validSummary(c) ? bgnbdProbabilityAlive(purchases, c) : std::nan("");
        if (!std::isfinite(pAlive)) {
            out.push_back(v);
            continue;
        }
        v.pAlive = pAlive;
        auto it = cache.find({c.x, c.T});
        if (it == cache.end()) {
            it = cache.emplace(std::pair{c.x, c.T}, expectations(purchases, c.x, c.T, options))
                     .first;
        }
        if (it->second.plain) {
            v.expectedPurchases = *it->second.plain * pAlive;
        }
        if (spend) {
            v.expectedValue = gammaGammaExpectedValue(*spend, c);
        }
        if (it->second.discounted && v.expectedValue) {
            const double clv = *it->second.discounted * pAlive * *v.expectedValue * options.margin;
            if (std::isfinite(clv)) {
                v.clv = clv;
            }
        }
        out.push_back(v);
    }
    return out;
}

} // namespace clientele::models
