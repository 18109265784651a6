#pragma once

#include "holt_winters.h"
#include "model_status.h"

#include <optional>
#include <span>
#include <vector>

namespace clientele::models {

enum class ForecastMethod {
    HoltWinters, // additive, 12-month season
    Holt,        // linear trend, no season
};

struct ForecastOptions {
    int horizon = 6;            // months to forecast
    int minMonths = 12;         // fewer full months give "not enough history"
    int seasonalMinMonths = 24; // two full seasons before a season is fitted
    int seasonLength = 12;
    int backtestMonths = 6;
};

struct RevenueForecast {
    ModelStatus status;
    ForecastMethod method = ForecastMethod::Holt;
    SmoothingParams params;
    double residualSd = 0;
    std::vector<ForecastPoint> points; // the months after the series, in order
    // Mean absolute percentage error (a fraction: 0.05 = 5 %) of a refit on all but the last
    // backtestMonths months, forecasting those months; months with zero revenue are skipped.
    // Null when the shortened series is below minMonths or every held-out month is zero.
    std::optional<double> backtestMape;
    // The same error for the naive forecast over the same months: the same month a year
    // earlier with a season, the last training month's value without one.
    std::optional<double> naiveMape;
};

// Forecasts monthly revenue from a series of full months (oldest first, any money unit).
RevenueForecast forecastRevenue(std::span<const double> monthly,
                                const ForecastOptions& options = {});

} // namespace clientele::models
