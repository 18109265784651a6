#pragma once

#include "customer_totals.h"
#include "facts.h"
#include "ranking.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace clientele::analysis {

// P3, who earns the money (../shared/spec/analyses.md, "profitability").
struct ProfitabilityOptions {
    // The Pareto curve gets a point after every customer up to this many customers, and this
    // many evenly spread points beyond (plus the origin), so its size stays bounded.
    int curvePoints = 100;
};

struct CustomerProfit {
    int customer = kNone;
    int orders = 0;
    Money revenue = 0;
    Money cost = 0;
    std::optional<Tier> tier;

    Money profit() const { return revenue - cost; }
};

struct ParetoPoint {
    int customers = 0; // the first `customers` by profit
    double customersShare = 0;
    double profitShare = 0; // their cumulative profit / total profit
};

// All null (and the curve empty) when the customers' total profit is <= 0.
struct Pareto {
    std::optional<double> top20ProfitShare;
    std::optional<int> customersFor80pct;
    std::optional<double> customersFor80pctShare;
    std::vector<ParetoPoint> curve;
};

// yoy and mom compare revenue (null where the base is 0 or outside the window).
struct PeriodFigures {
    int period = 0; // monthIndex for months, the year for years
    Money revenue = 0;
    Money cost = 0;
    std::optional<double> yoy;
    std::optional<double> mom; // months only

    Money profit() const { return revenue - cost; }
};

struct ProfitabilityResult {
    // Every counted order in the window, erased customers' included, so the totals match the
    // accounts and the sum of the months.
    Money revenue = 0;
    Money cost = 0;
    std::vector<CustomerProfit> customers; // by profit descending, ties by ref
    Pareto pareto;
    std::vector<PeriodFigures> byMonth; // every month of the window
    std::vector<PeriodFigures> byYear;  // every year of the window

    Money profit() const { return revenue - cost; }
};

ProfitabilityResult computeProfitability(const Facts& facts, const Window& window,
                                         const ProfitabilityOptions& options = {});

// A/B/C by profit in the window for every customer (indexed by CustomerFacts index; null for
// customers who bought nothing there, and for all when nobody made a profit).
std::vector<std::optional<Tier>> customerProfitTiers(const CustomerTotals& totals);

QJsonObject profitabilityJson(const ProfitabilityResult& result, const Facts& facts,
                              const Window& window);
Table profitabilityTable(const ProfitabilityResult& result, const Facts& facts);
QString profitabilityText(const ProfitabilityResult& result, const Facts& facts,
                          const Window& window);

} // namespace clientele::analysis
