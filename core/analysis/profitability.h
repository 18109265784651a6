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

// P3, who earns the money (../shared/spec/analyses.md, "profitability"), and what serving each
// customer costs beside the goods:
// - cost_to_serve = the customer's visit costs, task costs and expenses dated in the window
//   (see cost_to_serve.h); net_profit = profit - cost_to_serve.
// - The measure ranks the customers: it is what the list is sorted by, what tiers A/B/C and the
//   Pareto figures (top20_profit_share, customers_for_80pct, the curve) are computed on, with
//   the spec's rules unchanged. profit by default, so the spec's figures stay as they are;
//   net_profit to see who is worth serving once their visits, gifts and dinners are paid for.
// - The customers are the same under both measures: those with a counted order in the window.
//   What was spent on customers who bought nothing in it is in no row.
enum class ProfitMeasure { Profit, NetProfit };
QString measureName(ProfitMeasure measure); // "profit", "net_profit"
std::optional<ProfitMeasure> measureNamed(const QString& name);

struct ProfitabilityOptions {
    // The Pareto curve gets a point after every customer up to this many customers, and this
    // many evenly spread points beyond (plus the origin), so its size stays bounded.
    int curvePoints = 100;
    ProfitMeasure measure = ProfitMeasure::Profit;
};

struct CustomerProfit {
    int customer = kNone;
    int orders = 0;
    Money revenue = 0;
    Money cost = 0;
    std::optional<Tier> tier; // by the measure
    Money costToServe = 0;

    Money profit() const { return revenue - cost; }
    Money netProfit() const { return profit() - costToServe; }
    Money measure(ProfitMeasure m) const {
        return m == ProfitMeasure::NetProfit ? netProfit() : profit();
    }
};

// Of the measure (profit or net profit), though named after profit as the spec names them.
struct ParetoPoint {
    int customers = 0; // the first `customers` by the measure
    double customersShare = 0;
    double profitShare = 0; // their cumulative measure / the total of it
};

// All null (and the curve empty) when the customers' total of the measure is <= 0.
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
    ProfitMeasure measure = ProfitMeasure::Profit;
    std::vector<CustomerProfit> customers; // by the measure descending, ties by ref
    Money costToServe = 0;                 // of these customers
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
