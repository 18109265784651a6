#include "hypergeometric.h"

#include <boost/math/policies/policy.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <limits>

namespace clientele::models {

namespace {

// Report failures through errno and non-finite values instead of exceptions, so a bad customer
// costs one null figure, not the whole analysis.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::pole_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>,
    boost::math::policies::promote_double<false>,
    boost::math::policies::max_series_iterations<1000000>>;

constexpr double kMaxTerms = 1000000;

// Boost's checked series also returns an estimate of its absolute error; a sum of positive
// terms should be good to a few ulps of long double.
constexpr long double kMaxRelativeError = 1e-12L;

bool inDomain(double a, double b, double c, double z) {
    return a > 0 && b > 0 && c > 0 && z >= 0 && z < 1 && std::isfinite(a) && std::isfinite(b) &&
           std::isfinite(c);
}

// Boost returns the partial sum without complaint when it runs out of iterations (z very near
// 1), so check beforehand that the series has settled within the budget: from term n on, the
// ratio of successive terms (a+n)(b+n) z / ((c+n)(n+1)) stays below rho = max(ratio_n, z)
// (it tends to z monotonically once n dwarfs a, b and c), so the tail beyond term n is at most
// t_n rho / (1 - rho), and the sum itself is at least its first term, 1.
bool settlesWithinBudget(double a, double b, double c, double z) {
    const double n = kMaxTerms;
    if (n < 10 * std::max({a, b, c})) {
        return false;
    }
    const double ratio = (a + n) * (b + n) * z / ((c + n) * (n + 1));
    const double rho = std::max(ratio, z);
    if (rho >= 1) {
        return false;
    }
    auto lgamma = [](double v) { return boost::math::lgamma(v, Policy()); };
    const double logTerm = lgamma(a + n) - lgamma(a) + lgamma(b + n) - lgamma(b) - lgamma(c + n) +
                           lgamma(c) - lgamma(n + 1) + n * std::log(z);
    return logTerm + std::log(rho / (1 - rho)) < std::log(1e-18);
}

std::optional<long double> series(double a, double b, double c, double z) {
    if (!inDomain(a, b, c, z) || !settlesWithinBudget(a, b, c, z)) {
        return std::nullopt;
    }
    errno = 0;
    long double absError = 0;
    const long double value = boost::math::hypergeometric_pFq(
        {static_cast<long double>(a), static_cast<long double>(b)}, {static_cast<long double>(c)},
        static_cast<long double>(z), &absError, Policy());
    if (errno != 0 || !std::isfinite(value) || value <= 0 ||
        !(absError <= kMaxRelativeError * value)) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<double> hyp2f1(double a, double b, double c, double z) {
    const std::optional<long double> value = series(a, b, c, z);
    if (!value || *value > static_cast<long double>(std::numeric_limits<double>::max())) {
        return std::nullopt;
    }
    return static_cast<double>(*value);
}

std::optional<double> dampedHyp2f1(double a, double b, double c, double z) {
    const std::optional<long double> value = series(a, b, c, z);
    if (!value) {
        return std::nullopt;
    }
    const long double logResult =
        static_cast<long double>(a) * std::log1p(-static_cast<long double>(z)) + std::log(*value);
    const double result = static_cast<double>(std::exp(logResult));
    if (!std::isfinite(result)) {
        return std::nullopt;
    }
    return result;
}

} // namespace clientele::models
