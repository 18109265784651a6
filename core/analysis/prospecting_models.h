#pragma once

#include "facts.h"
#include "models/bgnbd.h"
#include "models/clv.h"
#include "models/gamma_gamma.h"
#include "models/revenue_forecast.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace clientele::analysis {

// The three statistical models of prospecting (analyses.md): BG/NBD purchases and P(alive),
// Gamma-Gamma spend and CLV per customer, and the monthly revenue forecast.
struct ProspectingModelOptions {
    models::TimeUnit unit = models::TimeUnit::Week;
    double horizon = 52;                // in units
    int forecastMonths = 6;             // months after the last full month of the window
    std::optional<double> margin;       // the window's overall margin when unset
    std::optional<double> discountRate; // yearly; nothing discounted when unset
};

struct CustomerPrediction {
    int customer = kNone;            // CustomerFacts index
    models::CustomerSummary summary; // meanValue in major units (as the spend model is fitted)
    models::CustomerValue value;     // expectedValue and clv in minor units
    Money realisedProfit = 0;        // in the window, for the value matrix
};

// Realised profit against predicted CLV, each split at its median (issue: the "value matrix").
// A customer at a median counts as high.
struct ValueMatrix {
    std::optional<double> profitMedian; // minor units; null without customers with a CLV
    std::optional<double> clvMedian;    // minor units
    int highProfitHighClv = 0;
    int highProfitLowClv = 0;
    int lowProfitHighClv = 0;
    int lowProfitLowClv = 0;
};

struct ProspectingModels {
    models::BgNbdFit bgnbd;
    models::GammaGammaFit gammaGamma;
    std::optional<double> margin;              // used for CLV
    std::vector<CustomerPrediction> customers; // by ref
    ValueMatrix valueMatrix;
    models::RevenueForecast forecast;
    int firstForecastMonth = 0; // monthIndex of forecast.points[0]
    int fullMonths = 0;         // length of the monthly series the forecast was fitted on
};

// Customers whose first counted order falls in the window, summarised up to window.to (the
// calibration end); later orders are ignored.
ProspectingModels computeProspectingModels(const Facts& facts, const Window& window,
                                           const ProspectingModelOptions& options = {});

// Adds bgnbd, gamma_gamma, customers, value_matrix and forecast to a prospecting JSON object.
void addProspectingModelsJson(QJsonObject& json, const ProspectingModels& models,
                              const Facts& facts);

// ref, x, t_x, T, expected_purchases, p_alive, expected_value, clv: one row per customer.
Table prospectingModelsTable(const ProspectingModels& models, const Facts& facts);

// Lines of a terminal summary: fits, their reasons when not fitted, the forecast.
QString prospectingModelsText(const ProspectingModels& models, const Facts& facts);

} // namespace clientele::analysis
