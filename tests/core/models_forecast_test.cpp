#include "analysis/models/revenue_forecast.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

using namespace clientele::models;

namespace {

constexpr double kZ80 = 1.2815515655446004;

// A zero-mean 12-month pattern.
const std::vector<double> kSeason = {-300, -250, -100, 0, 50, 100, 150, 200, 100, 0, 150, -100};

double seasonal(int t) { // t = 1, 2, ...: month t of the series
    return 500 + 10.0 * t + kSeason[(t - 1) % 12];
}

std::vector<double> series(int n, double (*f)(int)) {
    std::vector<double> y;
    for (int t = 1; t <= n; ++t) {
        y.push_back(f(t));
    }
    return y;
}

double line(int t) {
    return 1000 + 50.0 * t;
}

} // namespace

TEST_CASE("Forecast of a straight line continues the line with a narrow interval",
          "[models][forecast]") {
    for (int n : {18, 36}) {
        INFO(n << " months");
        const RevenueForecast f = forecastRevenue(series(n, line));
        REQUIRE(f.status.fitted());
        CHECK(f.method == (n >= 24 ? ForecastMethod::HoltWinters : ForecastMethod::Holt));
        REQUIRE(f.points.size() == 6);
        for (int h = 1; h <= 6; ++h) {
            const ForecastPoint& p = f.points[h - 1];
            CHECK(p.value == Approx(line(n + h)).margin(1e-6));
            CHECK(p.high - p.low < 1e-6);
        }
        // The model fits the held-out months exactly; the naive forecast (same month last year,
        // or the last training value) lags the trend.
        REQUIRE(f.backtestMape);
        CHECK(*f.backtestMape < 1e-9);
        double naive = 0;
        for (int t = n - 5; t <= n; ++t) {
            const double guess = n >= 24 ? line(t - 12) : line(n - 6);
            naive += std::abs(line(t) - guess) / line(t) / 6;
        }
        REQUIRE(f.naiveMape);
        CHECK(*f.naiveMape == Approx(naive).epsilon(1e-12));
    }
}

TEST_CASE("Holt-Winters recovers an exact trend and season", "[models][forecast]") {
    const RevenueForecast f = forecastRevenue(series(36, seasonal), {12, 12, 24, 12, 6});
    REQUIRE(f.status.fitted());
    CHECK(f.method == ForecastMethod::HoltWinters);
    REQUIRE(f.points.size() == 12);
    for (int h = 1; h <= 12; ++h) {
        CHECK(f.points[h - 1].value == Approx(seasonal(36 + h)).margin(1e-6));
    }
    // Seasonal naive misses by the trend over a year, 12 * 10, in each held-out month.
    double naive = 0;
    for (int t = 31; t <= 36; ++t) {
        naive += 120 / seasonal(t) / 6;
    }
    CHECK(*f.backtestMape < 1e-9);
    CHECK(*f.naiveMape == Approx(naive).epsilon(1e-12));
}

TEST_CASE("Holt-Winters with noise keeps the season's shape", "[models][forecast]") {
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0, 20);
    std::vector<double> y;
    for (int t = 1; t <= 48; ++t) {
        y.push_back(seasonal(t) + noise(rng));
    }
    const RevenueForecast f = forecastRevenue(y, {12, 12, 24, 12, 6});
    REQUIRE(f.status.fitted());
    CHECK(f.method == ForecastMethod::HoltWinters);
    for (int h = 1; h <= 12; ++h) {
        // The season spans 500; the noise sd is 20.
        CHECK(f.points[h - 1].value == Approx(seasonal(48 + h)).margin(60));
        CHECK(f.points[h - 1].low < f.points[h - 1].value);
    }
    CHECK(f.residualSd > 10);
    CHECK(f.residualSd < 30);
    REQUIRE(f.backtestMape);
    REQUIRE(f.naiveMape);
    CHECK(*f.backtestMape < *f.naiveMape);
}

TEST_CASE("Forecast of a constant with noise is flat", "[models][forecast]") {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> noise(-50, 50);
    std::vector<double> y;
    for (int t = 1; t <= 20; ++t) {
        y.push_back(1000 + noise(rng));
    }
    const RevenueForecast f = forecastRevenue(y);
    REQUIRE(f.status.fitted());
    CHECK(f.method == ForecastMethod::Holt);
    // The noise has sd 50 / sqrt(3) = 28.9; a line fitted to 20 such months misses the level by
    // about 6.5 and the slope by about 1.1 a month (one sd), so 6 months ahead the forecast should
    // lie within about 3 sd of 1000, with at most a slight slope.
    for (const ForecastPoint& p : f.points) {
        CHECK(p.value == Approx(1000).margin(45));
        CHECK(p.low < 1000);
        CHECK(p.high > 1000);
    }
    CHECK(std::abs(f.points.back().value - f.points.front().value) < 25);
    // One step ahead the interval is value -/+ z * sigma; further out it widens by
    // sqrt(1 + sum of c_j^2), c_j = alpha (1 + j beta).
    const double sigma = f.residualSd;
    CHECK(f.points[0].high - f.points[0].value == Approx(kZ80 * sigma).epsilon(1e-12));
    const double c1 = f.params.alpha * (1 + f.params.beta);
    CHECK(f.points[1].high - f.points[1].value ==
          Approx(kZ80 * sigma * std::sqrt(1 + c1 * c1)).epsilon(1e-12));
    for (std::size_t h = 1; h < f.points.size(); ++h) {
        CHECK(f.points[h].high - f.points[h].low >= f.points[h - 1].high - f.points[h - 1].low);
    }
}

TEST_CASE("Forecast parameters stay within [0, 1]", "[models][forecast]") {
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0, 100);
    std::vector<double> y;
    for (int t = 1; t <= 40; ++t) {
        y.push_back(seasonal(t) + noise(rng) + (t > 30 ? 400 : 0)); // a level shift
    }
    const RevenueForecast f = forecastRevenue(y);
    REQUIRE(f.status.fitted());
    for (double v : {f.params.alpha, f.params.beta, f.params.gamma}) {
        CHECK(v >= 0);
        CHECK(v <= 1);
    }
}

TEST_CASE("Forecast needs twelve months and finite values", "[models][forecast]") {
    const RevenueForecast shortSeries = forecastRevenue(series(11, line));
    CHECK(shortSeries.status.status == FitStatus::NotEnoughHistory);
    CHECK(shortSeries.status.reason.contains(QStringLiteral("11")));
    CHECK(shortSeries.points.empty());
    CHECK(forecastRevenue({}).status.status == FitStatus::NotEnoughHistory);

    // Twelve to seventeen months: Holt, and too short to hold six months out for a backtest.
    const RevenueForecast twelve = forecastRevenue(series(12, line));
    REQUIRE(twelve.status.fitted());
    CHECK(twelve.method == ForecastMethod::Holt);
    CHECK_FALSE(twelve.backtestMape);
    CHECK_FALSE(twelve.naiveMape);

    std::vector<double> bad = series(20, line);
    bad[5] = std::nan("");
    const RevenueForecast invalid = forecastRevenue(bad);
    CHECK_FALSE(invalid.status.fitted());
    CHECK(invalid.points.empty());
}

TEST_CASE("Backtest skips months without revenue", "[models][forecast]") {
    std::vector<double> y = series(18, line);
    for (std::size_t i = 12; i < 18; ++i) {
        y[i] = 0;
    }
    const RevenueForecast f = forecastRevenue(y);
    REQUIRE(f.status.fitted());
    CHECK_FALSE(f.backtestMape); // every held-out month is zero: MAPE undefined
    CHECK_FALSE(f.naiveMape);
}
