#include "revenue_forecast.h"

#include <cmath>

namespace clientele::models {

namespace {

bool allFinite(std::span<const double> values) {
    for (double v : values) {
        if (!std::isfinite(v)) {
            return false;
        }
    }
    return true;
}

int seasonFor(std::size_t months, const ForecastOptions& o) {
    return static_cast<int>(months) >= o.seasonalMinMonths ? o.seasonLength : 0;
}

std::optional<double> mape(std::span<const double> actual, const std::vector<double>& predicted) {
    double sum = 0;
    int count = 0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (actual[i] != 0) {
            sum += std::abs(actual[i] - predicted[i]) / std::abs(actual[i]);
            ++count;
        }
    }
    if (count == 0 || !std::isfinite(sum)) {
        return std::nullopt;
    }
    return sum / count;
}

void backtest(std::span<const double> y, const ForecastOptions& o, RevenueForecast& out) {
    const std::size_t held = static_cast<std::size_t>(o.backtestMonths);
    if (held == 0 || y.size() < held + static_cast<std::size_t>(o.minMonths)) {
        return;
    }
    const std::span<const double> train = y.first(y.size() - held);
    const std::span<const double> test = y.last(held);
    const int season = seasonFor(train.size(), o);
    const SmoothingFit fit = fitSmoothing(train, season, static_cast<int>(held));
    if (fit.converged) {
        std::vector<double> predicted;
        for (const ForecastPoint& p : fit.forecast) {
            predicted.push_back(p.value);
        }
        out.backtestMape = mape(test, predicted);
    }
    std::vector<double> naive;
    for (std::size_t h = 0; h < held; ++h) {
        naive.push_back(season > 0 ? y[train.size() + h - season] : train.back());
    }
    out.naiveMape = mape(test, naive);
}

} // namespace

RevenueForecast forecastRevenue(std::span<const double> monthly, const ForecastOptions& o) {
    RevenueForecast out;
    if (!allFinite(monthly)) {
        out.status = {FitStatus::NotConverged,
                      QStringLiteral("the revenue series has invalid values")};
        return out;
    }
    if (static_cast<int>(monthly.size()) < o.minMonths) {
        out.status = {FitStatus::NotEnoughHistory,
                      QStringLiteral("not enough history: %1 full months, %2 needed for a forecast")
                          .arg(monthly.size())
                          .arg(o.minMonths)};
        return out;
    }
    const int season = seasonFor(monthly.size(), o);
    out.method = season > 0 ? ForecastMethod::HoltWinters : ForecastMethod::Holt;
    const SmoothingFit fit = fitSmoothing(monthly, season, o.horizon);
    if (!fit.converged) {
        out.status = {FitStatus::NotConverged,
                      QStringLiteral("the forecast's smoothing parameters did not converge")};
        return out;
    }
    for (const ForecastPoint& p : fit.forecast) {
        if (!std::isfinite(p.value) || !std::isfinite(p.low) || !std::isfinite(p.high)) {
            out.status = {FitStatus::NotConverged, QStringLiteral("the forecast is not finite")};
            return out;
        }
    }
    out.params = fit.params;
    out.residualSd = fit.residualSd;
    out.points = fit.forecast;
    backtest(monthly, o, out);
    out.status = {FitStatus::Fitted, {}};
    return out;
}

} // namespace clientele::models
