#pragma once

#include <span>
#include <vector>

namespace clientele::models {

// Additive Holt-Winters exponential smoothing in error-correction form (Hyndman et al. 2008,
// "Forecasting with exponential smoothing", ETS(A,A,A); ETS(A,A,N) = Holt's linear trend when
// seasonLength is 0). With e_t = y_t - (l + b + s_t) the one-step-ahead error:
//   l' = l + b + alpha e,  b' = b + alpha beta e,  s_t' = s_t + gamma (1 - alpha) e,
// which is the classic Holt-Winters recursion with alpha, beta, gamma in [0, 1].
struct SmoothingParams {
    double alpha = 0;
    double beta = 0;
    double gamma = 0; // unused without a season
};

struct ForecastPoint {
    double value = 0;
    double low = 0; // 80 % prediction interval
    double high = 0;
};

struct SmoothingFit {
    SmoothingParams params;
    double sse = 0;        // sum of squared one-step-ahead errors
    double residualSd = 0; // sqrt(sse / n)
    bool converged = false;
    std::vector<ForecastPoint> forecast;
};

// Fits alpha, beta (and gamma with a season) by minimising the one-step-ahead squared error,
// then forecasts `horizon` steps. Needs at least two seasons with a season, two values without.
// Initial state with a season: level = mean of the first season, trend = (mean of the second
// season - mean of the first) / m, seasonal terms = the mean detrended values of each position;
// without a season, the least-squares line through the whole series.
// The interval is value -/+ 1.2816 sd_h with sd_h^2 = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2),
// c_j = alpha (1 + j beta) + gamma (1 - alpha) [j mod m = 0] (ibid., Table 6.1) and sigma^2
// the mean squared one-step error.
SmoothingFit fitSmoothing(std::span<const double> series, int seasonLength, int horizon);

} // namespace clientele::models
