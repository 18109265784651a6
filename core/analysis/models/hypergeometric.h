#pragma once

#include <optional>

namespace clientele::models {

// Gauss hypergeometric function 2F1(a, b; c; z) for a, b, c > 0 and 0 <= z < 1, the domain the
// BG/NBD model needs. With positive parameters and z >= 0 every term of the series is positive,
// so summing it loses no precision to cancellation. Nothing when the arguments are outside that
// domain or the series does not settle (z too close to 1 for the iteration budget).
std::optional<double> hyp2f1(double a, double b, double c, double z);

// (1 - z)^a * 2F1(a, b; c; z) on the same domain. For c < a + b, 2F1 grows like
// (1 - z)^(c - a - b) as z -> 1 and overflows a double long before the product does, so the
// product is formed in extended precision and log space.
std::optional<double> dampedHyp2f1(double a, double b, double c, double z);

} // namespace clientele::models
