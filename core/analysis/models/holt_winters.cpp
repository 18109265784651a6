#include "holt_winters.h"

#include "minimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clientele::models {

namespace {

constexpr double kZ80 = 1.2815515655446004; // standard normal 90 % quantile: 80 % two-sided

struct State {
    double level = 0;
    double trend = 0;
    std::vector<double> season; // by position t mod m; empty without a season
};

// Least-squares line y = c + d t over t = 1..k.
std::pair<double, double> line(std::span<const double> y) {
    const double k = static_cast<double>(y.size());
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double t = static_cast<double>(i + 1);
        st += t;
        sy += y[i];
        stt += t * t;
        sty += t * y[i];
    }
    const double denominator = k * stt - st * st;
    const double d = denominator > 0 ? (k * sty - st * sy) / denominator : 0;
    return {(sy - d * st) / k, d};
}

// With a season: the level is the first season's mean, the trend the change of the mean from
// the first season to the second per month, and the seasonal terms the mean detrended values of
// each position (exact for a linear trend plus a fixed season). Without: the least-squares line
// through the whole series, so that a small smoothing constant, which the error favours on a
// noisy flat series, does not extrapolate the noise of the first few months.
State initialState(std::span<const double> y, int m) {
    if (m == 0) {
        const auto [c, d] = line(y);
        return {c, d, {}};
    }
    double first = 0, second = 0;
    for (int i = 0; i < m; ++i) {
        first += y[i] / m;
        second += y[m + i] / m;
    }
    State s;
    s.trend = (second - first) / m;
    s.level = first - s.trend * (m + 1) / 2.0; // the level just before the first month
    s.season.assign(m, 0.0);
    for (int i = 0; i < 2 * m; ++i) {
        s.season[i % m] += (y[i] - (s.level + s.trend * (i + 1))) / 2;
    }
    return s;
}

// Runs the recursion over y; returns the sum of squared one-step errors and leaves the final
// state in s.
double smooth(std::span<const double> y, const SmoothingParams& p, State& s) {
    const int m = static_cast<int>(s.season.size());
    double sse = 0;
    for (std::size_t t = 0; t < y.size(); ++t) {
        const double seasonal = m > 0 ? s.season[t % m] : 0;
        const double e = y[t] - (s.level + s.trend + seasonal);
        sse += e * e;
        s.level += s.trend + p.alpha * e;
        s.trend += p.alpha * p.beta * e;
        if (m > 0) {
            s.season[t % m] += p.gamma * (1 - p.alpha) * e;
        }
    }
    return sse;
}

// sin^2 maps the real line onto [0, 1], bounds included, so the simplex search needs no
// constraints.
SmoothingParams fromFree(std::span<const double> u, bool seasonal) {
    auto bounded = [](double v) { return std::sin(v) * std::sin(v); };
    return {bounded(u[0]), bounded(u[1]), seasonal ? bounded(u[2]) : 0.0};
}

double toFree(double v) {
    return std::asin(std::sqrt(v));
}

std::vector<ForecastPoint> project(const State& s, std::size_t n, const SmoothingParams& p,
                                   double sigma, int horizon) {
    const int m = static_cast<int>(s.season.size());
    std::vector<ForecastPoint> out;
    double sumC2 = 0;
    for (int h = 1; h <= horizon; ++h) {
        const double seasonal = m > 0 ? s.season[(n + h - 1) % m] : 0;
        const double value = s.level + h * s.trend + seasonal;
        const double sd = sigma * std::sqrt(1 + sumC2);
        out.push_back({value, value - kZ80 * sd, value + kZ80 * sd});
        const double c =
            p.alpha * (1 + h * p.beta) + (m > 0 && h % m == 0 ? p.gamma * (1 - p.alpha) : 0);
        sumC2 += c * c;
    }
    return out;
}

} // namespace

SmoothingFit fitSmoothing(std::span<const double> y, int seasonLength, int horizon) {
    const bool seasonal = seasonLength > 0;
    const State start = initialState(y, seasonLength);
    const Objective sse = [&](std::span<const double> u) {
        State s = start;
        return smooth(y, fromFree(u, seasonal), s);
    };

    // A coarse grid first, then the simplex from the best grid point: the error surface of
    // short series often has several local minima.
    const std::vector<double> grid = {0.05, 0.3, 0.6, 0.9};
    const std::vector<double> gammaGrid = seasonal ? grid : std::vector<double>{0.0};
    std::vector<double> bestStart;
    double bestValue = std::numeric_limits<double>::infinity();
    for (double a : grid) {
        for (double b : grid) {
            for (double g : gammaGrid) {
                std::vector<double> u = {toFree(a), toFree(b)};
                if (seasonal) {
                    u.push_back(toFree(g));
                }
                const double v = sse(u);
                if (v < bestValue) {
                    bestValue = v;
                    bestStart = std::move(u);
                }
            }
        }
    }
    MinimizerOptions options;
    options.maxIterations = 2000;
    options.sizeTolerance = 1e-6;
    options.initialStep = 0.2;
    const MinimizerResult result = minimizeSimplex(sse, bestStart, options);

    SmoothingFit fit;
    const std::vector<double>& u = result.value <= bestValue ? result.x : bestStart;
    fit.params = fromFree(u, seasonal);
    State s = start;
    fit.sse = smooth(y, fit.params, s);
    fit.residualSd = std::sqrt(fit.sse / static_cast<double>(y.size()));
    // Every point of [0, 1]^k is a valid model, so a simplex that ran out of iterations on a flat
    // stretch still leaves a usable fit; only a non-finite error makes the fit unusable.
    fit.converged = std::isfinite(fit.sse);
    if (fit.converged) {
        fit.forecast = project(s, y.size(), fit.params, fit.residualSd, horizon);
    }
    return fit;
}

} // namespace clientele::models
