#include "prospecting_models.h"

#include <algorithm>
#include <cmath>

namespace clientele::analysis {

namespace {

// Each customer's purchases (order day and revenue) up to the calibration end, for the customers
// whose first counted order ever lies in the window. Orders are sorted by day, so a customer's
// first order met is its first ever.
std::vector<std::vector<models::Purchase>> purchasesByCustomer(const Facts& facts,
                                                               const Window& window) {
    const OrderFacts& orders = facts.orders;
    std::vector<std::vector<models::Purchase>> purchases(
        static_cast<size_t>(facts.customers.size()));
    std::vector<bool> seen(static_cast<size_t>(facts.customers.size()), false);
    std::vector<bool> eligible(seen.size(), false);
    for (int o = 0; o < orders.size(); ++o) {
        const int c = orders.customer[o];
        const DayNumber day = orders.day[o];
        if (c == kNone || day > window.to)
            continue;
        if (!seen[c]) {
            seen[c] = true;
            eligible[c] = window.contains(day);
        }
        if (!eligible[c])
            continue;
        Money revenue = 0;
        for (int l = orders.firstLine[o]; l < orders.firstLine[o + 1]; ++l)
            revenue += facts.lines.revenue[l];
        purchases[c].push_back({day, revenue});
    }
    return purchases;
}

struct WindowTotals {
    Money revenue = 0;
    Money profit = 0;
    std::vector<Money> profitByCustomer;
};

WindowTotals windowTotals(const Facts& facts, const Window& window) {
    WindowTotals totals;
    totals.profitByCustomer.assign(static_cast<size_t>(facts.customers.size()), 0);
    const OrderFacts& orders = facts.orders;
    for (int o = 0; o < orders.size(); ++o) {
        if (!window.contains(orders.day[o]))
            continue;
        for (int l = orders.firstLine[o]; l < orders.firstLine[o + 1]; ++l) {
            const Money profit = facts.lines.profit(l);
            totals.revenue += facts.lines.revenue[l];
            totals.profit += profit;
            if (orders.customer[o] != kNone)
                totals.profitByCustomer[orders.customer[o]] += profit;
        }
    }
    return totals;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

ValueMatrix valueMatrix(const std::vector<CustomerPrediction>& customers) {
    std::vector<double> profits, clvs;
    for (const CustomerPrediction& c : customers) {
        if (c.value.clv) {
            profits.push_back(static_cast<double>(c.realisedProfit));
            clvs.push_back(*c.value.clv);
        }
    }
    ValueMatrix m;
    if (profits.empty())
        return m;
    m.profitMedian = median(profits);
    m.clvMedian = median(clvs);
    for (size_t i = 0; i < profits.size(); ++i) {
        const bool highProfit = profits[i] >= *m.profitMedian;
        const bool highClv = clvs[i] >= *m.clvMedian;
        int& cell = highProfit ? (highClv ? m.highProfitHighClv : m.highProfitLowClv)
                               : (highClv ? m.lowProfitHighClv : m.lowProfitLowClv);
        ++cell;
    }
    return m;
}

// Revenue of every full calendar month inside the window, oldest first (major units do not
// matter to the forecast, minor units are used as they are).
std::vector<double> fullMonthRevenue(const Facts& facts, const Window& window, int* firstMonth) {
    const Ymd from = civilDate(window.from);
    const Ymd to = civilDate(window.to);
    const int first = monthIndex(from) + (from.day == 1 ? 0 : 1);
    const int last = monthIndex(to) - (to.day == daysInMonth(to.year, to.month) ? 0 : 1);
    *firstMonth = first;
    if (last < first)
        return {};
    std::vector<double> series(static_cast<size_t>(last - first + 1), 0.0);
    const OrderFacts& orders = facts.orders;
    for (int o = 0; o < orders.size(); ++o) {
        const int month = monthIndex(orders.day[o]);
        if (month < first || month > last)
            continue;
        Money revenue = 0;
        for (int l = orders.firstLine[o]; l < orders.firstLine[o + 1]; ++l)
            revenue += facts.lines.revenue[l];
        series[static_cast<size_t>(month - first)] += static_cast<double>(revenue);
    }
    return series;
}

} // namespace

ProspectingModels computeProspectingModels(const Facts& facts, const Window& window,
                                           const ProspectingModelOptions& options) {
    ProspectingModels result;
    const WindowTotals totals = windowTotals(facts, window);
    result.margin = options.margin;
    if (!result.margin && totals.revenue > 0)
        result.margin = static_cast<double>(totals.profit) / static_cast<double>(totals.revenue);

    const auto purchases = purchasesByCustomer(facts, window);
    const double scale = std::pow(10.0, facts.minorDigits);
    std::vector<models::CustomerSummary> summaries;
    for (int c = 0; c < facts.customers.size(); ++c) {
        if (purchases[c].empty())
            continue;
        auto summary = models::summarisePurchases(purchases[c], window.to, options.unit);
        if (!summary)
            continue;
        // The spend model is fitted in major units, so that gamma reads like the published
        // figures (dollars, yuan) and the optimiser's starts suit every currency.
        summary->meanValue /= scale;
        CustomerPrediction p;
        p.customer = c;
        p.summary = *summary;
        p.realisedProfit = totals.profitByCustomer[c];
        result.customers.push_back(p);
        summaries.push_back(*summary);
    }

    result.bgnbd = models::fitBgNbd(summaries);
    result.gammaGamma = models::fitGammaGamma(summaries);
    if (result.bgnbd.status.fitted()) {
        models::ClvOptions clv;
        clv.horizon = options.horizon;
        clv.unit = options.unit;
        clv.yearlyDiscountRate = options.discountRate;
        std::optional<models::GammaGammaParams> spend;
        if (result.gammaGamma.status.fitted() && result.margin) {
            spend = result.gammaGamma.params;
            clv.margin = *result.margin;
        }
        const auto values = models::customerValues(result.bgnbd.params, spend, summaries, clv);
        for (size_t i = 0; i < values.size(); ++i) {
            models::CustomerValue v = values[i];
            if (v.expectedValue)
                *v.expectedValue *= scale;
            if (v.clv)
                *v.clv *= scale;
            result.customers[i].value = v;
        }
    }
    result.valueMatrix = valueMatrix(result.customers);

    int firstMonth = 0;
    const std::vector<double> series = fullMonthRevenue(facts, window, &firstMonth);
    models::ForecastOptions forecast;
    forecast.horizon = options.forecastMonths;
    result.forecast = models::forecastRevenue(series, forecast);
    result.fullMonths = static_cast<int>(series.size());
    result.firstForecastMonth = firstMonth + result.fullMonths;
    return result;
}

} // namespace clientele::analysis
